import BaoText

/// The end of a web page that is not the article, and page furniture inside it: share buttons,
/// comment boxes, polls, weather, lists of other stories, and whole articles embedded after
/// "Tin liên quan" / "Xem thêm".
///
/// Furniture is removed line by line: a share row ("Chia sẻ Zalo", "In bài", "Gửi email") is
/// dropped where it stands, and it ends the article only when no running text follows it before
/// the next marker. A heading of the page's tail ("Ý kiến bạn đọc", "Tin khác") ends the article
/// only once running text has come before it: a page whose furniture sits under the byline, above
/// the body, keeps its whole body. A related-article heading before any running text introduces a
/// list of headlines, after which the article goes on.
public enum Trailer {
    struct Cut {
        /// The article's lines, up to the first clutter marker.
        var content: [String]
        /// Lines after each related-article marker, one group per marker.
        var related: [[String]]
    }

    static func cut(_ lines: [String]) -> Cut {
        var content: [String] = []
        var related: [[String]] = []
        // Whether a line of running text (a paragraph, not a heading or a button) has been kept.
        var sawRunningText = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if index > 0, let kind = marker(line) {
                switch kind {
                case .furniture:
                    if runningTextFollows(lines, after: index) {
                        index += 1
                        continue
                    }
                    return Cut(content: content, related: related)
                case .clutter:
                    if !sawRunningText && runningTextFollows(lines, after: index) {
                        index += 1
                        continue
                    }
                    return Cut(content: content, related: related)
                case .related(let inlineTitle):
                    if let title = inlineTitle {
                        // ">> Xem thêm: headline" between paragraphs: a link, not the end of the article.
                        related.append([title])
                        index += 1
                        continue
                    }
                    var group: [String] = []
                    index += 1
                    if !sawRunningText {
                        // A box of headlines above the body: the article goes on after it.
                        while index < lines.count, marker(lines[index]) == nil, !isRunningText(lines[index]) {
                            group.append(lines[index])
                            index += 1
                        }
                        related.append(group)
                        continue
                    }
                    while index < lines.count {
                        if let next = marker(lines[index]) {
                            if case .related(nil) = next { break }
                            if case .related(let title?) = next { group.append(title); index += 1; continue }
                            if case .furniture = next, runningTextFollows(lines, after: index) { index += 1; continue }
                            related.append(group)
                            return Cut(content: content, related: related)
                        }
                        group.append(lines[index])
                        index += 1
                    }
                    related.append(group)
                    if index >= lines.count { return Cut(content: content, related: related) }
                    continue
                }
            }
            if index > 0, !sawRunningText, isRunningText(line) { sawRunningText = true }
            content.append(line)
            index += 1
        }
        return Cut(content: content, related: related)
    }

    /// True when a line of running text, or a byline, comes after `index` before the next
    /// marker: the article goes on there, or ends with its byline.
    private static func runningTextFollows(_ lines: [String], after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count {
            let line = lines[next]
            if let kind = marker(line) {
                // A row of buttons may span lines ("Chia sẻ Zalo", then "In bài").
                guard kind == .furniture else { return false }
                next += 1
                continue
            }
            if isRunningText(line) { return true }
            if line.utf8.count <= 60, Byline.parse(line)?.author != nil { return true }
            next += 1
        }
        return false
    }

    /// A paragraph of the article rather than a heading, a headline, a caption credit or a
    /// button: at least twelve words ending a sentence, or a long line. Public to the module:
    /// extractors of fetched pages apply the same rules.
    public static func isRunningText(_ line: String) -> Bool {
        if line.utf8.count > 400 { return true }
        guard let last = line.last, ".!?…”\":;)".contains(last) else { return false }
        return ArticleParser.wordCount(line) >= 12
    }

    enum Marker: Equatable {
        /// A button or a row of them ("Chia sẻ Zalo", "In bài"): dropped where it stands.
        case furniture
        /// A heading of the page's tail ("Ý kiến bạn đọc", "Tin khác", "Từ khóa: …").
        case clutter
        /// A related-article heading; with the headline when it is on the same line.
        case related(String?)
    }

    /// True when `line` starts page furniture or related articles ("Tin liên quan", "Chia sẻ",
    /// "Ý kiến bạn đọc"): what a page extractor must not take for article text either.
    public static func startsTrailer(_ line: String) -> Bool { marker(line) != nil }

    /// True when `line` is a button or a row of them ("Chia sẻ Zalo", "In bài", "Gửi email"):
    /// furniture to drop where it stands, which ends the article only where no running text
    /// follows it (`isRunningText`).
    public static func isFurniture(_ line: String) -> Bool { marker(line) == .furniture }

    static func marker(_ line: String) -> Marker? {
        guard line.utf8.count <= 400 else { return nil }
        // ">> Headline" and "» Headline": a link to another article between paragraphs.
        if line.hasPrefix(">>") || line.hasPrefix("»") {
            let title = TextScan.trim(line.drop(while: { $0 == ">" || $0 == "»" || $0 == " " }))
            if !title.isEmpty, title.count <= 200 {
                if let colon = title.firstIndex(of: ":"), relatedHeadings.contains(Folding.fold(String(title[..<colon])).trimmedSpaces) {
                    let rest = TextScan.trim(title[title.index(after: colon)...])
                    return .related(rest.isEmpty ? nil : rest)
                }
                return .related(title)
            }
        }
        var trimmed = Substring(line)
        while let first = trimmed.first, isLeadingMark(first) { trimmed = trimmed.dropFirst() }
        if trimmed.utf8.count <= 60 {
            // "Bình luận (0)", "Chia sẻ:", "Ý KIẾN BẠN ĐỌC »": letters and spaces decide.
            let key = lettersOnly(Folding.fold(String(trimmed)))
            if relatedHeadings.contains(key) { return .related(nil) }
            if furniture.contains(key) { return .furniture }
            if clutter.contains(key) { return .clutter }
            // "Facebook Twitter Zalo Email": a row of share buttons.
            let words = key.split(separator: " ")
            if words.count >= 2, words.allSatisfy({ shareWords.contains(String($0)) }) { return .furniture }
        }
        // "Xem thêm: headline" on one line; "Từ khóa: …", "Tags: …" end the article.
        if let colon = TextScan.firstIndex(ofASCII: 0x3A, in: trimmed) {
            let key = Folding.fold(String(trimmed[..<colon])).trimmedSpaces
            if tagHeadings.contains(key) { return .clutter }
            if relatedHeadings.contains(key) {
                let title = trimmed[trimmed.index(after: colon)...].trimmedSpaces
                return title.isEmpty ? .related(nil) : .related(title)
            }
        }
        return nil
    }

    /// One of `>»•-–*[(` or a space, matched on the character's scalar: comparing Characters
    /// checks canonical equivalence, which costs a table look-up per Vietnamese letter, and none
    /// of these marks is equivalent to anything but itself.
    private static func isLeadingMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch scalar.value {
        case 0x3E, 0xBB, 0x2022, 0x2D, 0x2013, 0x2A, 0x5B, 0x28, 0x20: return true
        default: return false
        }
    }

    /// Lower-case letters and single spaces only.
    private static func lettersOnly(_ folded: String) -> String {
        var out = ""
        var space = false
        for character in folded {
            if character.isLetter {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else {
                space = true
            }
        }
        return out
    }

    /// Folded headings of a page's tag list (`scripts/article/trailer-tag-headings.txt`).
    static let tagHeadings = ArticleWords.trailerTagHeadings

    /// Folded words of share and print buttons (`scripts/article/trailer-share-words.txt`).
    static let shareWords = ArticleWords.trailerShareWords

    /// Folded headings that introduce related articles (`scripts/article/trailer-related-headings.txt`).
    static let relatedHeadings = ArticleWords.trailerRelatedHeadings

    /// Folded buttons and button rows: page furniture, anywhere on the page (`scripts/article/trailer-furniture.txt`).
    static let furniture = ArticleWords.trailerFurniture

    /// Folded headings that start the page's tail: nothing after them belongs to the article
    /// (`scripts/article/trailer-clutter.txt`).
    static let clutter = ArticleWords.trailerClutter
}
