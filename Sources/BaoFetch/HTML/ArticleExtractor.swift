import BaoCore

/// What a news page holds once its furniture is gone.
public struct ExtractedArticle: Sendable, Equatable {
    public enum BlockKind: String, Sendable, Equatable {
        case paragraph, subheading, caption
    }

    public struct Block: Sendable, Equatable {
        public var kind: BlockKind
        public var text: String

        public init(kind: BlockKind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var title: String?
    public var published: PublishedDate?
    /// The rubric: the last breadcrumb or the section the page names.
    public var rubric: String?
    /// The standfirst under the title, when the page marks one.
    public var lead: String?
    /// Paragraphs, subheadings and captions in page order (the lead not included).
    public var blocks: [Block]
    /// The byline as the page writes it ("Bài, ảnh: ANH DŨNG", "Theo TTXVN").
    public var byline: String?
    /// How many pictures the article's part of the page shows.
    public var imageCount: Int

    public init(title: String? = nil, published: PublishedDate? = nil, rubric: String? = nil, lead: String? = nil,
                blocks: [Block] = [], byline: String? = nil, imageCount: Int = 0) {
        self.title = title
        self.published = published
        self.rubric = rubric
        self.lead = lead
        self.blocks = blocks
        self.byline = byline
        self.imageCount = imageCount
    }

    /// The article's own words: lead, paragraphs, subheadings and captions, one per line.
    public var bodyText: String {
        ((lead.map { [$0] } ?? []) + blocks.map(\.text)).joined(separator: "\n")
    }

    /// A page of pictures with a few words under them: not an article to store.
    public var isPhotoGallery: Bool {
        let prose = ((lead.map { [$0] } ?? []) + blocks.filter { $0.kind != .caption }.map(\.text)).joined(separator: " ")
        return imageCount >= 2 && prose.count < 200
    }
}

/// Finds the article in a news page: title, date, rubric, lead, paragraphs, captions and byline,
/// leaving out navigation, menus, share bars, related lists, comments and polls.
///
/// The metadata comes from the whole page (`<h1>`, the `article:` meta tags, elements whose class
/// names a date, breadcrumbs); the text from one container: the smallest element holding most of
/// the page's paragraph text once furniture (`PageFurniture`) is set aside. Inside it, blocks are
/// read in order; a trailer heading ("Tin liên quan", "Ý kiến bạn đọc") ends the article, lists
/// of links are dropped, and the last short line that reads as a byline becomes the byline.
public enum ArticleExtractor {
    public static func extract(html: String) -> ExtractedArticle {
        extract(document: HTMLDocument(html: html))
    }

    public static func extract(document: HTMLDocument) -> ExtractedArticle {
        let all = document.root.descendants()
        let furniture = furnitureSet(document.root)
        var result = ExtractedArticle()
        let meta = metaTags(all)

        let h1 = all.first { $0.name == "h1" && !$0.textContent.isEmpty && !furniture.contains(ObjectIdentifier($0)) }
            ?? all.first { $0.name == "h1" && !$0.textContent.isEmpty }
        result.title = h1.map { $0.textContent } ?? meta["og:title"] ?? titleElement(all)
        result.published = publishedDate(all, meta: meta)
        result.rubric = rubric(all, meta: meta, title: result.title)

        let leadNode = all.first { node in
            !node.isText && PageFurniture.has(node, anyOf: PageFurniture.leadWords) && !furniture.contains(ObjectIdentifier(node))
                && node.textContent.count >= 20 && !isInside(node, furniture)
        }
        result.lead = leadNode.map { $0.textContent }

        let container = contentContainer(document.root, furniture: furniture)
        var reader = BlockReader(furniture: furniture, skip: Set([h1, leadNode].compactMap { $0.map(ObjectIdentifier.init) }))
        reader.walk(container, context: BlockReader.Context())
        reader.flush()
        result.imageCount = reader.images

        var blocks = reader.blocks
        clean(&blocks, result: result)
        // The byline: a marked one anywhere outside furniture, else the last short line that reads as one.
        if let last = blocks.last, isByline(last) {
            result.byline = last.text
            blocks.removeLast()
        } else if let marked = all.first(where: { node in
            !node.isText && PageFurniture.has(node, anyOf: PageFurniture.bylineWords) && !isInside(node, furniture)
                && Byline.parse(node.textContent) != nil
        }) {
            result.byline = marked.textContent
            blocks.removeAll { $0.text == marked.textContent }
        }
        if let lead = result.lead {
            blocks.removeAll { $0.text == lead }
        }
        result.blocks = blocks.map { ExtractedArticle.Block(kind: $0.kind, text: $0.text) }
        return result
    }

    // MARK: - Furniture

    /// Every element that is furniture, or inside furniture.
    static func furnitureSet(_ root: HTMLNode) -> Set<ObjectIdentifier> {
        var out: Set<ObjectIdentifier> = []
        var stack: [(HTMLNode, Bool)] = root.children.map { ($0, false) }
        while let (node, inherited) = stack.popLast() {
            guard !node.isText else { continue }
            let isFurniture = inherited || PageFurniture.isFurniture(node)
            if isFurniture { out.insert(ObjectIdentifier(node)) }
            for child in node.children { stack.append((child, isFurniture)) }
        }
        return out
    }

