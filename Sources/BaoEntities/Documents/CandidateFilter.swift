import BaoText

/// A cheap pass over the body's UTF-8 bytes that tells whether the document scanner could find
/// anything at all; most articles of a general corpus cite nothing, and for them the scalar
/// buffers are never built.
///
/// It is a superset of what the scanner accepts: a symbol needs "DIGITS [-/] LETTER" or
/// "DIGITS [-/] YEAR [-/] LETTER" (spaces allowed, dashes of any kind); a number-plus-issuer
/// citation (or "Nghị định 78/2015") needs a trigger word followed by an optional "số" and a digit; a plenum or congress
/// reference needs "Nghị quyết" or "NQ". `DocumentFilterTests` checks the superset on sentences.
enum CandidateFilter {
    /// Byte patterns stored flat (no nested arrays: the loop over every byte of the corpus must
    /// not retain anything), with a table of the bytes they start with.
    private struct FlatPatterns {
        var storage: [UInt8] = []
        var entries: [(start: Int, length: Int)] = []
        var firstBytes = [Bool](repeating: false, count: 256)

        init(_ words: [String]) {
            for word in words {
                let bytes = Array(word.utf8)
                guard let first = bytes.first else { continue }
                entries.append((storage.count, bytes.count))
                storage.append(contentsOf: bytes)
                firstBytes[Int(first)] = true
            }
        }
    }

    /// The trigger rows of `scripts/documents/triggers.tsv` (through `DocumentTables`) whose column
    /// `column` says yes: word, type, partyNumber, bareNumber, plenum.
    private static func triggerWords(where column: Int) -> [String] {
        DocumentCatalog.rows(DocumentTables.triggers).compactMap { row in
            row.count == 5 && row[column] == "yes" ? row[0] : nil
        }
    }

    /// Trigger words that may stand before a bare number (column bareNumber), without their first
    /// letter (so both spellings of it match) and in upper case too.
    private static let numberTriggers: FlatPatterns = {
        let words = triggerWords(where: 3).map { String($0.dropFirst()) }
        return FlatPatterns(words + words.map { $0.uppercased() })
    }()
    /// Words that may start a plenum or congress reference, which carries no digit (column plenum):
    /// as written, in lower case, in capitals and with a capital first letter.
    private static let plenumTriggers: FlatPatterns = {
        var forms: [String] = []
        for word in triggerWords(where: 4) {
            let lower = word.lowercased()
            for form in [word, lower, word.uppercased(), lower.prefix(1).uppercased() + lower.dropFirst()]
            where !forms.contains(form) {
                forms.append(form)
            }
        }
        return FlatPatterns(forms)
    }()

    /// False when `body` holds no candidate of a citation (no number after a trigger word, no
    /// plenum word): the document pass then has nothing to read.
    static func mayCite(_ body: String) -> Bool {
        var body = body
        return body.withUTF8(mayCite(utf8:))
    }

    /// `mayCite` over a text's UTF-8 bytes (a `ScannedBody`'s).
    static func mayCite(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plenumTriggers.storage.withUnsafeBufferPointer { plenumStore in
            numberTriggers.storage.withUnsafeBufferPointer { numberStore in
                scan(bytes, plenum: (plenumStore, plenumTriggers.entries, plenumTriggers.firstBytes),
                     number: (numberStore, numberTriggers.entries, numberTriggers.firstBytes))
            }
        }
    }

    private typealias Patterns = (store: UnsafeBufferPointer<UInt8>, entries: [(start: Int, length: Int)], firstBytes: [Bool])

