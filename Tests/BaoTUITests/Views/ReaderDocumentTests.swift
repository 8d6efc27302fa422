import BaoCore
import XCTest
@testable import BaoTUI

final class ReaderDocumentTests: XCTestCase {
    /// An article citing two documents tens of thousands of times puts every link where its text is.
    ///
    /// The paragraph is large enough (about 1 M characters, 40,000 mentions) that rescanning it
    /// from its start for each mention would take minutes; walking it once takes a moment.
    func testTensOfThousandsOfMentionsAreLinkedAtTheirPlaces() throws {
        let resolution = "Nghị quyết 12-NQ/TU"
        // "é" written as e + combining acute: two scalars, one character, so that scalar offsets
        // and character indexes drift apart along the paragraph.
        let decomposed = "Cà phê\u{301} sáng bàn việc "
        let directive = "Chỉ thị 05-CT/TW"
        let lead = "Tỉnh ủy họp bàn việc thực hiện các văn bản."
        var big = ""
        var resolutionMentions: [Mention] = []
        var directiveMentions: [Mention] = []
        var offset = lead.unicodeScalars.count + 2
        let pairs = 20_000
        for i in 0..<pairs {
            let filler = i % 3 == 0 ? decomposed : "theo "
            big += filler
            offset += filler.unicodeScalars.count
            resolutionMentions.append(Mention(text: resolution, offset: offset))
            big += resolution + ", "
            offset += resolution.unicodeScalars.count + 2
            directiveMentions.append(Mention(text: directive, offset: offset))
            big += directive + "; "
            offset += directive.unicodeScalars.count + 2
        }
        let tail = "Cuối năm tổng kết \(directive)."
        offset += 2
        let tailMention = Mention(text: directive, offset: offset + "Cuối năm tổng kết ".unicodeScalars.count)
        let blocks = [Block(kind: .lead, text: lead), Block(kind: .paragraph, text: big), Block(kind: .paragraph, text: tail)]
        let article = Article(path: "many.txt", title: "Nhiều trích dẫn", blocks: blocks)
        let entities = ArticleEntities(documents: [
            // The directive is listed first but cited second: numbers follow the order of first citation.
            DocumentCitation(id: "05-CT/TW", key: "05-CT/TW", type: "Chỉ thị", mentions: directiveMentions + [tailMention]),
            DocumentCitation(id: "12-NQ/TU", key: "12-NQ/TU@Hòa Bình", type: "Nghị quyết", mentions: resolutionMentions),
        ])

        let document = ReaderDocument(article: article, entities: entities)

        XCTAssertEqual(document.documents.map(\.id), ["12-NQ/TU", "05-CT/TW"])
        XCTAssertEqual(document.links.count, 2 * pairs + 1)
        let bigParagraph = try XCTUnwrap(document.links.first?.paragraph)
        var previousEnd = 0
        for (i, link) in document.links.enumerated() {
            let isTail = i == document.links.count - 1
            let expectedText = (isTail || i % 2 == 1) ? directive : resolution
            let number = expectedText == resolution ? 1 : 2
            XCTAssertEqual(link.number, number)
            XCTAssertEqual(link.paragraph, isTail ? bigParagraph + 1 : bigParagraph)
            let chars = try XCTUnwrap(document.paragraphs[safe: link.paragraph]).chars
            XCTAssertLessThanOrEqual(link.range.upperBound, chars.count)
            guard link.range.upperBound <= chars.count else { return }
            XCTAssertEqual(String(chars[link.range]), expectedText + "[\(number)]", "link \(i)")
            if !isTail {
                XCTAssertGreaterThanOrEqual(link.range.lowerBound, previousEnd, "links in order, link \(i)")
                previousEnd = link.range.upperBound
            }
        }
    }

    /// A mention whose offset is off falls back to the text's first occurrence, and is dropped
    /// when a link is already there.
    func testMentionWithAWrongOffsetFallsBackToItsText() {
        let text = "Tinh thần Chỉ thị 05-CT/TW được nhắc lại."
        let article = Article(path: "x.txt", title: "Một bài", blocks: [Block(kind: .paragraph, text: text)])
        let directive = "Chỉ thị 05-CT/TW"
        let entities = ArticleEntities(documents: [
            DocumentCitation(id: "05-CT/TW", key: "05-CT/TW", type: "Chỉ thị",
                             mentions: [Mention(text: directive, offset: 3), Mention(text: directive, offset: 10),
                                        Mention(text: directive, offset: 99)]),
        ])
        let document = ReaderDocument(article: article, entities: entities)
        XCTAssertEqual(document.links.count, 1)
        if let link = document.links.first, let para = document.paragraphs[safe: link.paragraph] {
            XCTAssertEqual(String(para.chars[link.range]), directive + "[1]")
            XCTAssertEqual(link.range.lowerBound, "Tinh thần ".count)
        }
    }

