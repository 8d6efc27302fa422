import BaoText
import Foundation

/// The two forms of text the index stores and matches (SPEC section 2): the folded form, where
/// "Cần Thơ", "CẦN THƠ" and "can tho" meet, and the canonical marked form, where "Hòa" and "Hóa"
/// stay apart but "hoà" and "hòa" (two tone placements of one word) meet.
public enum SearchText {
    /// Lower case, no marks, đ→d: what a query typed without diacritics is matched against.
    public static func folded(_ text: String) -> String {
        Folding.fold(text)
    }

    /// Lower case with the eth fixed and tone marks in one placement (`TonePlacement`): what a
    /// query typed with diacritics is matched against. "hoà" and "hòa" meet; "hóa" does not.
    /// Text that may not be NFC is composed first; indexed article text is NFC already.
    public static func canonical(_ text: String, isNFC: Bool = false) -> String {
        var text = isNFC ? text : text.precomposedStringWithCanonicalMapping
        return text.withUTF8 { forms(utf8: $0, separators: false) }.marked
    }

    /// The folded and the canonical marked form of NFC text, in one pass over it: what the index
    /// stores of every title and body. `folded` is `folded(text)` and `marked` is
    /// `canonical(text, isNFC: true)`, except that every scalar outside ASCII that does not belong
    /// to a word (`WordClass`: quotes, dashes, ellipses, no-break spaces…) is a space: the
    /// full-text index splits words with FTS5's `ascii` tokenizer, which takes any other byte
    /// outside ASCII as part of a word, so its words are exactly `tokens`' words.
    public static func forms(_ text: String) -> (folded: String, marked: String) {
        var text = text
        return text.withUTF8 { forms(utf8: $0, separators: true) }
    }

    /// `forms` over the UTF-8 of valid text: ASCII bytes go straight through a case table, other
    /// scalars are decoded once and looked up in the fold and lower-case tables. Non-word
    /// scalars outside ASCII become spaces when `separators` is set.
    private static func forms(utf8 bytes: UnsafeBufferPointer<UInt8>, separators: Bool) -> (folded: String, marked: String) {
        withForms(utf8: bytes, separators: separators, marking: true) { folded, marked in
            (String(decoding: folded, as: UTF8.self), String(decoding: marked, as: UTF8.self))
        }
    }

