/// Progress of the parsing phase of a refresh, reported after each batch.
public struct RefreshProgress: Sendable {
    public var done: Int
    public var total: Int
    public var seconds: Double
}
