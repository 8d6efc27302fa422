import BaoText
import Foundation

/// Turns the text of one file into an `Article` (SPEC section 1).
///
/// Two layouts are read: web copy (a date line, a rubric, the title, blank-line paragraphs,
/// captions, a byline, then page clutter) and corpus files (line 1 the title, line 2 the lead,
/// then the body, the byline glued to its end). Anything else is one article whose first line is
/// its title. The parser works on lines: it cuts the trailer first (so nothing after "Tin liên
/// quan" or "Ý kiến bạn đọc" can leak into the body), reads the header from the top and the byline
/// from the bottom, and classifies what is left into lead, paragraphs, subheadings and captions.
public enum ArticleParser {
    /// Normalises `text` (SPEC section 2) and parses it.
    ///
    /// `isPlace` tells whether a short line under the title names a province, city or district
    /// ("Cần Thơ", "TP. Hồ Chí Minh", "Ô Môn"): such a line is the dateline. Places are the entity
    /// layer's knowledge; `parse(text:path:)` there passes the gazetteer's.
    public static func parse(text: String, path: String, isPlace: (String) -> Bool) -> Article {
        parse(normalized: TextNormalizer.normalize(text), path: path, isPlace: isPlace)
    }

    /// Parses text that has already gone through `TextNormalizer.normalize`.
    public static func parse(normalized text: String, path: String, isPlace: (String) -> Bool) -> Article {
        parse(normalized: text, path: path, nested: false, isPlace: isPlace)
    }

    private static func parse(normalized text: String, path: String, nested: Bool, isPlace: (String) -> Bool) -> Article {
        var article = Article(path: path)
        let split = splitLines(text)
        var lines = split.lines
        let sawBlankEarly = split.sawBlankEarly
        guard !lines.isEmpty else {
            article.warnings.append("no text")
            return article
        }
        let layout: Layout = sawBlankEarly ? .web : .corpus
        // Lines holding runs of spaces come back as written: corpus body lines are cut at the
        // runs below (folding them first would be thrown away), every other one is folded here.
        for (index, raw) in split.spaced where layout == .web || index < 2 {
            lines[index] = TextNormalizer.foldWhitespace(raw)
        }
        if layout == .corpus, !split.spaced.isEmpty {
            // Corpus bodies are web blocks joined on one line; a run of spaces is where two
            // blocks (a caption and a paragraph, a paragraph and a byline) were joined.
            var expanded: [String] = []
            for (index, line) in lines.enumerated() {
                if index >= 2, let raw = split.spaced[index] {
                    expanded += splitAtSpaceRuns(raw)
                } else {
                    expanded.append(line)
                }
            }
            lines = expanded
        }

        // 1. Trailer: everything from the first clutter marker on; related articles kept apart.
        let trailer = Trailer.cut(lines)
        var content = trailer.content
        if !nested {
            article.related = trailer.related.flatMap { group in
                relatedArticles(from: group, path: path, isPlace: isPlace)
            }
        }
        if content.isEmpty {
            content = [lines[0]]
        }

        // 2. Header from the top.
        var cursor = 0
        var headerLines: [String] = []
        let headerLimit = layout == .corpus ? 1 : 6
        while cursor < content.count, cursor < 8 {
            let line = content[cursor]
            if article.published == nil, let date = DateParsing.dateLine(line) {
                article.published = date
                cursor += 1
                continue
            }
            if headerLines.count >= headerLimit || Captions.split(line) != nil || isBodyLine(line) { break }
            if layout == .corpus, !headerLines.isEmpty { break }
            headerLines.append(line)
            cursor += 1
        }
        var pushedBack: [String] = []
        if headerLines.isEmpty {
            // No title line: the article is untitled; its first line stands for the title.
            if let first = content.first {
                article.title = shortTitle(from: first)
                article.warnings.append("no title line; the title is taken from the first line")
                if article.title == first { cursor = max(cursor, 1) }
            }
        } else {
            assignHeader(headerLines, to: &article, pushedBack: &pushedBack, isPlace: isPlace)
        }
        var body = pushedBack + Array(content[min(cursor, content.count)...])

        // 3. URLs opening a line (possibly glued to the text after them), then byline, source
        // and next-part announcements from the bottom.
        body = body.compactMap { line in
            guard line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www.") else { return line }
            let url = URLText.leadingURL(line)
            if article.url == nil { article.url = url }
            if article.source == nil { article.source = URLText.host(of: url) }
            let rest = line.dropFirst(url.count).trimmedSpaces
            return rest.isEmpty ? nil : rest
        }
        readTail(&body, into: &article)

        // 4. Blocks.
        var blocks = classify(body, layout: layout)
        readLeadPrefix(&blocks, into: &article)
        if article.source == nil {
            article.source = blocks.lazy.compactMap { $0.credit }.compactMap(outletOfCredit).first
        }
        article.blocks = blocks

        // 5. Publication date from the opening of the text when no date line was found.
        if article.published == nil {
            inferPublished(&article, fullText: text)
        }
        if article.published == nil, !nested, !article.warnings.contains(where: { $0.hasPrefix("the text dates itself") }) {
            article.warnings.append("no publication date in the text")
        }
        return article
    }