    private static func isInside(_ node: HTMLNode, _ furniture: Set<ObjectIdentifier>) -> Bool {
        var current: HTMLNode? = node
        while let n = current {
            if furniture.contains(ObjectIdentifier(n)) { return true }
            current = n.parent
        }
        return false
    }

    // MARK: - Container

    /// The smallest element holding at least 80% of the page's paragraph text outside furniture.
    static func contentContainer(_ root: HTMLNode, furniture: Set<ObjectIdentifier>) -> HTMLNode {
        var weight: [ObjectIdentifier: Int] = [:]
        // Paragraph-like elements: their own text (links excluded) counts for them and every ancestor.
        for node in root.descendants() where !node.isText && (node.name == "p" || node.name == "div" || node.name == "td" || node.name == "blockquote") {
            guard !furniture.contains(ObjectIdentifier(node)) else { continue }
            let own = ownText(node)
            guard own >= 25 else { continue }
            var current: HTMLNode? = node
            while let n = current {
                weight[ObjectIdentifier(n), default: 0] += own
                current = n.parent
            }
        }
        var node = root
        let total = weight[ObjectIdentifier(root)] ?? 0
        guard total > 0 else { return root.first("body") ?? root }
        while true {
            let best = node.children.filter { !$0.isText }.max { (weight[ObjectIdentifier($0)] ?? 0) < (weight[ObjectIdentifier($1)] ?? 0) }
            guard let best, (weight[ObjectIdentifier(best)] ?? 0) * 10 >= total * 8 else { return node }
            node = best
        }
    }

    /// Letters of text directly inside `node` or its inline children, outside links.
    private static func ownText(_ node: HTMLNode) -> Int {
        var count = 0
        var stack = node.children
        while let child = stack.popLast() {
            if child.isText {
                count += child.text.count
            } else if child.name != "a", !BlockReader.blockElements.contains(child.name) {
                stack.append(contentsOf: child.children)
            }
        }
        return count
    }

    // MARK: - Blocks

    private static func clean(_ blocks: inout [BlockReader.RawBlock], result: ExtractedArticle) {
        var kept: [BlockReader.RawBlock] = []
        for block in blocks {
            let text = block.text
            if text.isEmpty { continue }
            // Headlines and "Xem thêm: …" links between paragraphs: mostly link text.
            if block.linkLetters * 2 > text.count, block.kind != .caption { continue }
            if Trailer.startsTrailer(text) {
                // A share bar above the text is dropped; a trailer heading after it ends the article.
                if kept.contains(where: { $0.kind == .paragraph }) { break }
                continue
            }
            if text == result.title || text == result.rubric { continue }
            if kept.allSatisfy({ $0.kind != .paragraph }), DateParsing.dateLine(text) != nil { continue }
            if let previous = kept.last, previous.text == text { continue }
            kept.append(block)
        }
        blocks = kept
    }

    private static func isByline(_ block: BlockReader.RawBlock) -> Bool {
        guard block.kind == .paragraph, block.text.count <= 70, let parsed = Byline.parse(block.text) else { return false }
        if parsed.source != nil, parsed.author == nil { return true }
        let marked = block.rightAligned || block.boldLetters * 10 >= block.text.count * 8
            || PageFurniture.has(anyOf: PageFurniture.bylineWords, block.classWords)
        return marked || !(block.text.last.map { ".!?…:".contains($0) } ?? false)
    }

    // MARK: - Metadata

    private static func metaTags(_ all: [HTMLNode]) -> [String: String] {
        var out: [String: String] = [:]
        for node in all where node.name == "meta" {
            guard let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"])?.lowercased(),
                  let content = node.attributes["content"] else { continue }
            let value = HTMLDocument.foldSpaces(content)
            if !value.isEmpty, out[key] == nil { out[key] = value }
        }
        return out
    }

    private static func titleElement(_ all: [HTMLNode]) -> String? {
        guard let title = all.first(where: { $0.name == "title" })?.textContent, !title.isEmpty else { return nil }
        for separator in [" | ", " - ", " – "] {
            if let range = title.range(of: separator) { return String(title[..<range.lowerBound]) }
        }
        return title
    }

    static func publishedDate(_ all: [HTMLNode], meta: [String: String]) -> PublishedDate? {
        for key in ["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "og:published_time"] {
            if let value = meta[key], let date = isoDate(value) { return date }
        }
        for node in all where node.name == "time" {
            if let value = node.attributes["datetime"], let date = isoDate(value) { return date }
            if let date = DateParsing.dateLine(node.textContent) { return date }
        }
        for node in all where !node.isText && PageFurniture.has(node, anyOf: PageFurniture.dateWords) {
            let text = node.textContent
            if text.count <= 120, let date = DateParsing.dateLine(text) { return date }
        }
        return nil
    }

