/// Small string searches on UTF-8 bytes, for the parser's hot paths. Foundation's `range(of:)`
/// and `trimmingCharacters(in:)` go through NSString on Linux and cost more than the parse itself.
public enum TextScan {
    /// True when `needle` occurs in `text` (byte-exact; both are NFC after normalisation).
    public static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        lastRange(of: needle, in: text) != nil
    }

    /// True when the UTF-8 of `needle` occurs in `bytes` (never for an empty needle, as `contains`).
    package static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        firstOffsets(of: needle, in: bytes) != nil
    }

    /// The last occurrence of `needle` in `text`, searching only the final `window` bytes when given.
    package static func lastRange(of needle: String, in text: some StringProtocol, window: Int? = nil) -> Range<String.Index>? {
        lastRange(of: needle, inSubstring: Substring(text), window: window)
    }

    private static func lastRange(of needle: String, inSubstring text: Substring, window: Int?) -> Range<String.Index>? {
        let utf8 = text.utf8
        // Native strings expose their bytes: search them directly, with no index arithmetic per byte.
        let found: Range<Int>?? = utf8.withContiguousStorageIfAvailable { bytes in
            lastOffsets(of: needle, in: bytes, window: window)
        }
        if let found {
            guard let offsets = found else { return nil }
            let from = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            let to = utf8.index(from, offsetBy: offsets.count)
            return from..<to
        }
        return lastRangeByIndex(of: needle, in: text, window: window)
    }

    /// Byte offsets of the last occurrence of `needle` in `bytes` (within the final `window` bytes).
    private static func lastOffsets(of needle: String, in bytes: UnsafeBufferPointer<UInt8>, window: Int?) -> Range<Int>? {
        var needle = needle
        return needle.withUTF8 { pattern -> Range<Int>? in
            let n = bytes.count, m = pattern.count
            guard m > 0, n >= m else { return nil }
            let lowest = window.map { max(0, n - $0) } ?? 0
            let first = pattern[0]
            var offset = n - m
            while offset >= lowest {
                // Eight starts at a time, back from `offset`: a start holds the needle's first two
                // bytes. A needle of one byte, and the last starts, are tried one by one.
                if m >= 2, offset &- 7 >= lowest, let head = word(bytes, at: offset &- 7), let next = word(bytes, at: offset &- 6) {
                    let starts = Self.bytes(of: head, equalTo: first) & Self.bytes(of: next, equalTo: pattern[1])
                    if starts == 0 {
                        offset &-= 8
                        continue
                    }
                    offset = offset &- 7 &+ (63 &- starts.leadingZeroBitCount) >> 3
                }
                if bytes[offset] == first {
                    var j = 1
                    while j < m, bytes[offset + j] == pattern[j] { j += 1 }
                    if j == m { return offset..<(offset + m) }
                }
                if offset == 0 { break }
                offset -= 1
            }
            return nil
        }
    }

    private static func lastRangeByIndex(of needle: String, in text: Substring, window: Int?) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let utf8 = text.utf8
        let n = utf8.count, m = pattern.count
        guard n >= m else { return nil }
        let lowest = window.map { max(0, n - $0) } ?? 0
        var start = utf8.index(utf8.endIndex, offsetBy: -m)
        var offset = n - m
        while offset >= lowest {
            if utf8[start] == first {
                var matched = true
                var i = utf8.index(after: start)
                var j = 1
                while j < m {
                    if utf8[i] != pattern[j] { matched = false; break }
                    i = utf8.index(after: i)
                    j += 1
                }
                if matched { return start..<i }
            }
            if offset == 0 { break }
            start = utf8.index(before: start)
            offset -= 1
        }
        return nil
    }

    /// The first occurrence of `needle` in `text`.
    package static func firstRange(of needle: String, in text: some StringProtocol) -> Range<String.Index>? {
        let utf8 = Substring(text).utf8
        // Native strings expose their bytes: search them directly, as `lastRange` does.
        let found: Range<Int>?? = utf8.withContiguousStorageIfAvailable { bytes in
            firstOffsets(of: needle, in: bytes)
        }
        if let found {
            guard let offsets = found else { return nil }
            let from = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            let to = utf8.index(from, offsetBy: offsets.count)
            return from..<to
        }
        return firstRangeByIndex(of: needle, in: utf8)
    }

    /// Byte offsets of the first occurrence of `needle` in `bytes`.
    private static func firstOffsets(of needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var needle = needle
        return needle.withUTF8 { pattern -> Range<Int>? in
            let n = bytes.count, m = pattern.count
            guard m > 0, n >= m else { return nil }
            let first = pattern[0]
            var offset = 0
            while offset <= n - m {
                // Eight starts at a time: a start holds the needle's first two bytes. A needle of
                // one byte, and the last starts, are tried one by one.
                if m >= 2, let head = word(bytes, at: offset), let next = word(bytes, at: offset &+ 1) {
                    let starts = Self.bytes(of: head, equalTo: first) & Self.bytes(of: next, equalTo: pattern[1])
                    if starts == 0 {
                        offset &+= 8
                        continue
                    }
                    offset &+= starts.trailingZeroBitCount >> 3
                    guard offset <= n - m else { return nil }
                }
                if bytes[offset] == first {
                    var j = 1
                    while j < m, bytes[offset + j] == pattern[j] { j += 1 }
                    if j == m { return offset..<(offset + m) }
                }
                offset += 1
            }
            return nil
        }
    }

    /// The same search through string indices, for text whose bytes are not contiguous (bridged).
    private static func firstRangeByIndex(of needle: String, in utf8: Substring.UTF8View) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var start = utf8.startIndex
        while start != utf8.endIndex {
            if utf8[start] == first {
                var i = utf8.index(after: start)
                var j = 1
                while j < pattern.count, i != utf8.endIndex, utf8[i] == pattern[j] {
                    i = utf8.index(after: i)
                    j += 1
                }
                if j == pattern.count { return start..<i }
            }
            start = utf8.index(after: start)
        }
        return nil
    }

    /// The first character of `text` that is exactly the ASCII `byte`, as `firstIndex(of:)` finds
    /// it, without comparing every character: most lines lack the byte and are passed over in one
    /// byte scan, and characters are matched on their bytes (an ASCII mark has no canonical
    /// equivalent but itself), not by Unicode comparison.
    package static func firstIndex(ofASCII byte: UInt8, in text: Substring) -> String.Index? {
        guard text.utf8.contains(byte) else { return nil }
        var index = text.startIndex
        for character in text {
            let utf8 = character.utf8
            if utf8.count == 1, utf8.first == byte { return index }
            index = text.utf8.index(index, offsetBy: utf8.count)
        }
        return nil
    }

    // MARK: - Eight bytes at a time

    /// The eight bytes of `bytes` from `offset`, first byte in the low bits, or nil when fewer
    /// than eight remain. Byte loops use it to pass over stretches that hold nothing they look
    /// for with a few word operations instead of a comparison per byte.
    @inlinable @inline(__always)
    package static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
        guard offset >= 0, let base = bytes.baseAddress, bytes.count &- offset >= 8 else { return nil }
        return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `word` that equals `byte`, and no other bit. Exact: unlike the
    /// shorter subtract-and-mask test, no carry from one byte marks its neighbour.
    @inlinable @inline(__always)
    package static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// True when the bytes of "ả" or "Ả" (E1 BA A3 / E1 BA A2) occur in the last `window` bytes.
    package static func mentionsPhoto(_ text: String, window: Int = .max) -> Bool {
        let utf8 = text.utf8
        var state = 0
        for byte in utf8.suffix(window) {
            switch state {
            case 1: state = byte == 0xBA ? 2 : (byte == 0xE1 ? 1 : 0)
            case 2: if byte == 0xA2 || byte == 0xA3 { return true }; state = byte == 0xE1 ? 1 : 0
            default: state = byte == 0xE1 ? 1 : 0
            }
        }
        return false
    }

    /// True when "ảnh", "Ảnh" or "ẢNH" (the bytes of "ả" or "Ả", then "nh" or "NH") starts in the
    /// last `window` bytes.
    package static func mentionsPhotoWord(_ text: String, window: Int) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = max(0, n &- window)
            while i &+ 5 <= n {
                if bytes[i] == 0xE1, bytes[i &+ 1] == 0xBA, bytes[i &+ 2] == 0xA2 || bytes[i &+ 2] == 0xA3,
                   (bytes[i &+ 3] == 0x6E && bytes[i &+ 4] == 0x68) || (bytes[i &+ 3] == 0x4E && bytes[i &+ 4] == 0x48) {
                    return true
                }
                i &+= 1
            }
            return false
        }
    }

    /// `text` without leading and trailing characters from `set` (spaces by default).
    package static func trim(_ text: String, _ set: Set<Character> = [" "]) -> String {
        guard let first = text.first, let last = text.last, set.contains(first) || set.contains(last) else { return text }
        return trim(Substring(text), set)
    }

    /// `text` without leading and trailing characters from `set` (spaces by default).
    package static func trim(_ text: Substring, _ set: Set<Character> = [" "]) -> String {
        trim(text, where: set.contains)
    }

    /// `text` without the leading and trailing characters for which `isTrimmed` holds: the one
    /// trimmer of strings (spaces of normalised text, white space of what a user typed, a
    /// table's lines).
    public static func trim(_ text: Substring, where isTrimmed: (Character) -> Bool) -> String {
        var slice = text
        while let first = slice.first, isTrimmed(first) { slice = slice.dropFirst() }
        while let last = slice.last, isTrimmed(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// True for the bytes a line loses at its edges when the parser splits a text into lines:
    /// space, tab and carriage return.
    @inlinable @inline(__always)
    package static func isLineSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// `text` after `prefix` when it starts with it, ignoring case (Vietnamese letters included).
    package static func dropPrefixIgnoringCase(_ text: String, _ prefix: String) -> Substring? {
        let count = prefix.count
        let head = text.prefix(count)
        guard head.count == count, head.lowercased() == prefix.lowercased() else { return nil }
        return text.dropFirst(count)
    }

    /// `text` before `suffix` when it ends with it, ignoring case.
    package static func dropSuffixIgnoringCase(_ text: String, _ suffix: String) -> Substring? {
        let count = suffix.count
        let tail = text.suffix(count)
        guard tail.count == count, tail.lowercased() == suffix.lowercased() else { return nil }
        return text.dropLast(count)
    }
}

extension String {
    /// Without leading and trailing spaces (normalised text has no other horizontal white space).
    package var trimmedSpaces: String { TextScan.trim(self) }

    /// Without leading and trailing white space of any kind (what a user typed, a list's lines).
    public var trimmedWhitespace: String { TextScan.trim(Substring(self), where: \.isWhitespace) }
}

extension Substring {
    /// Without leading and trailing spaces (normalised text has no other horizontal white space).
    package var trimmedSpaces: String { TextScan.trim(self) }

    /// Without leading and trailing white space of any kind.
    public var trimmedWhitespace: String { TextScan.trim(self, where: \.isWhitespace) }
}