    /// Hands `body` the UTF-8 of the two forms of `bytes` (as `forms(utf8:separators:)` makes
    /// them) without making strings of them; without `marking`, the marked form is left empty and
    /// only the folded one is made.
    private static func withForms<Result>(utf8 bytes: UnsafeBufferPointer<UInt8>, separators: Bool, marking: Bool,
                                          _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Tables.withEntries { table in
            let count = bytes.count
            var out = FormsBuilder(capacity: count, marking: marking)
            defer { out.deallocate() }
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    let lower = byte &- 0x41 < 26 ? byte &+ 0x20 : byte
                    let entry = table[Int(byte)]
                    out.folded.append(lower)
                    if marking {
                        out.note(UInt32(lower), letter: entry.letter, length: 1)
                        out.marked.append(lower)
                    }
                    out.inWord = entry.word == .word
                    index &+= 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: index)
                guard let scalar = Unicode.Scalar(value) else { break }
                guard value < Tables.size else {
                    if !separators || out.continuesWord(WordClass(scalar)) {
                        out.folded.appendFold(of: scalar)
                        if marking {
                            for part in String(scalar).lowercased().unicodeScalars { out.lowered(part.value, table) }
                        }
                    } else {
                        out.separator()
                    }
                    index &+= length
                    continue
                }
                let entry = table[Int(value)]
                guard !separators || out.continuesWord(entry.word) else {
                    out.separator()
                    index &+= length
                    continue
                }
                if entry.folded == Folding.Table.slow {
                    out.folded.appendFold(of: scalar)
                } else if entry.folded != 0 {
                    out.folded.append(scalar: entry.folded)
                }
                if !marking {
                    // The folded form alone.
                } else if entry.lower == value {
                    out.note(value, letter: entry.letter, length: length)
                    for offset in 0..<length { out.marked.append(bytes[index &+ offset]) }
                } else if entry.lower == Tables.fallback {
                    for part in String(scalar).lowercased().unicodeScalars { out.lowered(part.value, table) }
                } else {
                    out.lowered(entry.lower, table)
                }
                index &+= length
            }
            out.finish()
            return body(out.folded.buffer, out.marked.buffer)
        }
    }

    /// A growable byte buffer without an array's uniqueness and bounds checks on every append.
    private struct ByteSink {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        /// Makes room for `extra` more bytes.
        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if count &+ extra > capacity { grow(to: count &+ extra) }
        }

        private mutating func grow(to needed: Int) {
            let larger = max(needed, capacity &* 2)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = larger
        }

        /// Appends one byte, growing the buffer when it is full (rarely: the sinks start about as
        /// large as the input, but lower-casing and tone placement may lengthen the text).
        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count >= capacity { grow(to: count &+ 1) }
            base[count] = byte
            count &+= 1
        }

        /// Appends the UTF-8 of a scalar value.
        @inline(__always)
        mutating func append(scalar value: UInt32) {
            Folding.encodeUTF8(value) { append($0) }
        }

        /// Appends `Folding`'s fold of a scalar its table does not hold.
        mutating func appendFold(of scalar: Unicode.Scalar) {
            Folding.foldScalar(scalar) { append($0) }
        }

        /// Replaces the bytes from `start` to the end.
        mutating func replaceTail(from start: Int, with bytes: some Collection<UInt8>) {
            count = start
            reserve(bytes.count)
            for byte in bytes { append(byte) }
        }

        var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        func deallocate() { base.deallocate() }
    }

    /// The two forms as `forms` builds them, with the state of the tone-placement check.
    private struct FormsBuilder {
        var folded: ByteSink
        var marked: ByteSink
        // Only an open "oa", "oe", "uy" ending a word with the tone on its first vowel can
        // change (`TonePlacement` moves it): such a word end is noted, and once the next scalar
        // shows that the word is over, `TonePlacement` rewrites just that word.
        var wordStart = 0
        var previous: UInt32 = 0
        var pending = false
        /// The last scalar belongs to a word (a combining mark then continues it).
        var inWord = false
        /// The marked form is made too.
        let marking: Bool

        init(capacity: Int, marking: Bool) {
            self.marking = marking
            folded = ByteSink(capacity: capacity &+ 16)
            marked = ByteSink(capacity: marking ? capacity &+ capacity / 4 &+ 16 : 0)
        }

        /// Notes one lower-cased scalar of the marked form; the caller appends its bytes.
        @inline(__always)
        mutating func note(_ value: UInt32, letter: Bool, length: Int) {
            if pending {
                pending = false
                if !letter { rewriteWord() }
            }
            if !letter {
                wordStart = marked.count &+ length
            } else if (value == 0x61 || value == 0x65 || value == 0x79) && Tables.isTonedOU(previous) {
                pending = true
            }
            previous = value
        }

        /// Notes and appends one lower-cased scalar of the marked form.
        mutating func lowered(_ value: UInt32, _ table: UnsafeBufferPointer<Tables.Entry>) {
            let letter = value < Tables.size ? table[Int(value)].letter : isLetter(value)
            note(value, letter: letter, length: value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4)
            marked.append(scalar: value)
        }

        /// Whether a scalar of this class is part of a word here, noting it for the next one.
        @inline(__always)
        mutating func continuesWord(_ word: WordClass) -> Bool {
            inWord = word == .word || (word == .mark && inWord)
            return inWord
        }

        /// A scalar that belongs to no word (and is no letter), written as a space in both forms.
        mutating func separator() {
            folded.append(0x20)
            guard marking else { return }
            note(0x20, letter: false, length: 1)
            marked.append(0x20)
        }

        mutating func finish() {
            if marking, pending { rewriteWord() }
            pending = false
        }

        /// Rewrites the word at the end of the marked form in canonical tone placement, when
        /// that keeps its number of scalars.
        private mutating func rewriteWord() {
            guard wordStart < marked.count else { return }
            let word = String(decoding: UnsafeBufferPointer(start: marked.base + wordStart, count: marked.count &- wordStart), as: UTF8.self)
            let rewritten = TonePlacement.canonical(word)
            guard rewritten != word, rewritten.unicodeScalars.count == word.unicodeScalars.count else { return }
            marked.replaceTail(from: wordStart, with: Array(rewritten.utf8))
        }

        func deallocate() {
            folded.deallocate()
            marked.deallocate()
        }
    }

    /// True when the text carries a diacritic or "đ": such a query term is matched exactly.
    public static func hasMarks(_ text: String) -> Bool {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded(lowered) != lowered
    }

    /// The words of a text as the full-text index sees them (`WordClass`). A query word such as
    /// "59-NQ/TW" becomes the phrase "59 nq tw".
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let word = WordClass(scalar)
            if word == .word || (word == .mark && !current.isEmpty) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// What a scalar is to word splitting, as FTS5's `unicode61` tokenizer split words before:
    /// letters and numbers make words; a combining mark left after NFC composition continues a
    /// word but never starts one; anything else separates words.
    enum WordClass: UInt8 {
        case word, mark, other

        /// `init(_:)`, read from `Tables` for the scalars below U+2070 (Unicode's property
        /// lookups cost more than the rest of a snippet's work).
        static func of(_ scalar: Unicode.Scalar) -> WordClass {
            scalar.value < Tables.size ? Tables.entry(scalar.value).word : WordClass(scalar)
        }

        init(_ scalar: Unicode.Scalar) {
            let props = scalar.properties
            if props.generalCategory == .nonspacingMark {
                self = .mark
            } else if props.isAlphabetic || props.numericType != nil {
                self = .word
            } else {
                self = .other
            }
        }
    }

    /// Alphabetic scalars: what a word is made of for `TonePlacement` (`Tables.Entry.letter`
    /// below U+2070).
    private static func isLetter(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map { $0.properties.isAlphabetic } ?? false
    }

    /// Per-scalar fold, lower case and letter class for the scalars below U+2070 (Latin,
    /// combining marks, general punctuation), from `Folding` and `String.lowercased`. `packed`
    /// holds them as literal data (SearchTextTable.swift, written by `baoterm-bench tables` from
    /// `computePacked`, and compared with it entry by entry by a test), so that no process works
    /// them out at start.
    package enum Tables {
        static let size: UInt32 = 0x2070
        /// The lower case is not a single scalar: compute it the slow way.
        static let fallback: UInt32 = .max

        /// What `forms` needs of one scalar below `size`, packed in 64 bits: the fold in the low 32,
        /// then the lower case (22 bits, all ones for `fallback`), the letter bit and the word
        /// class (2 bits).
        struct Entry {
            let raw: UInt64

            private static let lowerMask: UInt64 = 0x3F_FFFF

            /// `Folding.Table.byScalar`'s value: the fold, 0 when dropped, or `Folding.Table.slow`.
            @inline(__always) var folded: UInt32 { UInt32(truncatingIfNeeded: raw) }
            /// Lower case (a single scalar, with ð/Ð made đ), or `fallback`.
            @inline(__always) var lower: UInt32 {
                let lower = (raw >> 32) & Self.lowerMask
                return lower == Self.lowerMask ? fallback : UInt32(lower)
            }
            /// Alphabetic (not a digit): what a word is made of for `TonePlacement`.
            @inline(__always) var letter: Bool { raw & (1 << 54) != 0 }
            @inline(__always) var word: WordClass { WordClass(rawValue: UInt8(truncatingIfNeeded: raw >> 55) & 3) ?? .other }

            init(raw: UInt64) { self.raw = raw }

            init(folded: UInt32, lower: UInt32, letter: Bool, word: WordClass) {
                let lowerBits = lower == fallback ? Self.lowerMask : UInt64(lower)
                raw = UInt64(folded) | lowerBits << 32 | (letter ? 1 << 54 : 0) | UInt64(word.rawValue) << 55
            }
        }

        /// The entries of `packed`, read in place.
        @inline(__always)
        static func withEntries<Result>(_ body: (UnsafeBufferPointer<Entry>) throws -> Result) rethrows -> Result {
            try packed.withUnsafeBufferPointer { try $0.withMemoryRebound(to: Entry.self, body) }
        }

        /// The entry of a scalar below `size`.
        @inline(__always)
        static func entry(_ value: UInt32) -> Entry { Entry(raw: packed[Int(value)]) }

        /// The entries of the scalars below `size`, from `folds` (`Folding.Table.computeByScalar()`)
        /// and the Unicode properties: the definition of `packed`.
        package static func computePacked(folds: [UInt32]) -> [UInt64] {
            (0..<size).map { value in
                let folded = folds[Int(value)]
                guard let scalar = Unicode.Scalar(value) else { return Entry(folded: folded, lower: value, letter: false, word: .other).raw }
                let mapped = Array(String(scalar).lowercased().unicodeScalars)
                var lower = mapped.count == 1 ? mapped[0].value : fallback
                if value == 0x00F0 || value == 0x00D0 { lower = 0x0111 }  // ð, Ð (eth) are the web's đ
                let letter = scalar.properties.isAlphabetic
                return Entry(folded: folded, lower: lower, letter: letter, word: WordClass(scalar)).raw
            }
        }

        /// Lower-case o and u with a tone mark: "ò", "ó", "ỏ", "õ", "ọ", "ù", "ú", "ủ", "ũ", "ụ".
        @inline(__always)
        static func isTonedOU(_ value: UInt32) -> Bool {
            switch value {
            case 0xF2, 0xF3, 0xF5, 0x1ECF, 0x1ECD, 0xF9, 0xFA, 0x169, 0x1EE7, 0x1EE5: return true
            default: return false
            }
        }
    }
}

