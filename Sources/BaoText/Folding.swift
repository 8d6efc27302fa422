import Foundation

/// Search folding (SPEC section 2): lower case, every mark stripped, đ→d by hand (đ has no
/// decomposition), "Ð" (eth) treated as "Đ". "Cần Thơ", "CẦN THƠ" and "can tho" fold alike.
///
/// Latin letters fold through a table built once from their canonical decompositions, and every
/// scalar below U+2070 through a per-scalar table worked out from that (generated as literal data),
/// so folding costs one array lookup per letter instead of a Unicode normalisation per string.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Written straight into the new string's storage, with room for as many bytes as the
            // text has (an append checks the array's uniqueness and room at every byte): folding
            // keeps or shortens nearly every scalar. A text whose fold is longer (a few lower-case
            // mappings are) runs out of room and is written again with the room it needs.
            // `write` returns how many bytes the fold takes, written or not.
            func write(_ out: UnsafeMutableBufferPointer<UInt8>) -> Int {
                var count = 0
                @inline(__always) func put(_ byte: UInt8) {
                    if count < out.count { out[count] = byte }
                    count &+= 1
                }
                // The scalars of the string's own (valid) UTF-8, decoded in place: quicker than
                // its scalar view, and the same scalars. ASCII, most of the bytes, needs no decoding.
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        put(b &- 0x41 < 26 ? b &+ 0x20 : b)
                        i &+= 1
                        continue
                    }
                    let (value, length) = UTF8Scalar.decode(bytes, at: i)
                    foldScalar(Unicode.Scalar(value) ?? "\u{FFFD}", put)
                    i &+= length
                }
                return count
            }
            var needed = 0
            let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
                needed = write(out)
                return min(needed, out.count)
            }
            if needed <= bytes.count { return folded }
            return String(unsafeUninitializedCapacity: needed, initializingUTF8With: write)
        }
    }

    /// Appends the UTF-8 of one scalar's fold: `fold` is this, scalar by scalar.
    @inline(__always)
    package static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        foldScalar(scalar) { out.append($0) }
    }

    /// Hands the UTF-8 bytes of one scalar's fold to `emit`, one by one.
    @inline(__always)
    package static func foldScalar(_ scalar: Unicode.Scalar, _ emit: (UInt8) -> Void) {
        let v = scalar.value
        if v < 0x80 {
            emit(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            return
        }
        if v < Table.size {
            let mapped = Table.byScalar[Int(v)]
            if mapped != Table.slow {
                if mapped != 0 { encodeUTF8(mapped, emit) }
                return
            }
        }
        workOutFold(scalar, emit)
    }

    /// The fold of one scalar, worked out from the Latin table, the marks and Unicode's lower case.
    /// Folding has no context, so `fold` looks this up per scalar in `Table.byScalar`.
    private static func workOutFold(_ scalar: Unicode.Scalar, _ emit: (UInt8) -> Void) {
        let v = scalar.value
        if let base = Table.latin[v] {
            emit(base)
        } else if isMark(v) {
            return
        } else {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if lower.value < 0x80 {
                    emit(UInt8(lower.value))
                } else if let base = Table.latin[lower.value] {
                    emit(base)
                } else if !isMark(lower.value) {
                    for byte in lower.utf8 { emit(byte) }
                }
            }
        }
    }

    /// Hands the UTF-8 bytes of a scalar value to `emit`, one by one.
    @inline(__always)
    package static func encodeUTF8(_ value: UInt32, _ emit: (UInt8) -> Void) {
        switch value {
        case 0..<0x80:
            emit(UInt8(value))
        case 0x80..<0x800:
            emit(UInt8(0xC0 | (value >> 6)))
            emit(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            emit(UInt8(0xE0 | (value >> 12)))
            emit(UInt8(0x80 | ((value >> 6) & 0x3F)))
            emit(UInt8(0x80 | (value & 0x3F)))
        default:
            emit(UInt8(0xF0 | ((value >> 18) & 0x07)))
            emit(UInt8(0x80 | ((value >> 12) & 0x3F)))
            emit(UInt8(0x80 | ((value >> 6) & 0x3F)))
            emit(UInt8(0x80 | (value & 0x3F)))
        }
    }

    @inline(__always)
    private static func isMark(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
    }

    package enum Table {
        /// Scalars below U+2070 (Latin, combining marks, general punctuation) fold through `byScalar`.
        package static let size: UInt32 = 0x2070
        /// In `byScalar`: the fold is more than one scalar, work it out with `workOutFold`.
        package static let slow: UInt32 = .max
        /// The fold of each scalar below `size` (one scalar, 0 when folding drops it, or `slow`),
        /// worked out with `workOutFold`: the definition of `byScalar`, which holds it as literal
        /// data (FoldingTable.swift, written by `baoterm-bench tables`) so that no process works it
        /// out at start. A test compares the two entry by entry.
        package static func computeByScalar() -> [UInt32] {
            (0..<size).map { value in
                guard let scalar = Unicode.Scalar(value) else { return slow }
                var bytes: [UInt8] = []
                workOutFold(scalar) { bytes.append($0) }
                let folded = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
                switch folded.count {
                case 0: return 0
                case 1: return folded[0].value
                default: return slow
                }
            }
        }

        /// Latin letters with marks (Latin-1, Extended-A/B, Extended Additional) → lower-case ASCII base.
        static let latin: [UInt32: UInt8] = {
            var table: [UInt32: UInt8] = [0x0111: 0x64, 0x0110: 0x64, 0x00F0: 0x64, 0x00D0: 0x64]
            let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
            for range in ranges {
                for v in range {
                    guard table[v] == nil, let scalar = Unicode.Scalar(v) else { continue }
                    let parts = String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
                    guard parts.count > 1, let base = parts.first, base.value < 0x80, base.properties.isAlphabetic else { continue }
                    table[v] = UInt8(base.value)
                }
            }
            return table
        }()
    }
}
