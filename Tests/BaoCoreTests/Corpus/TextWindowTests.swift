import BaoCore
@testable import BaoCorpus
@testable import BaoStore
import XCTest

final class TextWindowTests: XCTestCase {
    /// The scalar scan behind snippets must cut words exactly where the `Character` split does.
    func testWordsAreTheCharacterSplit() {
        let texts = [
            "Hội nghị quán triệt Nghị quyết 07-NQ/TU “về” 7.500 hộ… – ₫ 5%",
            "  dòng một\r\ndòng hai\n\n\tđoạn\u{00A0}ba\u{2003}bốn\u{0085}năm  ",
            "ca\u{0301}c ho\u{0323}c sinh \u{0301}dấu rời",  // combining marks: the Character path
            "tiếng 한국어 và emoji 👨‍👩‍👧 cùng\u{200D}nhau",
            "", "   ", "một",
        ]
        for text in texts {
            XCTAssertEqual(TextWindow.splitWords(text), text.split(whereSeparator: { $0.isWhitespace }), text)
            let folded = SearchText.folded(text)
            XCTAssertEqual(TextWindow.splitWords(folded), folded.split(whereSeparator: { $0.isWhitespace }), folded)
        }
    }

    func testSentenceAroundAnOffset() {
        let body = "Mở đầu. Hội nghị quán triệt Nghị quyết 07-NQ/TU của Tỉnh ủy về 7.500 hộ. Câu sau."
        let offset = Array(body.unicodeScalars).firstIndex(of: "0") ?? 0
        XCTAssertEqual(TextWindow.sentence(in: body, scalarOffset: offset, length: 8),
                       "Hội nghị quán triệt Nghị quyết 07-NQ/TU của Tỉnh ủy về 7.500 hộ.")
    }

    func testSentenceNeverTrapsOnBadOffsets() {
        XCTAssertEqual(TextWindow.sentence(in: "", scalarOffset: 5), "")
        XCTAssertEqual(TextWindow.sentence(in: "Một câu.", scalarOffset: 99), "Một câu.")
        XCTAssertEqual(TextWindow.sentence(in: "Một câu.", scalarOffset: -3), "Một câu.")
    }

    func testCleanDropsControlCharacters() {
        XCTAssertEqual(TextWindow.clean("a\u{1B}[31mb\u{200B}\n\n  c\u{7}"), "a[31mb c")
    }

    func testSnippetCentresOnTheMatch() throws {
        let words = (1...60).map { "từ\($0)" }
        let text = words.joined(separator: " ") + " Khánh Hoà vui " + words.joined(separator: " ")
        let snippet = TextWindow.snippet(in: text, query: try SearchQuery.parse("hòa"), words: 10)
        XCTAssertTrue(snippet.contains("Khánh Hoà"), snippet)
        XCTAssertTrue(snippet.hasPrefix("…"), snippet)
        let folded = TextWindow.snippet(in: text, query: try SearchQuery.parse("khanh"), words: 10)
        XCTAssertTrue(folded.contains("Khánh"), folded)
        let none = TextWindow.snippet(in: text, query: try SearchQuery.parse("vắng"), words: 5)
        XCTAssertEqual(none, "từ1 từ2 từ3 từ4 từ5…")
    }
}

/// A paragraph with no full stop and tens of thousands of citations: every sentence is the window
/// around its own citation. The scans once ran to the paragraph's ends for each citation.
final class TextWindowLongParagraphTests: XCTestCase {
    func testEveryCitationOfAnEndlessParagraphGetsItsOwnWindow() {
        let unit = "theo Nghị quyết số 59-NQ/TW, "
        let count = 40_000
        let scalars = Array(String(repeating: unit, count: count).unicodeScalars)
        let unitLength = unit.unicodeScalars.count
        let symbolOffset = Array(unit.unicodeScalars).firstIndex(of: "5") ?? 0
        for index in stride(from: 0, to: count, by: 1) {
            let offset = index * unitLength + symbolOffset
            let sentence = TextWindow.sentence(in: scalars, scalarOffset: offset, length: 8, limit: 320)
            XCTAssertTrue(sentence.contains("59-NQ/TW"), sentence)
            XCTAssertLessThanOrEqual(sentence.count, 322)
            if index > 100 && index < count - 100 {
                XCTAssertTrue(sentence.hasPrefix("…") && sentence.hasSuffix("…"), sentence)
            }
        }
    }
}

final class TextWindowCleanTests: XCTestCase {
    /// The ASCII fast path of `clean` agrees with the Unicode properties it stands for: white
    /// space folds to one space, controls and DEL vanish, everything else stays.
    func testCleanTreatsEveryASCIIScalarByItsProperties() {
        for value in UInt32(0)..<0x80 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: String
            if scalar.properties.isWhitespace {
                expected = "a b"
            } else if scalar.properties.generalCategory == .control {
                expected = "ab"
            } else {
                expected = "a" + String(scalar) + "b"
            }
            XCTAssertEqual(TextWindow.clean("a" + String(scalar) + "b"), expected, "U+\(String(value, radix: 16))")
        }
    }
}

/// Search snippets read only the opening of a body up to the window when they can: the window,
/// its "…" marks and the match it is centred on are those of a split of every word.
final class TextWindowLazySnippetTests: XCTestCase {
    /// Words and separators of search bodies: syllables in both tone placements and cases,
    /// partial matches, digits, punctuation, every kind of white space, a CR LF.
    static let pool = [
        "tham", "nhũng", "những", "Tham", "NHŨNG", "thăm", "nhung", "tham nhũng", "Khánh", "Hoà", "Hòa", "hóa",
        "kinh", "tế", "Kinh tế", "quyết", "nghị", "Nghị quyết", "07-NQ/TU", "2017", "x", "đảng", "Đảng",
        " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2003}", ",", ".", "“", "”", "–", "…",
    ]
    static let queries = ["tham nhung", "tham nhũng", "\"tham nhũng\"", "hòa", "hoa", "khanh hoa", "kinh tế", "nghi*",
                          "nghị quyết", "07-NQ/TU", "dang", "Đảng -x", "x", "2017", "vắng"]

    func testLazySnippetsAreTheSnippetsOfEveryWord() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...90, using: &generator) {
                text += Self.pool.randomElement(using: &generator) ?? " "
            }
            let source = Self.queries[round % Self.queries.count]
            let query = try SearchQuery.parse(source)
            let highlight = SearchHighlight(query)
            for words in [24, 5, 1] {
                XCTAssertEqual(TextWindow.snippet(in: text, query: query, highlight: highlight, words: words, lazily: true),
                               TextWindow.snippet(in: text, query: query, highlight: highlight, words: words, lazily: false),
                               "\(source) in \(text.debugDescription)")
            }
            if let highlight {
                XCTAssertEqual(highlight.firstMatch(inSimple: text), highlight.matches(in: text, firstOnly: true).first?.start,
                               "\(source) in \(text.debugDescription)")
            }
        }
    }

    func testLazySnippetOfALongBody() throws {
        let filler = (1...500).map { "từ\($0)" }.joined(separator: " ")
        let text = filler + " chống tham nhũng hiệu quả " + filler
        let query = try SearchQuery.parse("tham nhung")
        let snippet = TextWindow.snippet(in: text, query: query, highlight: SearchHighlight(query), words: 6)
        XCTAssertEqual(snippet, "…từ500 chống tham nhũng hiệu quả…")
    }
}
