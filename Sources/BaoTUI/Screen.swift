import BaoCore

/// An in-memory grid of cells that views draw into; the terminal backend draws the difference of two.
public struct Screen: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
