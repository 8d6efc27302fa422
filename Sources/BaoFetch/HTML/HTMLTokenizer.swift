import BaoCore

/// One piece of an HTML page: a tag, text between tags, or a comment.
public enum HTMLToken: Sendable, Equatable {
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// Text with character references decoded.
    case text(String)
    case comment(String)
}

/// A tolerant HTML tokenizer: every byte sequence gives tokens, nothing throws.
///
/// HTML is not XML: tags are left open, attributes go unquoted, `<` stands alone in text, and
/// `<script>` holds `</div>` in strings. This follows the HTML standard's tokenizer closely enough
/// for news pages: tag and attribute names are lower-cased, script and style bodies are skipped
/// as raw text, `<title>` and `<textarea>` are read as text, `<!…>` and `<?…>` are comments, and a
/// `<` that opens no tag is text.
public enum HTMLTokenizer {
    /// Elements whose content is raw text up to their own end tag and never markup.
    static let rawTextElements: Set<String> = ["script", "style", "noscript", "iframe", "xmp", "template"]
    /// Elements whose content is text (with character references) up to their own end tag.
    static let escapableRawTextElements: Set<String> = ["title", "textarea"]

    public static func tokens(_ html: String) -> [HTMLToken] {
        tokens(Array(html.utf8))
    }

    public static func tokens(_ bytes: [UInt8]) -> [HTMLToken] {
        var out: [HTMLToken] = []
        out.reserveCapacity(bytes.count / 40)
        let n = bytes.count
        var i = 0
        var textStart = 0

        func flushText(_ end: Int) {
            if end > textStart {
                out.append(.text(decodeReferences(bytes, textStart, end)))
            }
        }

        while i < n {
            guard bytes[i] == 0x3C /* < */ else { i += 1; continue }
            let next = i + 1 < n ? bytes[i + 1] : 0
            if next == 0x21 /* ! */ || next == 0x3F /* ? */ {
                flushText(i)
                if next == 0x21, i + 3 < n, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                    let end = find(bytes, [0x2D, 0x2D, 0x3E], from: i + 4) ?? n
                    out.append(.comment(string(bytes, i + 4, min(end, n))))
                    i = min(n, end + 3)
                } else {
                    let end = find(bytes, [0x3E], from: i + 2) ?? n
                    out.append(.comment(string(bytes, i + 2, min(end, n))))
                    i = min(n, end + 1)
                }
                textStart = i
                continue
            }
            let isEnd = next == 0x2F /* / */
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < n, isASCIILetter(bytes[nameStart]) else {
                i += 1  // a "<" that opens no tag is text
                continue
            }
            flushText(i)
            var j = nameStart
            while j < n, !isSpace(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }
            let name = lowerASCII(bytes, nameStart, j)
            if isEnd {
                let end = find(bytes, [0x3E], from: j) ?? n
                out.append(.endTag(name: name))
                i = min(n, end + 1)
                textStart = i
                continue
            }
            let (attributes, selfClosing, after) = readAttributes(bytes, from: j)
            out.append(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
            i = after
            textStart = i
            if !selfClosing, rawTextElements.contains(name) || escapableRawTextElements.contains(name) {
                let close = findEndTag(bytes, name: name, from: i)
                if escapableRawTextElements.contains(name), close > i {
                    out.append(.text(decodeReferences(bytes, i, close)))
                }
                if close < n {
                    out.append(.endTag(name: name))
                    i = (find(bytes, [0x3E], from: close) ?? n - 1) + 1
                } else {
                    i = n
                }
                textStart = i
            }
        }
        flushText(n)
        return out
    }

    /// Attributes from `from` (just after the tag name) to the closing `>`; the index after it.
    private static func readAttributes(_ bytes: [UInt8], from start: Int) -> ([String: String], Bool, Int) {
        var attributes: [String: String] = [:]
        var i = start
        let n = bytes.count
        var selfClosing = false
        while i < n {
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n else { break }
            if bytes[i] == 0x3E { return (attributes, selfClosing, i + 1) }
            if bytes[i] == 0x2F {
                selfClosing = i + 1 < n && bytes[i + 1] == 0x3E
                i += 1
                continue
            }
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E, bytes[i] != 0x3D, !(bytes[i] == 0x2F && i > nameStart) { i += 1 }
            if i == nameStart { i += 1; continue }
            let name = lowerASCII(bytes, nameStart, i)
            while i < n, isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < n, bytes[i] == 0x3D {
                i += 1
                while i < n, isSpace(bytes[i]) { i += 1 }
                if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    let end = find(bytes, [quote], from: i + 1) ?? n
                    value = decodeReferences(bytes, i + 1, end)
                    i = min(n, end + 1)
                } else {
                    let valueStart = i
                    while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
                    value = decodeReferences(bytes, valueStart, i)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, selfClosing, n)
    }

    /// The index of `</name` (any case) at or after `from`, or `bytes.count`.
    private static func findEndTag(_ bytes: [UInt8], name: String, from start: Int) -> Int {
        let nameBytes = Array(name.utf8)
        var i = start
        let n = bytes.count
        while let lt = find(bytes, [0x3C, 0x2F], from: i) {
            var matches = lt + 2 + nameBytes.count <= n
            var k = 0
            while matches, k < nameBytes.count {
                if bytes[lt + 2 + k] | 0x20 != nameBytes[k] { matches = false }
                k += 1
            }
            if matches {
                let after = lt + 2 + nameBytes.count
                if after >= n || isSpace(bytes[after]) || bytes[after] == 0x3E || bytes[after] == 0x2F { return lt }
            }
            i = lt + 2
        }
        return n
    }

    private static func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func lowerASCII(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func string(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Text with `&name;`, `&#NNN;` and `&#xHH;` decoded; unknown references stay as written.
    static func decodeReferences(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        guard bytes[from..<to].contains(0x26) else { return String(decoding: bytes[from..<to], as: UTF8.self) }
        var out = ""
        var i = from
        var plainStart = from
        while i < to {
            if bytes[i] == 0x26 {
                var j = i + 1
                while j < to, j - i <= 32, bytes[j] != 0x3B, bytes[j] != 0x26, !isSpace(bytes[j]) { j += 1 }
                if j < to, bytes[j] == 0x3B, j > i + 1,
                   let decoded = HTMLText.decodeEntity(String(decoding: bytes[(i + 1)..<j], as: UTF8.self)) {
                    out += String(decoding: bytes[plainStart..<i], as: UTF8.self)
                    out += decoded
                    i = j + 1
                    plainStart = i
                    continue
                }
            }
            i += 1
        }
        out += String(decoding: bytes[plainStart..<to], as: UTF8.self)
        return out
    }
}
