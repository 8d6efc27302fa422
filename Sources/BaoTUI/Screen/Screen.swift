import BaoText
import Foundation

/// One terminal cell: a grapheme cluster, its display width, and its role.
///
/// A wide grapheme occupies its cell (width 2) and the next one, which is a continuation
/// (width 0, empty text) so that columns stay aligned.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var width: Int
    public var role: Role

    public init(text: String, width: Int, role: Role) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static func blank(_ role: Role = .normal) -> Cell { Cell(text: " ", width: 1, role: role) }
    static func continuation(_ role: Role) -> Cell { Cell(text: "", width: 0, role: role) }
}

/// An in-memory grid of cells that views draw into; the terminal backend draws the difference of two.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        return cells[y * width + x]
    }

    /// Fills a rectangle with blanks of one role.
    public mutating func fill(_ rect: Rect, role: Role = .normal) {
        let clipped = rect.clipped(width: width, height: height)
        guard clipped.width > 0, clipped.height > 0 else { return }
        for y in clipped.y..<(clipped.y + clipped.height) {
            for x in clipped.x..<(clipped.x + clipped.width) { set(x: x, y: y, .blank(role)) }
        }
    }

    /// Writes `text` from (x, y), never past `x + maxWidth` or the right edge; returns columns written.
    /// Control characters become a visible placeholder; a wide grapheme that does not fit becomes a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int = .max, role: Role = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x &+ max(0, min(maxWidth, width)))
        var column = x
        for character in text {
            if column >= limit { break }
            column = put(character, x: column, y: y, limit: limit, role: role)
        }
        return column - x
    }

    /// Writes one grapheme at (x, y) and returns the next column.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, limit: Int? = nil, role: Role) -> Int {
        let limit = min(limit ?? width, width)
        guard y >= 0, y < height, x < limit else { return x }
        let shown = Self.displayable(character)
        let w = DisplayWidth.of(shown)
        if w == 0 { return x }
        guard x >= 0 else { return x &+ w }
        if w == 2 && x + 1 >= limit {
            set(x: x, y: y, .blank(role))
            return x + 1
        }
        set(x: x, y: y, Cell(text: String(shown), width: w, role: role))
        if w == 2 { set(x: x + 1, y: y, .continuation(role)) }
        return x + w
    }

    /// The grapheme as drawn: NFC, control characters replaced by a placeholder.
    static func displayable(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        if scalars.contains(where: DisplayWidth.isControl) { return DisplayWidth.controlPlaceholder }
        if scalars.count > 1 {
            let nfc = String(character).precomposedStringWithCanonicalMapping
            if let first = nfc.first, nfc.count == 1 { return first }
        }
        return character
    }

    /// Sets a cell, repairing wide graphemes it cuts in half.
    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        if cells[index].width == 0, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if cells[index].width == 2, cell.width != 2, x + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// One row as text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var out = ""
        for x in 0..<width { out += cells[y * width + x].text }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The whole screen as text, one line per row.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// One letter per column giving each cell's role (see `Role.code`), trailing normals removed.
    public var styleMap: String {
        (0..<height).map { y -> String in
            var out = ""
            for x in 0..<width { out.append(cells[y * width + x].role.code) }
            while out.last == "." { out.removeLast() }
            return out
        }.joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && py >= y && px < x + width && py < y + height
    }

    func clipped(width w: Int, height h: Int) -> Rect {
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(w, x + width), y1 = min(h, y + height)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