extension SearchText {
    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || ((byte | 0x20) &- 0x61) < 26
    }

    /// The marked words (canonical form) wherever `folded`, a sequence of folded words, occurs
    /// in `text`: "tham nhung" in "… chống tham nhũng và thăm những …" gives ["tham", "nhũng"]
    /// and ["thăm", "những"].
    ///
    /// The forms' words are the text's runs of word scalars (`WordClass`: letters and digits, a
    /// mark that continues a word), each folded scalar by scalar, and a separator leaves nothing
    /// pending for the next word: so each run's fold is compared with the folded words byte by
    /// byte as it is made (`RunScan`), and only a run that is part of a match is made into its
    /// marked form.
    public static func readings(of folded: [String], in text: String) -> Set<[String]> {
        readings(of: folded, in: text, byWord: true)
    }

    /// `readings(of:in:)`; `byWord: false` makes both forms of the whole text and walks them word
    /// by word in step (the same readings).
    static func readings(of folded: [String], in text: String, byWord: Bool) -> Set<[String]> {
        var text = text
        return text.withUTF8 { readings(of: folded, inUTF8: $0, byWord: byWord) }
    }

    /// `readings(of:in:)` over UTF-8 bytes as the index stores them (read without making a
    /// string). Invalid UTF-8 stops the scan; it never reads outside `bytes`.
    package static func readings(of folded: [String], inUTF8 bytes: UnsafeBufferPointer<UInt8>, byWord: Bool = true) -> Set<[String]> {
        guard !folded.isEmpty, folded.count <= 64 else { return [] }
        let wanted = folded.map { Array($0.utf8) }
        var found = Set<[String]>()
        guard byWord else {
            withForms(utf8: bytes, separators: true, marking: true) { f, m in collectReadings(of: wanted, folded: f, marked: m, into: &found) }
            return found
        }
        var scan = RunScan(wanted: wanted, text: bytes)
        defer { scan.deallocate() }
        Tables.withEntries { table in
            var inRun = false
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isASCIIAlphanumeric(byte) {
                        if !inRun {
                            inRun = true
                            start = index
                            scan.begin()
                        }
                        scan.append(byte &- 0x41 < 26 ? byte &+ 0x20 : byte)
                    } else if inRun {
                        scan.ended(start..<index)
                        inRun = false
                    }
                    index &+= 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: index)
                guard let scalar = Unicode.Scalar(value) else { break }
                let entry = value < Tables.size ? table[Int(value)] : nil
                let kind = entry?.word ?? WordClass(scalar)
                if kind == .word || (kind == .mark && inRun) {
                    if !inRun {
                        inRun = true
                        start = index
                        scan.begin()
                    }
                    if !scan.isAlive {
                        // No wanted word begins with this run's fold so far: only its end matters.
                    } else if let folded = entry?.folded, folded != Folding.Table.slow {
                        if folded != 0 { Folding.encodeUTF8(folded) { scan.append($0) } }
                    } else {
                        Folding.foldScalar(scalar) { scan.append($0) }
                    }
                } else if inRun {
                    scan.ended(start..<index)
                    inRun = false
                }
                index &+= length
            }
            if inRun { scan.ended(start..<index) }
        }
        return scan.found
    }

    /// One reading of a folded phrase, looked for as bytes: where a text holds it written as
    /// the reading itself (lower case, canonical tone placement, one space between the words)
    /// between two scalars that belong to no word, `readings(of:inUTF8:)` finds that reading
    /// there, so finding those bytes proves that the text holds it, without folding every word.
    /// Not finding them proves nothing (the text may write it "Tham nhũng", or across a line).
    package struct ReadingProbe {
        /// The reading's words joined by one space, as UTF-8.
        private let needle: [UInt8]

        /// A probe for `reading`, one of the readings of `folded`; nil when its bytes would not be
        /// read back as this reading (a word whose fold is not the wanted word, that is not its
        /// own marked form, or that does not start with a letter or digit).
        package init?(reading: [String], of folded: [String]) {
            guard !reading.isEmpty, reading.count == folded.count else { return nil }
            for (word, wanted) in zip(reading, folded) {
                guard let first = word.unicodeScalars.first, WordClass.of(first) == .word,
                      word.unicodeScalars.allSatisfy({ WordClass.of($0) != .other }),
                      SearchText.folded(word) == wanted, SearchText.canonical(word, isNFC: true) == word,
                      word.precomposedStringWithCanonicalMapping == word else { return nil }
            }
            needle = Array(reading.joined(separator: " ").utf8)
        }

        /// True when `bytes` (UTF-8 as the index stores it, from Swift strings) surely hold the
        /// reading; false when that is not known.
        package func isSurelyIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress, !needle.isEmpty, bytes.count >= needle.count else { return false }
            return needle.withUnsafeBufferPointer { wanted in
                guard let wantedBase = wanted.baseAddress else { return false }
                let first = Int32(wanted[0])
                let last = bytes.count - wanted.count
                var from = 0
                // memchr finds each candidate start; memcmp compares the rest.
                while from <= last, let hit = memchr(base + from, first, last - from + 1) {
                    let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + start, wantedBase, wanted.count) == 0,
                       SearchText.endsWord(bytes, before: start), SearchText.endsWord(bytes, at: start + wanted.count) { return true }
                    from = start + 1
                }
                return false
            }
        }
    }

    /// True when no word goes on past `index` into the scalar starting there: the end of the
    /// bytes, or a scalar of no word (`WordClass.other`).
    fileprivate static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let (value, _) = UTF8Scalar.decode(bytes, at: index)
        guard let scalar = Unicode.Scalar(value), bytes[index] < 0x80 || bytes[index] >= 0xC0 else { return false }
        return WordClass.of(scalar) == .other
    }

    /// True when no word runs on from before `index` into the scalar starting there: the start
    /// of the bytes, or a scalar of no word just before.
    fileprivate static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return true }
        guard let scalar = UTF8Scalar.scalar(endingBefore: index, in: bytes) else { return false }
        return WordClass.of(scalar) == .other
    }

    /// The state of `readings(of:in:byWord:)`'s scan. The folded bytes of the current run are
    /// matched against the wanted words as they come (which words the run may still fold to), and
    /// the runs against the phrase as they end (shift-and: which prefixes of the phrase the last
    /// runs fold to), so that no run is copied and a run no word begins like is only walked to its
    /// end.
    private struct RunScan {
        let text: UnsafeBufferPointer<UInt8>
        /// How many words the phrase has.
        let count: Int
        /// The longest wanted word, in bytes.
        let longest: Int
        /// Bit `i` of `next[p * 256 + b]`: `wanted[i]` has byte `b` at position `p`, for `p` in
        /// 0...longest (the last row is empty: a longer run is none of the words).
        let next: UnsafeMutablePointer<UInt64>
        /// Bit `i` of `ends[p]`: `wanted[i]` has `p` bytes.
        let ends: [UInt64]
        /// The words the current run's fold so far begins (every bit when a run begins), and its
        /// length in bytes.
        private var alive: UInt64 = 0
        private var position = 0
        /// Bit `i`: the last `i + 1` runs fold to `wanted[0...i]`.
        private var chain: UInt64 = 0
        /// The last `count` runs, a ring whose oldest entry is at `slot`.
        private var runs: [Range<Int>]
        private var slot = 0
        var found = Set<[String]>()

        init(wanted: [[UInt8]], text: UnsafeBufferPointer<UInt8>) {
            self.text = text
            count = wanted.count
            longest = wanted.map(\.count).max() ?? 0
            next = .allocate(capacity: (longest + 1) * 256)
            next.initialize(repeating: 0, count: (longest + 1) * 256)
            var ends = [UInt64](repeating: 0, count: longest + 1)
            for (number, word) in wanted.enumerated() {
                for (position, byte) in word.enumerated() { next[position * 256 + Int(byte)] |= 1 << UInt64(number) }
                ends[word.count] |= 1 << UInt64(number)
            }
            self.ends = ends
            runs = Array(repeating: 0..<0, count: wanted.count)
        }

        func deallocate() { next.deallocate() }

        var isAlive: Bool { alive != 0 }

        @inline(__always)
        mutating func begin() {
            alive = .max
            position = 0
        }

        /// One more folded byte of the current run.
        @inline(__always)
        mutating func append(_ byte: UInt8) {
            guard alive != 0 else { return }
            alive &= next[position &* 256 &+ Int(byte)]
            position &+= 1
        }

        /// The current run ends at `run`: a match when the last runs fold to the wanted words.
        mutating func ended(_ run: Range<Int>) {
            let equals = alive == 0 ? 0 : alive & ends[position]
            chain = (chain << 1 | 1) & equals
            runs[slot] = run
            slot = slot &+ 1 == count ? 0 : slot &+ 1
            guard chain & (1 << UInt64(count - 1)) != 0 else { return }
            found.insert((0..<count).map { offset in
                SearchText.withForms(utf8: UnsafeBufferPointer(rebasing: text[runs[(slot + offset) % count]]), separators: true, marking: true) { _, marked in
                    String(decoding: marked, as: UTF8.self)
                }
            })
        }
    }

    /// Adds to `found` the marked words wherever the folded form holds `wanted`, the two forms
    /// walked word by word in step.
    private static func collectReadings(of wanted: [[UInt8]], folded f: UnsafeBufferPointer<UInt8>, marked m: UnsafeBufferPointer<UInt8>,
                                        into found: inout Set<[String]>) {
        let count = wanted.count
        // The last `count` words of both forms, as a ring.
        var ring = [(folded: Range<Int>, marked: Range<Int>)](repeating: (0..<0, 0..<0), count: count)
        var seen = 0
        var fi = 0
        var mi = 0
        while let fw = nextWord(f, from: &fi), let mw = nextWord(m, from: &mi) {
            ring[seen % count] = (fw, mw)
            seen += 1
            guard seen >= count, equal(f, fw, wanted[count - 1]) else { continue }
            let first = seen - count
            guard (0..<(count - 1)).allSatisfy({ equal(f, ring[(first + $0) % count].folded, wanted[$0]) }) else { continue }
            found.insert((0..<count).map { String(decoding: UnsafeBufferPointer(rebasing: m[ring[(first + $0) % count].marked]), as: UTF8.self) })
        }
    }

    /// The next word of a search form from `index`, moving `index` past it: a run of ASCII
    /// letters and digits and of bytes outside ASCII, as the full-text index's `ascii`
    /// tokenizer splits words.
    private static func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Range<Int>? {
        while index < bytes.count, bytes[index] < 0x80, !isASCIIAlphanumeric(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let start = index
        while index < bytes.count, bytes[index] >= 0x80 || isASCIIAlphanumeric(bytes[index]) { index += 1 }
        return start..<index
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count, let base = bytes.baseAddress else { return false }
        return word.withUnsafeBufferPointer { wanted in
            guard let other = wanted.baseAddress else { return range.isEmpty }
            return memcmp(base + range.lowerBound, other, word.count) == 0
        }
    }
}