    /// The end of the first pattern found at `index`, if any.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, _ patterns: Patterns, at index: Int) -> Int? {
        for entry in patterns.entries where index + entry.length <= bytes.count {
            var k = 0
            while k < entry.length && bytes[index + k] == patterns.store[entry.start + k] { k += 1 }
            if k == entry.length { return index + entry.length }
        }
        return nil
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, plenum: Patterns, number: Patterns) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            // A candidate starts at a digit, "nq" or "ngh" (any case): pass over eight bytes at a
            // time up to one. "n" is in most Vietnamese words, so the bytes after it are checked
            // too; an "n" among the last two bytes of the eight is looked at one byte at a time.
            if let word = TextScan.word(bytes, at: i) {
                let low = word & 0x7F7F_7F7F_7F7F_7F7F
                let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646) & ~word
                let lower = word | 0x2020_2020_2020_2020
                let next = lower >> 8, third = lower >> 16
                let nq = TextScan.bytes(of: lower, equalTo: 0x6E) & (TextScan.bytes(of: next, equalTo: 0x71)
                    | (TextScan.bytes(of: next, equalTo: 0x67) & TextScan.bytes(of: third, equalTo: 0x68))
                    | 0x8080_0000_0000_0000)
                let starts = (digits | nq) & 0x8080_8080_8080_8080
                if starts == 0 {
                    i += 8
                    continue
                }
                i += starts.trailingZeroBitCount / 8
            }
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                if symbolShape(bytes, at: i) || (i > 0 && triggerBefore(bytes, digitAt: i, number)) { return true }
                while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                continue
            }
            // "NQ"/"nq", or "Nghị quyết" (N/n, g/G, h/H, then the bytes of "ị"/"Ị").
            if (byte == 0x4E || byte == 0x6E), i + 3 < n {
                let second = bytes[i + 1] | 0x20
                if second == 0x71 { return true }
                if second == 0x67, bytes[i + 2] | 0x20 == 0x68, bytes[i + 3] == 0xE1, match(bytes, plenum, at: i) != nil {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// True when a trigger word ends just before the number at `index`: "Chỉ thị 05", "Quy định số: 3",
    /// "Nghị quyết (NQ) 12".
    private static func triggerBefore(_ bytes: UnsafeBufferPointer<UInt8>, digitAt index: Int, _ patterns: Patterns) -> Bool {
        var end = index
        var spaces = 0
        func skipBack() {
            spaces = 0
            while end > 0, spaces < 3 {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                else if end > 1, bytes[end - 1] == 0xA0, bytes[end - 2] == 0xC2 { end -= 2 }
                else { break }
                spaces += 1
            }
        }
        skipBack()
        guard spaces > 0 else { return false }
        if end > 0, bytes[end - 1] == 0x3A { end -= 1; skipBack() }
        // "số" / "Số": s/S then ố (E1 BB 91).
        if end >= 4, bytes[end - 1] == 0x91, bytes[end - 2] == 0xBB, bytes[end - 3] == 0xE1, bytes[end - 4] | 0x20 == 0x73 {
            end -= 4
            skipBack()
        }
        // "(NQ)": a bracketed acronym between the word and the number.
        if end > 0, bytes[end - 1] == 0x29 {
            var j = end - 1
            while j > 0, end - j < 16, bytes[j - 1] != 0x28 { j -= 1 }
            guard j > 0, bytes[j - 1] == 0x28 else { return false }
            end = j - 1
            skipBack()
        }
        for entry in patterns.entries where entry.length <= end {
            var k = 0
            while k < entry.length && bytes[end - entry.length + k] == patterns.store[entry.start + k] { k += 1 }
            if k == entry.length { return true }
        }
        return false
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8], at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        var k = 0
        while k < word.count {
            if bytes[index + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Skips spaces (also no-break spaces) from `index`.
    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, limit: Int) -> Int {
        var i = index
        var skipped = 0
        while i < bytes.count, skipped < limit {
            if bytes[i] == 0x20 || bytes[i] == 0x09 {
                i += 1
            } else if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                i += 2
            } else {
                break
            }
            skipped += 1
        }
        return i
    }

    /// A separator at `index`: "-", "/", or a Unicode dash (E2 80 90…95, E2 88 92); returns its end.
    private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x2D || bytes[index] == 0x2F { return index + 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count,
           (bytes[index + 1] == 0x80 && bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x95)
            || (bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92) {
            return index + 3
        }
        return nil
    }

    /// A letter that can open a symbol's type or issuer: ASCII, Đ/đ, Ð/ð.
    private static func symbolLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return true }
        guard index + 1 < bytes.count else { return false }
        return (byte == 0xC4 && (bytes[index + 1] == 0x90 || bytes[index + 1] == 0x91))
            || (byte == 0xC3 && (bytes[index + 1] == 0x90 || bytes[index + 1] == 0xB0))
    }

    private static func symbolShape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var i = index
        while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        guard let afterSeparator = separator(bytes, skipSpaces(bytes, i, limit: 3)) else { return false }
        let next = skipSpaces(bytes, afterSeparator, limit: 3)
        if symbolLetter(bytes, next) { return true }
        var j = next
        while j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
        guard j - next == 4, let afterYear = separator(bytes, skipSpaces(bytes, j, limit: 3)) else { return false }
        return symbolLetter(bytes, skipSpaces(bytes, afterYear, limit: 3))
    }
}
