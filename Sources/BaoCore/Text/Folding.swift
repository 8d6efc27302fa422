import Foundation

/// Search folding (SPEC section 2): lower case, every mark stripped, đ→d by hand (đ has no
/// decomposition), "Ð" (eth) treated as "Đ". "Cần Thơ", "CẦN THƠ" and "can tho" fold alike.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F:
                continue
            case 0x0111, 0x0110, 0x00F0, 0x00D0:
                out.append("d")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
