import BaoText

/// Repairs for sentences that web copy glues together.
enum Sentences {
    /// "vững mạnh.Xác định" → "vững mạnh. Xác định": a lower-case letter, a sentence mark and an
    /// upper-case letter followed by a lower-case one. Abbreviations ("TP.HCM", "Tp.Rạch Giá"),
    /// numbers ("7.987") and domains ("baolaocai.vn") do not match.
    static func unglue(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            var inserts: [Int] = []
            let n = bytes.count
            var i = 1
            while i + 2 < n {
                // Sentence marks are rare: pass over eight bytes at a time up to the next one.
                if let word = TextScan.word(bytes, at: i) {
                    let marks = TextScan.bytes(of: word, equalTo: 0x2E) | TextScan.bytes(of: word, equalTo: 0x21)
                        | TextScan.bytes(of: word, equalTo: 0x3F) | TextScan.bytes(of: word, equalTo: 0x3B)
                    if marks == 0 {
                        i += 8
                        continue
                    }
                    i += marks.trailingZeroBitCount / 8
                    guard i + 2 < n else { break }
                }
                let mark = bytes[i]
                if mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3B {
                    let next = bytes[i + 1]
                    // Cheap filter first: a letter must follow the mark directly.
                    if (next >= 0x41 && next <= 0x5A) || next >= 0xC3,
                       let before = UTF8Scalar.scalar(endingBefore: i, in: bytes), before.properties.isLowercase,
                       let (after, afterLength) = scalar(at: i + 1, in: bytes), after.properties.isUppercase,
                       let (third, _) = scalar(at: i + 1 + afterLength, in: bytes), third.properties.isLowercase,
                       !precededByURL(bytes, i), wordLength(endingBefore: i, in: bytes) >= 3 {
                        inserts.append(i + 1)
                    }
                }
                i += 1
            }
            guard !inserts.isEmpty else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(n + inserts.count)
            var from = 0
            for position in inserts {
                out.append(contentsOf: bytes[from..<position])
                out.append(0x20)
                from = position
            }
            out.append(contentsOf: bytes[from..<n])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar starting at byte `index`, and its length in bytes.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard index >= 0, index < bytes.count else { return nil }
        let (value, length) = UTF8Scalar.decode(bytes, at: index)
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Letters in the word just before byte `index`: "Tp.Hà Nội" and "St.Bonaventure" are
    /// abbreviations, not sentence ends.
    private static func wordLength(endingBefore index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var j = index - 1
        while j >= 0 {
            let byte = bytes[j]
            let isLetterByte = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            guard isLetterByte else { break }
            if byte & 0xC0 != 0x80 { count += 1 }
            if count >= 3 { return count }
            j -= 1
        }
        return count
    }

    private static func precededByURL(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var j = index - 1
        while j >= 0, bytes[j] != 0x20, bytes[j] != 0x0A {
            if bytes[j] == 0x2F || bytes[j] == 0x40 { return true }
            j -= 1
        }
        return false
    }
}