    /// The text of each link, its "[n]" marker included, and the character where it starts.
    private func linked(_ document: ReaderDocument) -> [String] {
        document.links.map { link in
            guard let chars = document.paragraphs[safe: link.paragraph]?.chars, link.range.upperBound <= chars.count else { return "?" }
            return "\(link.paragraph):\(link.range.lowerBound) \(String(chars[link.range]))"
        }
    }

    /// Blocks whose letters take two and three bytes, some written with combining marks (one
    /// character, two scalars), before and between the citations, so that bytes, scalars and
    /// characters all count differently.
    private let multiByteBlocks = [
        Block(kind: .lead, text: "Đắk Lắk: cà phê\u{301} và hồ\u{300} tiêu được mùa “lớn”."),
        Block(kind: .paragraph, text: "Ở Buôn Ma Thuột, người trồng cà phê\u{301} học Chỉ thị 05-CT/TW; Tỉnh ủy nhắc lại Chỉ thị 05-CT/TW — ‘thực chất’."),
        Block(kind: .paragraph, text: "Năm 2017, Nghị quyết 12-NQ/TU của Tỉnh ủy được tổng kết."),
    ]

    /// Each citation link is placed by the UTF-8 range the extractor gave its mention, on
    /// exactly the characters of its wording, past multi-byte letters and combining marks.
    func testDocumentLinksLandOnTheRangesOfTheirMentions() throws {
        let article = Article(path: "ranges.txt", title: "Cà phê Đắk Lắk", blocks: multiByteBlocks)
        var entities = EntityExtractor.extract(from: article)
        XCTAssertEqual(entities.documents.map(\.id), ["5-CT/TW", "12-NQ/TU"])
        XCTAssertEqual(entities.names.documents.map(\.count), [2, 1])
        let expected = [
            "2:\("Ở Buôn Ma Thuột, người trồng cà phê\u{301} học ".count) Chỉ thị 05-CT/TW[1]",
            "2:\("Ở Buôn Ma Thuột, người trồng cà phê\u{301} học Chỉ thị 05-CT/TW[1]; Tỉnh ủy nhắc lại ".count) Chỉ thị 05-CT/TW[1]",
            "3:\("Năm 2017, ".count) Nghị quyết 12-NQ/TU[2]",
        ]
        XCTAssertEqual(linked(ReaderDocument(article: article, entities: entities)), expected)

        // The ranges alone place them: with every offset wrong, the text search would find the
        // first "Chỉ thị 05-CT/TW" only.
        for d in entities.documents.indices {
            for m in entities.documents[d].mentions.indices { entities.documents[d].mentions[m].offset = 0 }
        }
        XCTAssertEqual(linked(ReaderDocument(article: article, entities: entities)), expected)
    }

    /// A mention whose range is wrong (inside a character, across the blank line between blocks,
    /// past the end, on other words) or missing is placed by its offset, as when the index kept
    /// no ranges; a document whose ranges do not pair with its mentions uses none of them.
    func testAMentionWhoseRangeIsWrongFallsBackToItsOffset() throws {
        let article = Article(path: "ranges.txt", title: "Cà phê Đắk Lắk", blocks: multiByteBlocks)
        let extracted = EntityExtractor.extract(from: article)
        let right = linked(ReaderDocument(article: article, entities: extracted))
        XCTAssertEqual(right.count, 3)
        let directive = try XCTUnwrap(extracted.names.documents.first?.first)
        let again = try XCTUnwrap(extracted.names.documents.first?.last)
        let resolution = try XCTUnwrap(extracted.names.documents.last?.first)
        let lead = multiByteBlocks[0].text.utf8.count
        let wrongs: [[[Range<Int>]]] = [
            [[(directive.lowerBound + 3)..<directive.upperBound, 0..<3], [resolution]],  // inside "ỉ", "ắ"
            [[(lead - 3)..<(lead - 1), 9000..<9016], [resolution]],  // inside "”", past the end
            // From the lead's last "." across the blank line to the end of "Ở": on characters, not of one block.
            [[(lead - 1)..<(lead + 5), again], [resolution]],
            [[resolution, resolution], [directive]],  // on the other document's words
            [[directive], [resolution]],  // one range for two mentions
            [[directive, directive]],  // ranges for one document of two
        ]
        for (index, documents) in wrongs.enumerated() {
            var entities = extracted
            entities.names.documents = documents
            XCTAssertEqual(linked(ReaderDocument(article: article, entities: entities)), right, "case \(index)")
        }
    }