    private enum Layout { case web, corpus }

    /// Non-empty lines, and whether a blank line separates the first few (web copy) or not
    /// (corpus files). A line whose white space `foldWhitespace` would change is returned as
    /// written and also listed in `spaced` by its index: the caller folds or splits it.
    private static func splitLines(_ text: String) -> (lines: [String], spaced: [Int: String], sawBlankEarly: Bool) {
        // Find the line bounds on the raw bytes, then slice the string: line breaks and spaces
        // are ASCII, so the bounds fall on character boundaries and slicing needs no decoding.
        var copy = text
        let bounds: [(first: Int, last: Int, needsFold: Bool)] = copy.withUTF8 { bytes in
            var bounds: [(first: Int, last: Int, needsFold: Bool)] = []
            let n = bytes.count
            var start = 0
            while start <= n {
                let end = lineEnd(bytes, from: start)
                var first = start, last = end
                while first < last, TextScan.isLineSpace(bytes[first]) { first += 1 }
                while last > first, TextScan.isLineSpace(bytes[last - 1]) { last -= 1 }
                bounds.append((first, last, needsFold(bytes, from: first, to: last)))
                start = end + 1
            }
            return bounds
        }
        var lines: [String] = []
        var spaced: [Int: String] = [:]
        var sawBlankEarly = false
        let utf8 = text.utf8
        for bound in bounds {
            if bound.first == bound.last {
                if !lines.isEmpty && lines.count < 4 { sawBlankEarly = true }
                continue
            }
            let from = utf8.index(utf8.startIndex, offsetBy: bound.first)
            let to = utf8.index(from, offsetBy: bound.last - bound.first)
            let line = String(text[from..<to])
            if bound.needsFold { spaced[lines.count] = line }
            lines.append(line)
        }
        return (lines, spaced, sawBlankEarly)
    }

