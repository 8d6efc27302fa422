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
}
