import Foundation

/// Search folding (SPEC section 2): lower case, every mark stripped, đ→d by hand (đ has no
/// decomposition), "Ð" (eth) treated as "Đ". "Cần Thơ", "CẦN THƠ" and "can tho" fold alike.
///
/// Latin letters fold through a table built once from their canonical decompositions, so
/// folding costs one lookup per letter instead of a Unicode normalisation per string.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        if ascii { return String(decoding: out, as: UTF8.self) }
        out.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            } else if let base = Table.latin[v] {
                out.append(base)
            } else if isMark(v) {
                continue
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if lower.value < 0x80 {
                        out.append(UInt8(lower.value))
                    } else if let base = Table.latin[lower.value] {
                        out.append(base)
                    } else if !isMark(lower.value) {
                        out.append(contentsOf: lower.utf8)
                    }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isMark(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
    }

    private enum Table {
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
