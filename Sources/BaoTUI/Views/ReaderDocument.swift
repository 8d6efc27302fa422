import BaoArticle
import BaoEntities
import BaoText
import Foundation

/// A paragraph of the reader: characters with a role each and, for citation links, the link they belong to.
public struct RichParagraph: Sendable, Equatable {
    public var chars: [Character]
    public var roles: [Role]
    /// Index into `ReaderDocument.links` for characters inside a link.
    public var links: [Int?]
    /// Characters folded for search (lower case, no marks, đ→d), one per character.
    var folded: [Character]
    /// Characters in lower case for searches typed with marks.
    var lowered: [Character]

    init(_ text: String, role: Role) {
        chars = Array(text)
        roles = Array(repeating: role, count: chars.count)
        links = Array(repeating: nil, count: chars.count)
        folded = []
        lowered = []
    }

    var isEmpty: Bool { chars.isEmpty }
}

/// A citation link in the reader: one mention of a cited document.
public struct ReaderLink: Sendable, Equatable {
    /// The document's number as shown in brackets, 1-based, in order of first citation.
    public var number: Int
    public var key: String
    public var id: String
    public var paragraph: Int
    /// Characters of the paragraph that belong to the link, its "[n]" marker included.
    public var range: Range<Int>
}

/// A search match in the reader.
public struct TextMatch: Sendable, Equatable {
    public var paragraph: Int
    public var range: Range<Int>
}

/// The article laid out for reading, independent of width: paragraphs of styled characters and
/// numbered citation links. `wrap(width:)` turns it into lines.
public struct ReaderDocument: Sendable, Equatable {
    public var paragraphs: [RichParagraph]
    public var links: [ReaderLink]
    /// Cited documents in link-number order.
    public var documents: [DocumentCitation]

    public init(article: Article, entities: ArticleEntities, lang: Language = .vi) {
        var paragraphs: [RichParagraph] = []
        paragraphs.append(RichParagraph(article.title ?? lang("(không có tiêu đề)", "(no title)"), role: .title))
        if let subtitle = article.subtitle, !subtitle.isEmpty {
            paragraphs.append(RichParagraph(subtitle, role: .title))
        }
        let meta = Self.metadata(article)
        if !meta.isEmpty { paragraphs.append(RichParagraph(meta, role: .meta)) }

        // Citation links, placed by the UTF-8 range of each mention (`NameRanges.documents`). A
        // mention without one, or whose range does not spell its wording here (entities made by
        // hand, a store that does not match its article), is placed by its scalar offset into
        // bodyText, then by a text search, as before the ranges were kept.
        let blockTexts = article.blocks.map(\.text)
        var blocks = BlockCharacters(blocks: blockTexts)
        let blockChars = blocks.chars
        var placements: [[(range: Range<Int>, key: String, id: String)]] = Array(repeating: [], count: blockTexts.count)
        var numbers: [String: Int] = [:]
        var documents: [DocumentCitation] = []
        let ranges = entities.names.documents.count == entities.documents.count ? entities.names.documents : []
        var ordered: [(mention: Mention, doc: Int, range: Range<Int>?)] = []
        for (d, doc) in entities.documents.enumerated() {
            let mentionRanges = ranges.isEmpty || ranges[d].count != doc.mentions.count ? nil : ranges[d]
            for (m, mention) in doc.mentions.enumerated() { ordered.append((mention, d, mentionRanges?[m])) }
        }
        ordered.sort { $0.mention.offset < $1.mention.offset }
        var locator = MentionLocator(blockTexts: blockTexts, blockChars: blockChars)
        for (mention, d, range) in ordered {
            let doc = entities.documents[d]
            guard let (block, range) = range.flatMap({ blocks.locate($0, spelling: mention.text) }) ?? locator.locate(mention),
                  Self.insert(range, key: doc.key, id: doc.id, into: &placements[block]) else { continue }
            if numbers[doc.key] == nil {
                documents.append(doc)
                numbers[doc.key] = documents.count
            }
        }

        // People and places: subtle marks on the ranges where the extractors found their names,
        // where no link already is.
        let marks = NameMarks.locate(entities.names, in: &blocks)

        var links: [ReaderLink] = []
        for (i, block) in article.blocks.enumerated() {
            let role: Role
            var prefix = ""
            switch block.kind {
            case .lead: role = .normal
            case .paragraph: role = .normal
            case .subheading: role = .subheading
            case .caption: role = .caption; prefix = "▸ "
            }
            var para = RichParagraph(prefix, role: role)
            let chars = blockChars[i]
            var roles = Array(repeating: role, count: chars.count)
            if role == .normal {
                for mark in marks[i] where !Self.overlaps(mark.range, placements[i]) && roles[mark.range].allSatisfy({ $0 == .normal }) {
                    for c in mark.range { roles[c] = mark.role }
                }
            }
            var cursor = 0
            for placement in placements[i] {
                para.append(chars[cursor..<placement.range.lowerBound], roles: roles[cursor..<placement.range.lowerBound])
                let start = para.chars.count
                let linkIndex = links.count
                para.append(chars[placement.range], role: .link, link: linkIndex)
                let number = numbers[placement.key] ?? 0
                para.append(Array("[\(number)]")[...], role: .link, link: linkIndex)
                links.append(ReaderLink(number: number, key: placement.key, id: placement.id,
                                        paragraph: paragraphs.count, range: start..<para.chars.count))
                cursor = placement.range.upperBound
            }
            para.append(chars[cursor...], roles: roles[cursor...])
            if block.kind == .caption, let credit = block.credit, !credit.isEmpty {
                para.append(Array(" (\(credit))")[...], role: .caption)
            }
            paragraphs.append(para)
        }
        for related in article.related {
            paragraphs.append(RichParagraph(lang("Tin liên quan: ", "Related: ") + related.title, role: .dim))
        }
        var cache: [Character: (Character, Character)] = [:]
        for i in paragraphs.indices { paragraphs[i].prepareSearch(cache: &cache) }
        self.paragraphs = paragraphs
        self.links = links
        self.documents = documents
    }

