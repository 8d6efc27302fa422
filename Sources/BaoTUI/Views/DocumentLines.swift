import BaoText
import BaoEntities
import BaoStore


/// A row of the document view, documents index or province picker: text segments and, when
/// selectable, what Enter does.
public struct PageLine: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case article(Int64)
        /// A citing article, to be opened at its `ordinal`-th citation of the document `key`.
        case citation(article: Int64, key: String, ordinal: Int)
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

/// A citing article with the sentences of its citations, in reading order.
struct CitingArticle {
    var article: ArticleSummary
    var sentences: [String]

    /// Groups citations (one per mention, an article's together) by article, keeping their order.
    static func group(_ citations: [Citation]) -> [CitingArticle] {
        var groups: [CitingArticle] = []
        var index: [Int64: Int] = [:]
        for c in citations {
            if let i = index[c.article.id] {
                groups[i].sentences.append(c.sentence)
            } else {
                index[c.article.id] = groups.count
                groups.append(CitingArticle(article: c.article, sentences: [c.sentence]))
            }
        }
        return groups
    }
}

extension DocumentSummary {
    /// The symbol as the browser shows it: "@?" marks a qualifier (term, province, year) the
    /// text did not give, so that two documents of one symbol never look alike.
    var shownID: String { DocumentKeyText.shownID(id: id, key: key) }
}

extension DocumentCitation {
    var shownID: String { DocumentKeyText.shownID(id: id, key: key) }
}

enum DocumentKeyText {
    static func shownID(id: String, key: String) -> String {
        let qualifiers = key.split(separator: "@").dropFirst()
        return qualifiers.contains(where: { $0 == "?" || $0.hasSuffix("/?") }) ? id + "@?" : id
    }
}

enum DocumentLines {
    /// The document view's rows for a width: identity, citing articles with their sentence, documents cited with it.
    static func build(_ detail: DocumentDetail?, key: String?, width: Int, lang: Language = .vi) -> [PageLine] {
        guard let detail else {
            return [PageLine([(lang("Kho không có văn bản nào có ký hiệu hoặc định danh ", "No cited document has the symbol or key ")
                               + (key ?? "?") + ".", .error)])]
        }
        let d = detail.document
        var lines: [PageLine] = []
        lines.append(PageLine([(d.type + " " + d.shownID, .title)]))
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(PageLine([(pad(name), .meta), (value, .normal)]))
        }
        field(lang("Ký hiệu", "Symbol"), d.id)
        field(lang("Định danh", "Key"), d.key)
        field(lang("Loại", "Type"), d.type)
        field(lang("Cơ quan", "Issuer"), d.issuer)
        field(lang("Khóa (nhiệm kỳ)", "Term"), d.term)
        field(lang("Phạm vi", "Scope"), d.scope)
        field(lang("Ngày", "Date"), d.date)
        field(lang("Trích yếu", "Subject"), d.title)
        lines.append(PageLine([]))
        // Each citing article once, with every sentence citing the document under it.
        let groups = CitingArticle.group(detail.citations)
        let mentions = detail.citations.count
        let citedBy = lang("Được trích dẫn bởi \(groups.count) bài", "Cited by \(groups.count) " + (groups.count == 1 ? "article" : "articles"))
            + (mentions > groups.count ? lang(" (\(mentions) lần nhắc)", " (\(mentions) mentions)") : "")
        lines.append(PageLine([(citedBy, .subheading)]))
        for group in groups {
            let a = group.article
            let date = a.day
            lines.append(PageLine([(date.isEmpty ? "          " : date, .meta), (" ", .normal), (a.title, .normal)],
                                  target: .citation(article: a.id, key: d.key, ordinal: 0), indent: 2))
            for (ordinal, sentence) in group.sentences.enumerated() {
                for (i, part) in TextWrapper.lines("“" + sentence + "”", width: max(10, width - 6)).enumerated() {
                    // The first line of a sentence opens the article at that citation.
                    lines.append(PageLine([(part, .dim)], target: i == 0 && group.sentences.count > 1
                                          ? .citation(article: a.id, key: d.key, ordinal: ordinal) : nil, indent: 6))
                }
            }
        }
        if !detail.citedWith.isEmpty {
            lines.append(PageLine([]))
            lines.append(PageLine([(lang("Thường được trích cùng (số bài trích cả hai)", "Often cited with it (articles citing both)"), .subheading)]))
            for other in detail.citedWith {
                lines.append(PageLine([(other.shownID, .link), ("  " + other.type + " · " + articles(other.count, lang), .dim)],
                                      target: .document(other.key), indent: 2))
            }
        }
        if !detail.possiblySame.isEmpty {
            lines.append(PageLine([]))
            lines.append(PageLine([(lang("Có thể là cùng văn bản", "Possibly the same document"), .subheading)]))
            for other in detail.possiblySame {
                lines.append(PageLine([(other.key, .link), ("  " + articles(other.count, lang), .dim)], target: .document(other.key), indent: 2))
            }
        }
        return lines
    }

    static func pad(_ name: String) -> String { DisplayWidth.pad(name, to: 16) }

    /// "12 bài" / "12 articles".
    static func articles(_ count: Int, _ lang: Language) -> String {
        "\(count) " + lang("bài", count == 1 ? "article" : "articles")
    }
}

extension AppState {
    /// The document view's rows, built when the document arrives or the width changes.
    var documentLines: [PageLine] { documentView.lines }

    mutating func rebuildDocumentLines() {
        documentView.lines = DocumentLines.build(documentView.detail, key: documentView.key, width: width, lang: lang)
        documentView.linesWidth = width
    }

    /// The documents index after filter and sort, computed when one of them changes.
    var documentsShown: [DocumentSummary] { documentsIndex.shown }

    mutating func refreshDocumentsShown() {
        documentsIndex.shown = computeDocumentsShown()
    }

    private func computeDocumentsShown() -> [DocumentSummary] {
        var docs = documentsIndex.all
        let needle = Folding.fold(documentsIndex.filter.trimmedWhitespace)
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
        let needle = Folding.fold(picker.query.trimmedWhitespace)
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
