/// 64-bit FNV-1a over bytes: tells whether a file whose size or mtime changed really changed.
/// Not cryptographic; a collision only means a changed file is not re-parsed.
public struct ContentHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(_ bytes: some Sequence<UInt8>) {
        update(bytes)
    }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        var value = state
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        state = value
    }

    /// Sixteen lower-case hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
