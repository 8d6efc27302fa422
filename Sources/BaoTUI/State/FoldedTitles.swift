import BaoText
import BaoStore

/// The folded titles of the list that `/` searches: fetched a block of rows at a time as a search
/// reaches them, and kept as one string per block with where each title ends (a string per title
/// would cost several times the text at 350,000 rows).
struct FoldedTitles {
    /// Rows fetched and folded at a time.
    static let block = 1_000
    /// The list the titles are of: another list starts afresh.
    private var ids: [Int64] = []
    /// Per block: its folded titles end to end, stored at their exact size, and where each ends
    /// (a block's text is far below 4 GB).
    private var blocks: [Int: (text: String, ends: [UInt32])] = [:]

    /// Forgets every title (the index was refreshed: titles may have changed).
    mutating func reset() {
        ids = []
        blocks = [:]
    }

    /// The first row of `ids`, from `from` on in the direction given and around, whose folded
    /// title holds `needle` (already folded); `fetch` gives the summaries of rows not seen yet.
    mutating func first(holding needle: String, in ids: [Int64], from: Int, forward: Bool,
                        fetch: ([Int64]) throws -> [ArticleSummary]) throws -> Int? {
        if ids != self.ids {
            self.ids = ids
            blocks = [:]
        }
        let count = ids.count
        guard !needle.isEmpty, count > 0 else { return nil }
        for offset in 0..<count {
            let row = ((from + (forward ? offset : -offset)) % count + count) % count
            let number = row / Self.block
            if blocks[number] == nil { blocks[number] = try load(number, fetch) }
            guard let block = blocks[number] else { return nil }
            let within = row - number * Self.block
            let utf8 = block.text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: within == 0 ? 0 : Int(block.ends[within - 1]))
            let end = utf8.index(utf8.startIndex, offsetBy: Int(block.ends[within]))
            if TextScan.contains(Substring(utf8[start..<end]), needle) { return row }
        }
        return nil
    }

    private func load(_ number: Int, _ fetch: ([Int64]) throws -> [ArticleSummary]) throws -> (text: String, ends: [UInt32]) {
        let rows = Array(ids[number * Self.block..<min(ids.count, (number + 1) * Self.block)])
        var titles: [Int64: String] = [:]
        for summary in try fetch(rows) { titles[summary.id] = summary.title }
        // Built as bytes and copied once: a string grown by appending keeps up to twice its size.
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        ends.reserveCapacity(rows.count)
        for id in rows {
            bytes.append(contentsOf: Folding.fold(titles[id] ?? "").utf8)
            ends.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        return (String(decoding: bytes, as: UTF8.self), ends)
    }
}