    static func metadata(_ article: Article) -> String {
        var parts: [String] = []
        if let published = article.published {
            // "~" marks a year the text did not give, as in the list (help explains it).
            parts.append(published.display)
        }
        if let section = article.section { parts.append(section) }
        if let dateline = article.dateline { parts.append(dateline) }
        if let author = article.author { parts.append(author) }
        if let source = article.source ?? article.url { parts.append(source) }
        return parts.joined(separator: " · ")
    }

    /// Adds `range` to the placements of a block, kept sorted by start, unless it overlaps one already there.
    ///
    /// Binary search keeps this cheap for articles citing documents thousands of times; mentions
    /// come in offset order, so the insertion point is nearly always the end.
    static func insert(_ range: Range<Int>, key: String, id: String,
                       into placements: inout [(range: Range<Int>, key: String, id: String)]) -> Bool {
        if overlaps(range, placements) { return false }
        placements.insert((range, key, id), at: insertionPoint(of: range, in: placements))
        return true
    }

    /// True when `range` overlaps one of `placements` (sorted by start, none overlapping another).
    static func overlaps(_ range: Range<Int>, _ placements: [(range: Range<Int>, key: String, id: String)]) -> Bool {
        let low = insertionPoint(of: range, in: placements)
        return (low > 0 && placements[low - 1].range.overlaps(range))
            || (low < placements.count && placements[low].range.overlaps(range))
    }

    /// Where `range` goes among `placements` sorted by start.
    private static func insertionPoint(of range: Range<Int>, in placements: [(range: Range<Int>, key: String, id: String)]) -> Int {
        placements.partitionPoint { $0.range.lowerBound >= range.lowerBound }
    }