    /// The offset of the first line feed at or after `start`, or `bytes.count`. Corpus bodies are
    /// one long line each, so the search goes through `memchr` rather than a byte loop.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// True when `bytes[first..<last]` holds two white-space bytes in a row, a tab or a carriage
    /// return: what `TextNormalizer.foldWhitespace` would change. Eight bytes at a time, since
    /// most lines hold none and the test ran over every byte of the corpus.
    private static func needsFold(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to last: Int) -> Bool {
        var k = first
        var previousSpace = false
        while k &+ 8 <= last, let word = TextScan.word(bytes, at: k) {
            if TextScan.bytes(of: word, equalTo: 0x09) | TextScan.bytes(of: word, equalTo: 0x0D) != 0 { return true }
            // With no tab or return in the word, a white-space byte is a space.
            let spaces = TextScan.bytes(of: word, equalTo: 0x20)
            if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return true }
            previousSpace = spaces >> 63 != 0
            k &+= 8
        }
        while k < last {
            let byte = bytes[k]
            let space = byte == 0x20 || byte == 0x09 || byte == 0x0D
            if (space && previousSpace) || byte == 0x09 || byte == 0x0D { return true }
            previousSpace = space
            k &+= 1
        }
        return false
    }

    /// Pieces of `line` between runs of two or more spaces, each with its spaces folded.
    private static func splitAtSpaceRuns(_ line: String) -> [String] {
        // Piece bounds on the bytes: the separators are ASCII, so a piece is a slice of `line`
        // and copying it needs no UTF-8 validation. Only a piece holding a lone tab or carriage
        // return (which becomes a space) is rebuilt byte by byte.
        var copy = line
        let bounds: [(first: Int, last: Int, rewrite: Bool)] = copy.withUTF8 { bytes in
            var bounds: [(first: Int, last: Int, rewrite: Bool)] = []
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n, TextScan.isLineSpace(bytes[i]) { i += 1 }
                guard i < n else { break }
                let first = i
                var last = i
                var rewrite = false
                while i < n {
                    let byte = bytes[i]
                    if TextScan.isLineSpace(byte) {
                        if i + 1 < n, TextScan.isLineSpace(bytes[i + 1]) { break }
                        if byte != 0x20 { rewrite = true }
                    } else {
                        last = i + 1
                    }
                    i += 1
                }
                bounds.append((first, last, rewrite))
            }
            return bounds
        }
        let utf8 = line.utf8
        return bounds.map { bound in
            let from = utf8.index(utf8.startIndex, offsetBy: bound.first)
            let to = utf8.index(from, offsetBy: bound.last - bound.first)
            let piece = line[from..<to]
            guard bound.rewrite else { return String(piece) }
            let bytes = piece.utf8.map { $0 == 0x09 || $0 == 0x0D ? 0x20 : $0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    // MARK: - Header

    private static func assignHeader(_ header: [String], to article: inout Article, pushedBack: inout [String],
                                     isPlace: (String) -> Bool) {
        // The title is the first heading line, unless that line is a short rubric followed by a
        // longer heading ("Xây dựng Đảng" above the headline).
        let candidates = header.indices.filter { Series.marker(header[$0]) == nil || $0 == 0 }
        var titleIndex = candidates.first ?? 0
        if candidates.count >= 2 {
            let first = header[candidates[0]], second = header[candidates[1]]
            let firstWords = wordCount(first), secondWords = wordCount(second)
            let isCrumb = lastCrumb(first) != first
            if (firstWords <= 8 || isCrumb), secondWords > wordCount(lastCrumb(first)), !second.hasSuffix("."), !first.hasSuffix(":") {
                titleIndex = candidates[1]
            }
        }
        let title = header[titleIndex]
        article.title = title
        if let series = Series.marker(title) ?? Series.inTitle(title) {
            article.series = series
        }
        let before = header[..<titleIndex].filter { Series.marker($0) == nil }
        if let section = before.last { article.section = lastCrumb(section) }
        for line in header[(titleIndex + 1)...] {
            if article.subtitle == nil, let series = Series.marker(line) {
                article.subtitle = line
                article.series = series
            } else if article.dateline == nil, isPlaceLine(line), isPlace(line) {
                article.dateline = line
            } else if line.count <= 60, let byline = Byline.parse(line),
                      byline.source != nil || (byline.author.map { wordCount($0) >= 2 } ?? false) {
                // A byline or source line under the title ("Anh Dũng", "Theo TTXVN").
                if article.author == nil { article.author = byline.author }
                if article.source == nil { article.source = byline.source }
            } else if article.dateline == nil, isPlaceLine(line) {
                article.dateline = line
            } else {
                pushedBack.append(line)
            }
        }
    }

    /// "Trang chủ > Chính trị > Xây dựng Đảng" → "Xây dựng Đảng": the rubric is the last crumb.
    private static func lastCrumb(_ line: String) -> String {
        for separator in [" > ", " » ", " / ", " >> ", " | "] {
            if let range = TextScan.lastRange(of: separator, in: line) {
                let last = line[range.upperBound...].trimmedSpaces
                if !last.isEmpty { return last }
            }
        }
        return line
    }

    /// A line long enough or finished enough to be a paragraph rather than a heading.
    private static func isBodyLine(_ line: String) -> Bool {
        // About 220 letters: headings are shorter.
        if line.utf8.count > 300 { return true }
        guard let last = line.last else { return false }
        return (last == "." || last == "…") && wordCount(line) > 12
    }

    /// A short place name standing alone ("Cần Thơ", "Hà Nội", "TP Hồ Chí Minh").
    private static func isPlaceLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (1...5).contains(words.count), line.count <= 40 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return (first.isUppercase || word == "-") && !word.contains(where: { $0.isNumber || ",:;.!?".contains($0) })
                || word == "TP." || word == "-"
        }
    }

    private static func shortTitle(from line: String) -> String {
        guard line.count > 200 else { return line }
        let head = line.prefix(160)
        if let space = head.lastIndex(of: " ") {
            return String(head[..<space]) + "…"
        }
        return String(head) + "…"
    }

    // MARK: - Tail

    private static func readTail(_ body: inout [String], into article: inout Article) {
        var steps = 0
        while let last = body.last, steps < 5 {
            steps += 1
            if let url = URLText.standaloneURL(last) {
                if article.url == nil { article.url = url }
                if article.source == nil { article.source = URLText.host(of: url) }
                body.removeLast()
                continue
            }
            if Series.isNextPartNotice(last) {
                body.removeLast()
                continue
            }
            if article.published == nil, let date = DateParsing.dateLine(last) {
                article.published = date
                body.removeLast()
                continue
            }
            if let byline = Byline.parse(last) {
                if article.author == nil, let author = byline.author { article.author = author }
                if article.source == nil, let source = byline.source { article.source = source }
                body.removeLast()
                if byline.author == nil { continue }
                return
            }
            break
        }
        // Corpus files glue the byline to the last sentence: "… phim vậy. Anh Tú".
        guard article.author == nil, let last = body.last else { return }
        if let (kept, byline) = gluedByline(last) {
            article.author = byline.author
            if article.source == nil { article.source = byline.source }
            body[body.count - 1] = kept
        }
    }

    private static func gluedByline(_ paragraph: String) -> (String, Byline.Parsed)? {
        // A paragraph ending in a sentence mark ends in no name (the test on `candidate` below):
        // articles without a byline stop here, before their tail is cut into characters. The
        // last byte is not a space, so the candidate, if any, ends with the paragraph's last
        // character; ")" is left to the full test.
        if paragraph.utf8.last != 0x20, let end = paragraph.last, ".!?…:;,\"”".contains(end) { return nil }
        guard let (start, keptEnd) = bylineCut(paragraph) else { return nil }
        let candidate = String(paragraph[start...]).trimmedSpaces
        // A name does not end a sentence: most tails are the last sentence and stop here.
        guard let end = candidate.last, !".!?…:;,\"”)".contains(end) || end == ")" && candidate.contains("("),
              !candidate.isEmpty, candidate.utf8.count < paragraph.utf8.count,
              let parsed = Byline.parse(candidate), parsed.author != nil || parsed.source != nil else { return nil }
        let kept = String(paragraph[..<keptEnd]).trimmedSpaces
        guard !kept.isEmpty else { return nil }
        return (kept, parsed)
    }

    /// How many characters at the end of a paragraph may hold a glued byline.
    static let bylineTailLimit = 72

    /// Where a byline glued to the last sentence would start: the space after the last sentence
    /// end (". ", "! ", "? ", "… ", ".” ") among the paragraph's last `bylineTailLimit` characters,
    /// and where the text before it ends (the same place, counted in characters from the end).
    static func bylineCut(_ paragraph: String) -> (start: String.Index, keptEnd: String.Index)? {
        if let offset = bylineCutOffset(scalarsOf: paragraph) {
            return offset.map {
                let start = paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: $0)
                return (start, start)
            }
        }
        return bylineCut(charactersOf: paragraph)
    }

    /// `bylineCut` read from the characters themselves, for any text.
    static func bylineCut(charactersOf paragraph: String) -> (start: String.Index, keptEnd: String.Index)? {
        let tail = paragraph.suffix(bylineTailLimit)
        // One pass over the characters, reading their bytes: comparing Characters checks canonical
        // equivalence (costly for Vietnamese letters), and none of these marks has an equivalent
        // other than itself, so a one-scalar byte match is the same test.
        var cutOffset: Int?
        var offset = 0
        var previousIsMark = false
        var previousEndsSentence = false
        for character in tail {
            let utf8 = character.utf8
            let count = utf8.count
            var isMark = false, isEllipsis = false, isClosingQuote = false, isSpace = false
            if count == 1, let byte = utf8.first {
                isMark = byte == 0x2E || byte == 0x21 || byte == 0x3F
                isSpace = byte == 0x20
            } else if count == 3, utf8.first == 0xE2, utf8[utf8.index(after: utf8.startIndex)] == 0x80,
                      let last = utf8.last {
                isEllipsis = last == 0xA6  // …
                isClosingQuote = last == 0x9D  // ”
            }
            if previousEndsSentence, isSpace { cutOffset = offset }
            previousEndsSentence = isMark || isEllipsis || (isClosingQuote && previousIsMark)
            previousIsMark = isMark
            offset += count
        }
        guard let cutOffset else { return nil }
        let start = tail.utf8.index(tail.startIndex, offsetBy: cutOffset)
        let keptEnd = paragraph.index(paragraph.endIndex, offsetBy: -tail.distance(from: start, to: tail.endIndex))
        return (start, keptEnd)
    }

    /// `bylineCut` as a UTF-8 offset (nil inside when there is no cut), read from the scalars
    /// when every scalar of the tail, and the one before it, is a character of its own
    /// (`OwnCharacters`): then the paragraph's last characters are its last scalars and no
    /// grapheme breaking is needed. Nil when the tail holds any other scalar.
    static func bylineCutOffset(scalarsOf paragraph: String) -> Int?? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes -> Int?? in
            let n = bytes.count
            // Back from the end, one scalar at a time, to the start of the tail.
            var tailStart = n
            var scalars = 0
            while tailStart > 0 && scalars < bylineTailLimit {
                var lead = tailStart &- 1
                while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead &-= 1 }
                guard OwnCharacters.contains(UTF8Scalar.decode(bytes, at: lead).value) else { return nil }
                tailStart = lead
                scalars &+= 1
            }
            if tailStart > 0 {
                var lead = tailStart &- 1
                while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead &-= 1 }
                guard OwnCharacters.contains(UTF8Scalar.decode(bytes, at: lead).value) else { return nil }
            }
            var cut: Int?
            var i = tailStart
            var previousIsMark = false
            var previousEndsSentence = false
            while i < n {
                let (value, length) = UTF8Scalar.decode(bytes, at: i)
                let isMark = value == 0x2E || value == 0x21 || value == 0x3F
                if previousEndsSentence && value == 0x20 { cut = i }
                previousEndsSentence = isMark || value == 0x2026 || (value == 0x201D && previousIsMark)
                previousIsMark = isMark
                i &+= length
            }
            return .some(cut)
        }
    }

    // MARK: - Blocks

    private static func classify(_ lines: [String], layout: Layout) -> [Block] {
        var blocks: [Block] = []
        var seenCaptions: Set<String> = []
        var sawParagraph = false
        for (index, raw) in lines.enumerated() {
            let line = Captions.undoubled(raw)
            if let caption = Captions.split(line) {
                if caption.text.isEmpty {
                    // A bare "Ảnh: X" line credits the caption above it.
                    if let lastIndex = blocks.indices.last, blocks[lastIndex].kind == .caption, blocks[lastIndex].credit == nil {
                        blocks[lastIndex].credit = caption.credit
                    }
                    continue
                }
                let key = TextNormalizer.comparisonKey(caption.text)
                guard seenCaptions.insert(key).inserted else { continue }
                blocks.append(Block(kind: .caption, text: Sentences.unglue(caption.text), credit: caption.credit))
                continue
            }
            if let previous = blocks.last, previous.text == line { continue }
            let isLast = index == lines.count - 1
            if layout == .web, !isLast, isSubheading(line, next: lines[index + 1]) {
                blocks.append(Block(kind: .subheading, text: line))
                continue
            }
            let kind: Block.Kind = sawParagraph ? .paragraph : .lead
            sawParagraph = true
            blocks.append(Block(kind: kind, text: Sentences.unglue(line)))
        }
        return blocks
    }

    private static func isSubheading(_ line: String, next: String) -> Bool {
        guard line.utf8.count <= 600, line.count <= 150, next.utf8.count > line.utf8.count else { return false }
        let words = wordCount(line)
        guard (2...20).contains(words), let first = line.first, let last = line.last else { return false }
        guard first.isUppercase || first.isNumber || first == "\"" || first == "“" else { return false }
        if ".,;:…".contains(last) { return false }
        if last == "?" || last == "!" { return words <= 12 }
        return true
    }

    /// "(Thanhuytphcm.vn) - …", "HÀ NỘI (TTXVN) - …", "CẦN THƠ - …": metadata opening the first paragraph.
    private static func readLeadPrefix(_ blocks: inout [Block], into article: inout Article) {
        guard let index = blocks.firstIndex(where: { $0.kind == .lead || $0.kind == .paragraph }) else { return }
        let text = blocks[index].text
        let head = text.prefix(48)
        guard let dash = TextScan.firstRange(of: " - ", in: head) ?? TextScan.firstRange(of: " – ", in: head) else { return }
        let prefix = String(head[..<dash.lowerBound]).trimmedSpaces
        guard !prefix.isEmpty else { return }
        var dateline: String?
        var source: String?
        if prefix.hasPrefix("("), prefix.hasSuffix(")") {
            source = String(prefix.dropFirst().dropLast())
        } else if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") {
            let place = prefix[..<open].trimmedSpaces
            guard isAllCaps(place) else { return }
            dateline = Byline.normalizeCase(place)
            source = String(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)])
        } else if Byline.isOutlet(prefix) && !prefix.contains(where: { $0.isLetter && !$0.isASCII && $0 != "Đ" }) {
            source = prefix
        } else if isAllCaps(prefix), prefix.count >= 3 {
            dateline = Byline.normalizeCase(prefix)
        } else {
            return
        }
        if let source, !(Byline.isOutlet(source) || (source.count <= 30 && !source.contains(where: \.isNumber))) { return }
        if article.source == nil { article.source = source }
        if article.dateline == nil { article.dateline = dateline }
        let rest = String(text[dash.upperBound...]).trimmedSpaces
        if rest.isEmpty { blocks.remove(at: index) } else { blocks[index].text = rest }
    }

    private static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// "Ngọc Thiện/TTXVN" → "TTXVN".
    private static func outletOfCredit(_ credit: String) -> String? {
        guard let slash = credit.lastIndex(of: "/") else { return nil }
        let outlet = String(credit[credit.index(after: slash)...]).trimmedSpaces
        return Byline.isOutlet(outlet) ? outlet : nil
    }

    // MARK: - Dates

    /// The date opening one of the first paragraphs, when the rest of the text agrees that it is
    /// the day of the news: a full date must not lie in the text's past (an anniversary's year, a
    /// story's background), and a date without a year takes one only from the evidence
    /// `DateEvidence` weighs; otherwise there is no date and a warning says why.
    private static func inferPublished(_ article: inout Article, fullText: String) {
        // Captions are evidence too ("Ảnh: … ngày 6/2/2017"), but only paragraphs open with the date.
        let texts = article.blocks.map(\.text)
        let openings = article.blocks.indices.filter { article.blocks[$0].kind == .lead || article.blocks[$0].kind == .paragraph }
        var evidence: DateEvidence?
        for index in openings.prefix(3) {
            guard let partial = DateParsing.leadingDate(texts[index]) else { continue }
            // An event announced for that day: the day of the news is not written. A caption of
            // an archive photo glued to the paragraph dates the photo.
            if DateEvidence.announcesFuture(texts[index]) || DateEvidence.opensWithArchiveCaption(texts[index]) { continue }
            if evidence == nil { evidence = DateEvidence(title: article.title, paragraphs: texts) }
            guard let evidence else { return }
            if let year = partial.year {
                // A date of the past opening a paragraph, or the first day of news that runs on: look further.
                guard evidence.confirms(year: year, month: partial.month, day: partial.day, paragraph: index,
                                        isLead: index == openings.first, latestYear: currentYear),
                      !evidence.reportsLaterDay(year: year, month: partial.month, day: partial.day) else { continue }
                article.published = PublishedDate(year: year, month: partial.month, day: partial.day,
                                                   hour: partial.hour, minute: partial.minute)
                return
            }
            guard let year = evidence.year(month: partial.month, paragraph: index, latestYear: currentYear) else {
                article.warnings.append("the text dates itself \(partial.day)/\(partial.month) without a year")
                return
            }
            if evidence.reportsLaterDay(year: year, month: partial.month, day: partial.day) { continue }
            article.published = PublishedDate(year: year, month: partial.month, day: partial.day,
                                               hour: partial.hour, minute: partial.minute, yearInferred: true)
            return
        }
    }

    /// The year on the machine's clock (UTC): no article is dated after it.
    static var currentYear: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.component(.year, from: Date())
    }

    /// The year of a date written without one ("Ngày 25/12, …") opening `paragraph`, from what
    /// the rest of the text says (see `DateEvidence`); nil when the text does not tell it.
    static func inferYear(paragraph: String, article: String, month: Int,
                          latestYear: Int = currentYear) -> Int? {
        let others = article.split(separator: "\n").map(String.init).filter { $0 != paragraph }
        let evidence = DateEvidence(title: nil, paragraphs: [paragraph] + others)
        return evidence.year(month: month, paragraph: 0, latestYear: latestYear)
    }

    // MARK: - Related

    private static func relatedArticles(from group: [String], path: String, isPlace: (String) -> Bool) -> [RelatedArticle] {
        guard !group.isEmpty else { return [] }
        if !group.contains(where: { $0.count > 200 }) {
            // A list of headlines, one related article each.
            return group.filter { $0.count >= 12 }.map { RelatedArticle(title: $0) }
        }
        let embedded = parse(normalized: group.joined(separator: "\n\n"), path: path, nested: true, isPlace: isPlace)
        let title = embedded.title ?? group[0]
        return [RelatedArticle(title: title, text: embedded.bodyText)]
    }

    static func wordCount(_ line: String) -> Int {
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
