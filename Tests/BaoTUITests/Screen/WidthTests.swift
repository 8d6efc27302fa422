import BaoCore
import BaoTestSupport
import XCTest
@testable import BaoTUI

final class WidthTests: XCTestCase {
    func testGraphemeWidths() {
        XCTAssertEqual(DisplayWidth.of("Đảng"), 4)
        XCTAssertEqual(DisplayWidth.of("Nghi\u{0323}\u{0302} quyê\u{0301}t"), 10) // NFD marks add nothing
        XCTAssertEqual(DisplayWidth.of("中国"), 4)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
    }

    func testFitCutsByColumnsNotCharacters() {
        XCTAssertEqual(DisplayWidth.fit("中国人民", to: 5), "中国…")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.fit("中国人民", to: 4, ellipsis: false)), 4)
        XCTAssertEqual(DisplayWidth.fit("Cần Thơ", to: 9), "Cần Thơ  ")
    }

    func testScreenNeverWritesControlCharacters() {
        var screen = Screen(width: 10, height: 1)
        screen.put("a\u{1B}[31mb\u{9B}", x: 0, y: 0)
        XCTAssertFalse(screen.text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
        XCTAssertEqual(screen.line(0), "a\u{FFFD}[31mb\u{FFFD}")
    }

    /// Article text that still holds control characters is drawn with placeholders, never raw.
    func testArticleTextWithControlCharactersIsDrawnDefensively() {
        let nasty = "Tiêu đề \u{1B}]0;x\u{07} và \u{9B}31m màu"
        let corpus = MemoryCorpus(articles: [(Article(path: "x.txt", title: nasty, blocks: [Block(kind: .paragraph, text: nasty)]),
                                              ArticleEntities())])
        for (w, h) in [(120, 10), (40, 12)] {
            let rt = Fixtures.runtime(width: w, height: h, store: corpus)
            rt.type("<Enter>")
            let text = rt.render().text
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, text)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value >= 0x7F && $0.value < 0xA0 }, text)
            XCTAssertTrue(text.contains("Tiêu đề \u{FFFD}]0;x\u{FFFD} và \u{FFFD}31m màu"), text)
        }
    }

    func testWideGraphemeAtTheEdgeBecomesASpaceAndOverwritesRepairHalves() {
        var screen = Screen(width: 3, height: 1)
        screen.put("a中文", x: 0, y: 0)
        XCTAssertEqual(screen.line(0), "a中")
        screen.put("x", x: 2, y: 0)
        XCTAssertEqual(screen.line(0), "a x")
        var edge = Screen(width: 2, height: 1)
        edge.put("a中", x: 0, y: 0)
        XCTAssertEqual(edge.cell(x: 1, y: 0)?.text, " ")
    }

    /// NFD Vietnamese, combining marks, a CJK line and an emoji: the list's columns stay aligned.
    func testMixedScriptsKeepColumnsAligned() throws {
        let titles = [
            "Nghi\u{0323} quye\u{0302}\u{0301}t ve\u{0302}\u{0300} chuyê\u{0309}n đô\u{0309}i sô\u{0301}", // NFD
            "Hội nghị Trung ương lần thứ tư",                                                               // NFC
            "中越两党理论研讨会在河内举行",                                                                         // CJK
            "Ngày hội đại đoàn kết 🎉 ở khu phố",                                                              // emoji
            "A\u{0301}nh sáng thôn ba\u{0309}n",                                                            // combining
        ]
        let corpus = MemoryCorpus(articles: titles.enumerated().map { i, title in
            (Article(path: "w\(i).txt", title: title, published: PublishedDate(year: 2024, month: 1, day: 10 - i),
                     blocks: titles.map { Block(kind: .paragraph, text: $0) }),
             ArticleEntities(primaryProvince: i % 2 == 0 ? "Hà Nội" : "Thừa Thiên Huế"))
        })
        for (width, height) in [(120, 16), (60, 16), (40, 12)] {
            let rt = Fixtures.runtime(width: width, height: height, store: corpus)
            rt.type("<Enter>")
            let screen = rt.render()
            assertGolden(screen, "widths-\(width)x\(height)")
            // The separator after the list sits in the same column on every row.
            if width >= 60 {
                let listWidth = try XCTUnwrap(rt.state.layout.list?.width)
                for y in 0..<(height - 1) {
                    XCTAssertEqual(screen.cell(x: listWidth, y: y)?.text, "│", "row \(y): \(screen.line(y))")
                }
                XCTAssertTrue(screen.text.contains("Nghị quyết về chuyển đổi số"), screen.text)
            }
            // Drawn text is NFC: no combining mark survives where a precomposed letter exists.
            XCTAssertFalse(screen.text.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) }, screen.text)
        }
    }
}
