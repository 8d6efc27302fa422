import BaoCore
import Foundation

/// Decodes a page or feed body by its charset: the HTTP header, a byte-order mark, the page's
/// `<meta>` tag or the XML declaration, checked against the bytes themselves.
///
/// Vietnamese sites still serve Windows-1258 (tone marks as combining characters) and sometimes
/// declare a charset the bytes do not use. Bytes that are valid UTF-8 with non-ASCII letters are
/// UTF-8 whatever the declaration says (no real Windows-1258 text is valid UTF-8); bytes that are
/// not valid UTF-8 are read in the declared legacy charset, or in the one their letters point to.
public enum Charset {
    /// The decoded text, the charset used, and a note when the declaration was wrong.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var charset: String
        public var note: String?
    }

    public static func decode(_ bytes: [UInt8], contentType: String?) -> Decoded {
        let declared = contentType.flatMap(charsetParameter) ?? declaredInMarkup(bytes)
        let name = declared.map(canonicalName)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), charset: "utf-8", note: nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           case .success(let text) = TextDecoding.decode(bytes) {
            return Decoded(text: text, charset: "utf-16", note: nil)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            let isASCII = !bytes.contains { $0 >= 0x80 }
            let note = !isASCII && name != nil && name != "utf-8" ? "declared \(declared ?? "") but the bytes are UTF-8" : nil
            return Decoded(text: text, charset: "utf-8", note: note)
        }
        switch name {
        case "windows-1258":
            return Decoded(text: windows1258(bytes), charset: "windows-1258", note: nil)
        case "windows-1252", "iso-8859-1":
            return Decoded(text: windows1252(bytes), charset: name ?? "windows-1252", note: nil)
        default:
            // Declared UTF-8 (or nothing) but not UTF-8: Windows-1258 is the legacy charset of
            // Vietnamese web pages (TCVN3 and VNI were font encodings of documents, not of sites).
            let what = declared.map { "declared \($0) but the bytes are not UTF-8" } ?? "no charset declared and the bytes are not UTF-8"
            return Decoded(text: windows1258(bytes), charset: "windows-1258", note: "\(what); read as windows-1258")
        }
    }

    /// "text/html; charset=windows-1258" → "windows-1258".
    public static func charsetParameter(_ contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The charset a `<meta>` tag or an XML declaration names in the first 4 KB.
    static func declaredInMarkup(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) : 0x20 }, as: UTF8.self)
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex..<head.endIndex
            while let range = head.range(of: marker, range: search) {
                let rest = head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                let value = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                if !value.isEmpty { return String(value) }
                search = range.upperBound..<head.endIndex
            }
        }
        return nil
    }

    /// One name per charset: "cp1258", "x-cp1258" → "windows-1258"; "latin1" → "iso-8859-1".
    static func canonicalName(_ name: String) -> String {
        switch name.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "windows-1258", "cp1258", "x-cp1258", "win-1258": return "windows-1258"
        case "windows-1252", "cp1252", "x-cp1252": return "windows-1252"
        case "iso-8859-1", "latin1", "iso8859-1", "l1", "us-ascii", "ascii": return "iso-8859-1"
        default: return name.lowercased()
        }
    }

    /// Windows-1258 to text, in NFC: its tone marks are combining characters after the vowel.
    public static func windows1258(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte < 0x80 ? UInt32(byte) : windows1258High[Int(byte) - 0x80]
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }
}
