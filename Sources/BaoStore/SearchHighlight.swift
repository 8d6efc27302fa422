import BaoText

/// Where a query's words stand in a text, for highlighting what a search matched: each run of
/// syllables as a whole phrase ("tham nhũng" for `tham nhung`, never a lone "những"), each
/// quoted phrase, and each other word where a whole word matches it, as the index matches:
/// folded for what was typed without marks, canonical for what was typed with them.
public struct SearchHighlight: Sendable {
    /// One word of a unit: its folded form, its canonical marked form when typed with marks.
    struct Word: Sendable {
        var folded: String
        var marked: String?
        var prefix: Bool
        /// `folded`'s bytes when they are all ASCII: compared byte for byte by `firstMatch(inSimple:)`.
        var asciiFolded: [UInt8]? {
            folded.utf8.allSatisfy { $0 < 0x80 } ? Array(folded.utf8) : nil
        }
    }

    /// Word sequences to find; each occurrence is highlighted whole.
    let units: [[Word]]

    /// The highlight of a query's positive terms; nil when it has none or does not parse.
    public init?(query: String) {
        guard let parsed = try? SearchQuery.parse(query) else { return nil }
        self.init(parsed)
    }

    /// The highlight of a parsed query's positive terms; nil when it has none.
    public init?(_ query: SearchQuery) {
        guard let plan = SearchPlan(query) else { return nil }
        var units: [[Word]] = []
        for part in plan.parts {
            if part.isSequence {
                units.append(part.terms.map { Self.word($0.tokens[0], marked: $0.marked, prefix: $0.prefix) })
            } else {
                for term in part.terms {
                    units.append(term.tokens.enumerated().map { index, token in
                        Self.word(token, marked: term.marked, prefix: term.prefix && index == term.tokens.count - 1)
                    })
                }
            }
        }
        self.units = units
    }

    private static func word(_ token: String, marked: Bool, prefix: Bool) -> Word {
        Word(folded: SearchText.folded(token), marked: marked ? token : nil, prefix: prefix)
    }

    /// The matched stretches of `text`, as ranges of `Character` offsets, in order and not
    /// overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        matches(in: text, firstOnly: false).map(\.offsets)
    }

    /// Where the first match starts in `text`, if anywhere.
    public func firstMatch(in text: String) -> String.Index? {
        TextWindow.isSimple(text) ? firstMatch(inSimple: text) : matches(in: text, firstOnly: true).first?.start
    }

    /// `firstMatch(in:)` of a text whose scalars are clusters of their own
    /// (`TextWindow.isSimple`): its words are read scalar by scalar, folded once each into one
    /// buffer, and the scan stops at the first match instead of reading the whole text.
    func firstMatch(inSimple text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        let wanted = units.map { $0.map(\.asciiFolded) }
        var words: [(start: String.Index, end: String.Index, folded: Range<Int>)] = []
        var buffer: [UInt8] = []
        var position = scalars.startIndex
        var finished = false
        /// Reads the next word, folding it; false at the end of the text.
        func readWord() -> Bool {
            var start: String.Index?
            let from = buffer.count
            while position < scalars.endIndex {
                let scalar = scalars[position]
                let kind = SearchText.WordClass.of(scalar)
                if kind == .word || (kind == .mark && start != nil) {
                    if start == nil { start = position }
                    Folding.appendFolded(scalar, to: &buffer)
                } else if let first = start {
                    words.append((first, position, from..<buffer.count))
                    return true
                }
                scalars.formIndex(after: &position)
            }
            guard let first = start else { return false }
            words.append((first, scalars.endIndex, from..<buffer.count))
            return true
        }
        func matches(_ want: Word, _ ascii: [UInt8]?, at index: Int) -> Bool {
            let folded = buffer[words[index].folded]
            if let ascii, folded.allSatisfy({ $0 < 0x80 }) {
                // ASCII compares as bytes exactly as `String` compares it.
                guard want.prefix ? folded.starts(with: ascii) : folded.elementsEqual(ascii) else { return false }
            } else {
                let fold = String(decoding: folded, as: UTF8.self)
                guard want.prefix ? fold.hasPrefix(want.folded) : fold == want.folded else { return false }
            }
            guard let exact = want.marked else { return true }
            let form = SearchText.canonical(String(text[words[index].start..<words[index].end]))
            return want.prefix ? form.hasPrefix(exact) : form == exact
        }
        var index = 0
        while true {
            while !finished, words.count <= index { finished = !readWord() }
            guard index < words.count else { return nil }
            for (unit, ascii) in zip(units, wanted) {
                while !finished, words.count < index + unit.count { finished = !readWord() }
                guard index + unit.count <= words.count else { continue }
                if unit.indices.allSatisfy({ matches(unit[$0], ascii[$0], at: index + $0) }) { return words[index].start }
            }
            index += 1
        }
    }

    func matches(in text: String, firstOnly: Bool) -> [(offsets: Range<Int>, start: String.Index)] {
        // The words of the text with their character offsets and where they start.
        var words: [(range: Range<Int>, start: String.Index, text: String)] = []
        var start: (offset: Int, index: String.Index)?
        var current = ""
        var offset = 0
        var position = text.startIndex
        while position < text.endIndex {
            let character = text[position]
            let first = character.unicodeScalars.first.map(SearchText.WordClass.of) ?? .other
            if first == .word || (first == .mark && start != nil) {
                if start == nil { start = (offset, position) }
                current.append(character)
            } else if let from = start {
                words.append((from.offset..<offset, from.index, current))
                start = nil
                current = ""
            }
            offset += 1
            position = text.index(after: position)
        }
        if let from = start { words.append((from.offset..<offset, from.index, current)) }
        guard !words.isEmpty else { return [] }
        let folded = words.map { SearchText.folded($0.text) }
        var marked: [String?] = Array(repeating: nil, count: words.count)
        func matches(_ want: Word, at index: Int) -> Bool {
            let fold = folded[index]
            guard want.prefix ? fold.hasPrefix(want.folded) : fold == want.folded else { return false }
            guard let exact = want.marked else { return true }
            if marked[index] == nil { marked[index] = SearchText.canonical(words[index].text) }
            let form = marked[index] ?? ""
            return want.prefix ? form.hasPrefix(exact) : form == exact
        }
        var found: [(offsets: Range<Int>, start: String.Index)] = []
        var index = 0
        while index < words.count, !(firstOnly && !found.isEmpty) {
            var matched = 0
            for unit in units where index + unit.count <= words.count && unit.count > matched {
                if unit.indices.allSatisfy({ matches(unit[$0], at: index + $0) }) { matched = unit.count }
            }
            if matched > 0 {
                found.append((words[index].range.lowerBound..<words[index + matched - 1].range.upperBound, words[index].start))
                index += matched
            } else {
                index += 1
            }
        }
        return found
    }
}