    static func firstIndex(of needle: [Character], in haystack: [Character], from: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = max(0, from)
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Every match of `query` (smart diacritics: without marks it matches folded text, with marks exactly).
    public func matches(of query: String) -> [TextMatch] {
        let trimmed = query.trimmedWhitespace
        guard !trimmed.isEmpty else { return [] }
        let exact = Folding.fold(trimmed) != trimmed.lowercased()
        let needle: [Character] = exact
            ? Array(trimmed.lowercased())
            : trimmed.map { Folding.fold(String($0)).first ?? $0 }
        var found: [TextMatch] = []
        for (p, para) in paragraphs.enumerated() {
            let hay = exact ? para.lowered : para.folded
            var from = 0
            while let start = Self.firstIndex(of: needle, in: hay, from: from) {
                found.append(TextMatch(paragraph: p, range: start..<(start + needle.count)))
                from = start + max(1, needle.count)
            }
        }
        return found
    }

    /// Lines for a reader `width` columns wide.
    public func wrap(width: Int) -> [ReaderLine] {
        var lines: [ReaderLine] = []
        let width = max(1, width)
        for (p, para) in paragraphs.enumerated() {
            if p > 0 { lines.append(ReaderLine(paragraph: -1, start: 0, end: 0)) }
            if para.isEmpty { continue }
            for range in TextWrapper.lineRanges(para.chars, width: width, breakSpaceFits: true) {
                lines.append(ReaderLine(paragraph: p, start: range.lowerBound, end: range.upperBound))
            }
        }
        return lines
    }
}

/// One wrapped line of the reader: a character range of one paragraph (paragraph -1 is a blank line).
public struct ReaderLine: Sendable, Equatable {
    public var paragraph: Int
    public var start: Int
    public var end: Int
}

/// Finds the block and character range of mentions given in increasing offset order: the
/// reader's way for a mention without a UTF-8 range that spells it (`BlockCharacters`).
///
/// Offsets count Unicode scalars into `bodyText` while the reader works in characters, so the
/// locator keeps a running scalar count and walks each block once over all its mentions rather
/// than rescanning from the block start for each one (articles with many thousands of citations
/// otherwise take seconds to open).
struct MentionLocator {
    let blockTexts: [String]
    let blockChars: [[Character]]
    /// Scalar offset of each block in `bodyText`: counted on first use, as most mentions have a
    /// range and never come here.
    private lazy var starts: [Int] = Article.blockStarts(lengths: blockTexts.map { $0.unicodeScalars.count })
    private var block = -1
    private var scalars = 0
    private var charIndex = 0
    /// Fallback text searches already made, by mention text: the answer never changes.
    private var searched: [String: (Int, Range<Int>)?] = [:]

    init(blockTexts: [String], blockChars: [[Character]]) {
        self.blockTexts = blockTexts
        self.blockChars = blockChars
    }

    /// The block and character range of `mention`, whose offset must not be below the previous one's.
    ///
    /// When the offset does not point at the mention's text, the first occurrence of the text in
    /// the article is used instead.
    mutating func locate(_ mention: Mention) -> (Int, Range<Int>)? {
        let needle = Array(mention.text)
        guard !needle.isEmpty else { return nil }
        while block + 1 < starts.count, starts[block + 1] <= mention.offset {
            block += 1
            scalars = 0
            charIndex = 0
        }
        if block >= 0, block < blockChars.count {
            let chars = blockChars[block]
            let local = mention.offset &- starts[block]
            while scalars < local, charIndex < chars.count {
                scalars &+= chars[charIndex].unicodeScalars.count
                charIndex += 1
            }
            if scalars == local, needle.count <= chars.count - charIndex,
               chars[charIndex..<(charIndex + needle.count)].elementsEqual(needle) {
                return (block, charIndex..<(charIndex + needle.count))
            }
        }
        if let known = searched[mention.text] { return known }
        var found: (Int, Range<Int>)?
        for (b, chars) in blockChars.enumerated() {
            if let start = ReaderDocument.firstIndex(of: needle, in: chars) {
                found = (b, start..<(start + needle.count))
                break
            }
        }
        searched[mention.text] = found
        return found
    }
}

extension RichParagraph {
    mutating func append(_ slice: ArraySlice<Character>, role: Role, link: Int? = nil) {
        chars.append(contentsOf: slice)
        roles.append(contentsOf: Array(repeating: role, count: slice.count))
        links.append(contentsOf: Array(repeating: link, count: slice.count))
    }

    /// Appends `slice` with a role for each of its characters.
    mutating func append(_ slice: ArraySlice<Character>, roles: ArraySlice<Role>) {
        chars.append(contentsOf: slice)
        self.roles.append(contentsOf: roles)
        links.append(contentsOf: Array(repeating: nil, count: slice.count))
    }

    mutating func prepareSearch(cache: inout [Character: (Character, Character)]) {
        folded = []
        lowered = []
        folded.reserveCapacity(chars.count)
        lowered.reserveCapacity(chars.count)
        for ch in chars {
            if let hit = cache[ch] {
                folded.append(hit.0); lowered.append(hit.1); continue
            }
            let pair: (Character, Character)
            if ch.isASCII {
                let lower = ch.lowercased().first ?? ch
                pair = (lower, lower)
            } else {
                pair = (Folding.fold(String(ch)).first ?? ch, ch.lowercased().first ?? ch)
            }
            cache[ch] = pair
            folded.append(pair.0)
            lowered.append(pair.1)
        }
    }
}

