/// The one UTF-8 decoder of the byte loops (normaliser, scanners, tokenizers, search folding).
///
/// Their bytes come from Swift strings, which are valid UTF-8, so the lead byte alone gives a
/// sequence's length and continuation bytes are not checked. The rule for a byte that starts no
/// sequence (a continuation or 0xF8–0xFF byte) or a sequence cut off by the end of the bytes:
/// U+FFFD, one byte long, so that a loop always moves on. Bytes that may be invalid (files,
/// arguments) are checked with `SystemPath.validSequenceLength` first.
public enum UTF8Scalar {
    /// The scalar value starting at byte `i` of `bytes` and its length in bytes.
    ///
    /// Generic over the buffer and always inlined, so that each hot loop gets it specialised to
    /// its own buffer type with no call.
    @inlinable @inline(__always)
    public static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at i: Int) -> (value: UInt32, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let end = bytes.endIndex
        if b0 < 0xE0 {
            if b0 >= 0xC0, i &+ 1 < end {
                return ((b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), 2)
            }
        } else if b0 < 0xF0 {
            if i &+ 2 < end {
                return ((b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F), 3)
            }
        } else if b0 < 0xF8, i &+ 3 < end {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12
                    | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The length in bytes of scalar `value` written in UTF-8: what `decode` gave for it, for
    /// valid UTF-8.
    @inlinable @inline(__always)
    public static func length(of value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// The scalar that ends just before byte `index` of `bytes` (found by stepping back over
    /// continuation bytes); nil at the start, or when no whole scalar ends there.
    public static func scalar(endingBefore index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard index > 0, index <= bytes.count else { return nil }
        var start = index &- 1
        while start > 0, index &- start < 4, bytes[start] & 0xC0 == 0x80 { start &-= 1 }
        let (value, length) = decode(bytes, at: start)
        return start &+ length == index ? Unicode.Scalar(value) : nil
    }
}