    /// "2025-07-15T08:30:00+07:00", "2025-07-15 08:30", "2025-07-15": the date and time as written.
    static func isoDate(_ text: String) -> PublishedDate? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard digits.count >= 3, digits[0].count == 4, let year = Int(digits[0]), let month = Int(digits[1]),
              let day = Int(digits[2]), (1...12).contains(month), (1...31).contains(day), year >= 1900 else { return nil }
        var hour: Int?, minute: Int?
        if digits.count >= 5, let h = Int(digits[3]), let m = Int(digits[4]), h < 24, m < 60 {
            hour = h
            minute = m
        }
        return PublishedDate(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private static func rubric(_ all: [HTMLNode], meta: [String: String], title: String?) -> String? {
        for node in all where !node.isText && PageFurniture.has(node, anyOf: PageFurniture.rubricWords) {
            let items = node.descendants().filter { $0.name == "a" || $0.name == "li" || $0.name == "span" }
                .map(\.textContent).filter { !$0.isEmpty && $0 != title }
            let candidates = items.isEmpty ? [node.textContent] : items
            if let last = candidates.last(where: { isRubricText($0) }) { return last }
        }
        if let section = meta["article:section"], isRubricText(section) { return section }
        return nil
    }

    /// A short label that is no date and no menu glyph: "Xây dựng Đảng", "Thời sự".
    private static func isRubricText(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard (1...8).contains(words), text.count <= 60, text.contains(where: \.isLetter) else { return false }
        let folded = Folding.fold(text)
        return folded != "trang chu" && folded != "home" && DateParsing.dateLine(text) == nil
    }
}

extension PageFurniture {
    static func has(anyOf set: Set<String>, _ words: [String]) -> Bool {
        words.contains(where: { set.contains($0) })
    }
}

/// Walks the content container and cuts its text into blocks at block-level elements.
struct BlockReader {
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "table",
        "tbody", "thead", "tr", "td", "th", "section", "article", "main", "dl", "dt", "dd", "pre", "center", "address",
        "header", "footer", "aside", "nav", "form", "hr", "br", "caption",
    ]

    struct Context {
        var inLink = false
        var inBold = false
        var heading = false
        var caption = false
        var rightAligned = false
        var classWords: [String] = []
    }

    struct RawBlock {
        var kind: ExtractedArticle.BlockKind
        var text: String
        var linkLetters: Int
        var boldLetters: Int
        var rightAligned: Bool
        var classWords: [String]
    }

    let furniture: Set<ObjectIdentifier>
    let skip: Set<ObjectIdentifier>
    var blocks: [RawBlock] = []
    var images = 0
    private var buffer = ""
    private var linkLetters = 0
    private var boldLetters = 0
    private var context = Context()

    init(furniture: Set<ObjectIdentifier>, skip: Set<ObjectIdentifier>) {
        self.furniture = furniture
        self.skip = skip
    }

    mutating func walk(_ node: HTMLNode, context outer: Context) {
        for child in node.children {
            if child.isText {
                append(child.text, outer)
                continue
            }
            let id = ObjectIdentifier(child)
            if furniture.contains(id) || skip.contains(id) { continue }
            if child.name == "img" {
                images += 1
                continue
            }
            var inner = outer
            switch child.name {
            case "a": inner.inLink = true
            case "strong", "b": inner.inBold = true
            case "h2", "h3", "h4", "h5", "h6": inner.heading = true
            case "figcaption", "caption": inner.caption = true
            default: break
            }
            if PageFurniture.has(child, anyOf: PageFurniture.captionWords) { inner.caption = true }
            if let align = child.attributes["align"]?.lowercased(), align == "right" { inner.rightAligned = true }
            if let style = child.attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("text-align:right") {
                inner.rightAligned = true
            }
            let isBlock = Self.blockElements.contains(child.name)
            if isBlock {
                flush()
                inner.classWords = child.classWords
            }
            walk(child, context: inner)
            if isBlock { flush() }
        }
    }

    private mutating func append(_ text: String, _ context: Context) {
        if buffer.isEmpty || buffer.allSatisfy(\.isWhitespace) { self.context = context }
        if context.caption { self.context.caption = true }
        if context.rightAligned { self.context.rightAligned = true }
        let letters = text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
        if context.inLink { linkLetters += letters }
        if context.inBold { boldLetters += letters }
        buffer += text
    }

    mutating func flush() {
        let text = HTMLDocument.foldSpaces(buffer)
        if !text.isEmpty {
            let kind: ExtractedArticle.BlockKind = context.caption ? .caption : context.heading ? .subheading : .paragraph
            let letters = max(1, text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) })
            blocks.append(RawBlock(kind: kind, text: text, linkLetters: linkLetters * text.count / letters,
                                   boldLetters: boldLetters * text.count / letters,
                                   rightAligned: context.rightAligned, classWords: context.classWords))
        }
        buffer = ""
        linkLetters = 0
        boldLetters = 0
        context = Context()
    }
}