    /// The marked runs of the body: each run of characters with a person's or place's role, as text.
    private func marks(_ document: ReaderDocument) -> [String] {
        var runs: [String] = []
        for paragraph in document.paragraphs {
            var run = ""
            var runRole: Role?
            for (character, role) in zip(paragraph.chars, paragraph.roles) {
                let marked = role == .person || role == .place ? role : nil
                if marked != runRole, let runRole { runs.append("\(runRole == .person ? "person" : "place"): \(run)") }
                if marked != runRole { run = "" }
                runRole = marked
                if marked != nil { run.append(character) }
            }
            if let runRole { runs.append("\(runRole == .person ? "person" : "place"): \(run)") }
        }
        return runs
    }

    /// People and places are marked where the extractors found them, not wherever their names
    /// occur: a street named after the person, the idea named after the city, the person whose
    /// name holds the province's stay plain, as does the alias "TP.HCM".
    func testNamesAreMarkedWhereTheExtractorsTookThemOnly() throws {
        let article = Article(path: "marks.txt", title: "Cần Thơ đón đoàn công tác", blocks: [
            Block(kind: .lead, text: "Bí thư Tỉnh ủy Nguyễn Văn Tâm đón đoàn của TP.HCM và của TP. Hồ Chí Minh tại Cần Thơ."),
            Block(kind: .paragraph, text: "Đoàn đi dọc đường Nguyễn Văn Tâm, học tập tư tưởng Hồ Chí Minh theo Chỉ thị 05-CT/TW."),
            Block(kind: .paragraph, text: "Phó Chủ tịch nước Trương Hòa Bình gặp cử tri tỉnh Hòa Bình, phường Thạnh Mỹ Lợi."),
            Block(kind: .caption, text: "Nguyễn Văn Tâm tại Cần Thơ."),
        ])
        let entities = EntityExtractor.extract(from: article)
        XCTAssertEqual(Set(entities.people.map(\.name)), ["Nguyễn Văn Tâm", "Trương Hòa Bình"])
        XCTAssertEqual(Set(entities.provinces.map(\.name)), ["Cần Thơ", "Hồ Chí Minh", "Hòa Bình"])

        let document = ReaderDocument(article: article, entities: entities)

        XCTAssertEqual(marks(document), [
            "person: Nguyễn Văn Tâm", "place: Hồ Chí Minh", "place: Cần Thơ",
            "person: Trương Hòa Bình", "place: Hòa Bình", "place: phường Thạnh Mỹ Lợi",
        ])
        // Searching by name, as the reader did before, would have marked each name wherever it occurs.
        let street = try XCTUnwrap(document.paragraphs.firstIndex { String($0.chars).hasPrefix("Đoàn đi dọc") })
        XCTAssertTrue(document.paragraphs[street].roles.allSatisfy { $0 == .normal || $0 == .link })
    }

    /// Ranges that do not fall on characters of one block (a store that does not match its
    /// article) mark nothing, and the rest still do.
    func testRangesOutsideTheTextMarkNothing() {
        let text = "Ông Phạm Văn Hiểu đến Cần Thơ."
        let article = Article(path: "x.txt", title: "Một bài", blocks: [Block(kind: .paragraph, text: text), Block(kind: .paragraph, text: "Hết.")])
        let name = text.utf8.count - "Cần Thơ.".utf8.count
        let entities = ArticleEntities(
            provinces: [ProvinceMention(name: "Cần Thơ", postMerger: "Cần Thơ", mentions: 1)],
            people: [Person(name: "Phạm Văn Hiểu")],
            names: NameRanges(
                // Inside "ạ" (two bytes), across the blank line between blocks, past the end.
                people: [[5..<9, (text.utf8.count - 2)..<(text.utf8.count + 4), 1000..<1010]],
                provinces: [[name..<(name + "Cần Thơ".utf8.count)]]))
        let document = ReaderDocument(article: article, entities: entities)
        XCTAssertEqual(marks(document), ["place: Cần Thơ"])
    }
}

