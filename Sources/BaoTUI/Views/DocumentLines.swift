import BaoCore

/// A row of the document view, documents index or province picker: text segments and, when
/// selectable, what Enter does.
public struct PageLine: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case article(Int64)
        case document(String)
        case province(String)
    }
    public var segments: [(String, Role)]
    public var target: Target?
    public var indent = 0

    public init(_ segments: [(String, Role)], target: Target? = nil, indent: Int = 0) {
        self.segments = segments
        self.target = target
        self.indent = indent
    }

    public static func == (a: PageLine, b: PageLine) -> Bool {
        a.target == b.target && a.indent == b.indent && a.segments.map(\.0) == b.segments.map(\.0)
            && a.segments.map(\.1) == b.segments.map(\.1)
    }
}

enum DocumentLines {
    /// The document view's rows for a width: identity, citing articles with their sentence, documents cited with it.
    static func build(_ detail: DocumentDetail?, key: String?, width: Int) -> [PageLine] {
        guard let detail else {
            return [PageLine([("Kho không có văn bản nào có ký hiệu hoặc định danh " + (key ?? "?") + ".", .error)])]
        }
        let d = detail.document
        var lines: [PageLine] = []
        lines.append(PageLine([(d.type + " " + d.id, .title)]))
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(PageLine([(pad(name), .meta), (value, .normal)]))
        }
        field("Ký hiệu", d.id)
        field("Định danh", d.key)
        field("Loại", d.type)
        field("Cơ quan", d.issuer)
        field("Khóa (nhiệm kỳ)", d.term)
        field("Phạm vi", d.scope)
        field("Ngày", d.date)
        field("Trích yếu", d.title)
        lines.append(PageLine([]))
        lines.append(PageLine([("Được trích dẫn bởi \(detail.citations.count) bài", .subheading)]))
        for c in detail.citations {
            let date = String((c.article.published ?? "").prefix(10))
            lines.append(PageLine([(date.isEmpty ? "          " : date, .meta), (" ", .normal), (c.article.title, .normal)],
                                  target: .article(c.article.id), indent: 2))
            for part in wrapPlain("“" + c.sentence + "”", width: max(10, width - 6)) {
                lines.append(PageLine([(part, .dim)], indent: 6))
            }
        }
        if !detail.citedWith.isEmpty {
            lines.append(PageLine([]))
            lines.append(PageLine([("Thường được trích cùng", .subheading)]))
            for other in detail.citedWith {
                lines.append(PageLine([(other.id, .link), ("  " + other.type + " ×\(other.count)", .dim)],
                                      target: .document(other.key), indent: 2))
            }
        }
        if !detail.possiblySame.isEmpty {
            lines.append(PageLine([]))
            lines.append(PageLine([("Có thể là cùng văn bản", .subheading)]))
            for other in detail.possiblySame {
                lines.append(PageLine([(other.key, .link), ("  ×\(other.count)", .dim)], target: .document(other.key), indent: 2))
            }
        }
        return lines
    }

    static func pad(_ name: String) -> String { DisplayWidth.pad(name, to: 16) }

    /// Word wrap of plain text by display width.
    static func wrapPlain(_ text: String, width: Int) -> [String] {
        var para = RichParagraph(text, role: .normal)
        para.folded = []
        let doc = ReaderDocumentLite(paragraph: para)
        return doc.wrap(width: width)
    }
}

/// Wraps one plain paragraph with the reader's rules.
struct ReaderDocumentLite {
    var paragraph: RichParagraph
    func wrap(width: Int) -> [String] {
        var lines: [String] = []
        let chars = paragraph.chars
        var start = 0
        let width = max(1, width)
        while start < chars.count {
            var end = start, used = 0
            var lastBreak: Int?
            while end < chars.count {
                let w = DisplayWidth.of(chars[end])
                if used + w > width { break }
                used += w
                if chars[end] == " " { lastBreak = end }
                end += 1
            }
            if end < chars.count, let b = lastBreak, b > start { end = b }
            if end == start { end = start + 1 }
            lines.append(String(chars[start..<end]))
            start = end
            while start < chars.count && chars[start] == " " { start += 1 }
        }
        return lines
    }
}

extension AppState {
    /// The document view's rows, built when the document arrives or the width changes.
    var documentLines: [PageLine] { documentView.lines }

    mutating func rebuildDocumentLines() {
        documentView.lines = DocumentLines.build(documentView.detail, key: documentView.key, width: width)
        documentView.linesWidth = width
    }

    /// The documents index after filter and sort, computed when one of them changes.
    var documentsShown: [DocumentSummary] { documentsIndex.shown }

    mutating func refreshDocumentsShown() {
        documentsIndex.shown = computeDocumentsShown()
    }

    private func computeDocumentsShown() -> [DocumentSummary] {
        var docs = documentsIndex.all
        let needle = Folding.fold(documentsIndex.filter.trimmingSpaces)
        if !needle.isEmpty {
            docs = docs.filter { d in
                Folding.fold([d.id, d.key, d.type, d.title ?? "", d.issuer ?? ""].joined(separator: " ")).contains(needle)
            }
        }
        switch documentsIndex.sort {
        case .count: docs.sort { ($0.count, $1.key) > ($1.count, $0.key) }
        case .id: docs.sort { $0.id.localizedStandardCompareLite($1.id) }
        case .type: docs.sort { ($0.type, $0.id) < ($1.type, $1.id) }
        }
        return docs
    }

    /// The province picker's rows after narrowing: matches by folded prefix of a word first, then anywhere.
    var pickerShown: [ProvinceCount] {
        let needle = Folding.fold(picker.query.trimmingSpaces)
        guard !needle.isEmpty else { return picker.counts }
        var starts: [ProvinceCount] = []
        var inside: [ProvinceCount] = []
        for p in picker.counts {
            let folded = Folding.fold(p.name)
            if folded.hasPrefix(needle) { starts.append(p) }
            else if folded.contains(needle) { inside.append(p) }
        }
        return starts + inside
    }
}

extension String {
    /// Orders symbols by their leading number, then as text: "5-CT/TW" before "21-KL/TW".
    func localizedStandardCompareLite(_ other: String) -> Bool {
        let a = Int(prefix(while: { $0.isNumber })) ?? Int.max
        let b = Int(other.prefix(while: { $0.isNumber })) ?? Int.max
        return a != b ? a < b : self < other
    }
}
