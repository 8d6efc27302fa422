import BaoCore
@testable import BaoEntities
import BaoTestSupport
import XCTest

/// The article body scanned once for every entity pass: block ranges, the two word views over the
/// same bytes and the one word key they share.
final class ScannedBodyTests: XCTestCase {
    private func block(_ text: String, _ kind: Block.Kind = .paragraph) -> Block {
        Block(kind: kind, text: text)
    }

    private func text(_ body: ScannedBody, _ range: Range<Int>) -> String {
        String(decoding: body.bytes[range], as: UTF8.self)
    }

    func testBlocksAreTheRangesOfTheJoinedBody() {
        let blocks = [block("Cần Thơ phát triển.", .lead), block("Ông Phạm Văn Hiểu phát biểu."), block("")]
        let body = ScannedBody(blocks: blocks)
        XCTAssertEqual(body.text, Article(path: "a", blocks: blocks).bodyText)
        XCTAssertEqual(body.blocks.map { text(body, $0) }, ["Cần Thơ phát triển.", "Ông Phạm Văn Hiểu phát biểu.", ""])
    }

    func testDecomposedBlocksAreComposedAndTheirRangesFollow() {
        let blocks = [block("Khánh Hòa".decomposedStringWithCanonicalMapping), block("Thủy".decomposedStringWithCanonicalMapping)]
        let body = ScannedBody(blocks: blocks)
        XCTAssertEqual(body.bytes, Array("Khánh Hòa\n\nThủy".utf8))
        XCTAssertEqual(body.blocks.map { text(body, $0) }, ["Khánh Hòa", "Thủy"])
    }

    func testEachBlockHasItsOwnTokens() {
        let body = ScannedBody(blocks: [block("Bí thư Tỉnh ủy"), block("Nguyễn Văn An, 45 tuổi")])
        let first = WordTokenizer(body, block: 0)
        let second = WordTokenizer(body, block: 1)
        XCTAssertEqual(first.tokens.indices.map(first.text), ["Bí", "thư", "Tỉnh", "ủy"])
        XCTAssertEqual(second.tokens.indices.map(second.text), ["Nguyễn", "Văn", "An", ",", "45", "tuổi"])
        XCTAssertEqual(WordTokenizer(body, block: 2).tokens.count, 0)
    }

    func testTheWordsOfBothViewsShareTheirKeys() {
        let body = ScannedBody("Hội đồng nhân dân tỉnh Khánh Hoà họp tại TP.HCM")
        let words = body.words.map(\.key)
        let tokens = body.tokens.filter(\.isWord).map(\.key)
        XCTAssertEqual(words, tokens)
        XCTAssertEqual(body.words.count, 11)
        // A word that writes "y" carries where it does, on top of the same key.
        let uy = ScannedBody("Ủy")
        XCTAssertEqual(uy.tokens.map(\.key), [WordKey.spelled(uy.words[0].key, yLetters: 1 << 1)])
    }

    func testWordsReadFromTheTokensAreTheWordsOfAScan() {
        let texts = [
            "Quận 1, TP.HCM - Bà Rịa–Vũng Tàu", "H’Yim Kđoh và Điểu K'Ré", "F5 2017a A1 ab' cd",
            "Hòa\u{00A0}Bình\u{200B}Thủy \u{200C}Lai\u{2003}Vang", "α Βeta Ωmega Nam", "Cần Thơ 😀 Huế\r\nĐà Nẵng",
        ]
        for text in texts {
            XCTAssertEqual(ScannedBody(text).words, WordScanner.scan(text), text)
        }
        // Random texts over letters, digits, spaces of every kind, dashes, stops, apostrophes,
        // marks and foreign letters.
        // Half the texts hold no mark nor foreign letter, so their words are read from the tokens.
        let vietnamese = Array("aAyYđĐôƠưéỳỷẠ1 9 \u{00A0}\u{200B}\u{200D}\u{2003}-–.,'’\n")
        let any = vietnamese + Array("\u{0301}\u{0323}βЖ😀")
        var random = SplitMix(seed: 13)
        for round in 0..<2000 {
            let alphabet = round % 2 == 0 ? vietnamese : any
            let length = Int.random(in: 0...24, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let body = ScannedBody(text)
            XCTAssertEqual(body.words, WordScanner.scan(text), text.debugDescription)
            XCTAssertEqual(body.bytes, WordScanner.scanComposed(text).bytes, text.debugDescription)
        }
    }

    /// Tokens are written into room for a quarter of a token per byte, and a text that needs more
    /// (punctuation, digits between commas) is tokenized again with room for one per byte: either
    /// way a text's tokens are those of its space-separated pieces, one after the other.
    func testTokensOfDenseAndSparseTextsAreTheTokensOfTheirPieces() {
        func fields(_ token: WordTokenizer.Token, shift: Int32 = 0) -> [UInt64] {
            [token.key, token.plainKey, UInt64(token.start + shift), UInt64(token.end + shift),
             UInt64(token.kind.rawValue), UInt64(token.length), UInt64(token.shape.rawValue)]
        }
        let dense = String(repeating: ",", count: 300)
        XCTAssertEqual(WordTokenizer.tokenize(Array(dense.utf8)).count, 300)
        let alphabets = [Array(",.1(“–"), Array("aệĐ1,Nguyễn")]
        var random = SplitMix(seed: 0x746F6B)
        var overflowed = 0
        for round in 0..<3000 {
            let alphabet = alphabets[round % 2]
            let pieces = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                String((0..<Int.random(in: 1...4, using: &random)).map { _ in
                    alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
                })
            }
            let bytes = Array(pieces.joined(separator: " ").utf8)
            var expected: [[UInt64]] = []
            var offset: Int32 = 0
            for piece in pieces {
                expected += WordTokenizer.tokenize(Array(piece.utf8)).map { fields($0, shift: offset) }
                offset += Int32(piece.utf8.count) + 1
            }
            let tokens = WordTokenizer.tokenize(bytes)
            if tokens.count > bytes.count / 4 + 16 { overflowed += 1 }
            XCTAssertEqual(tokens.map { fields($0) }, expected, String(decoding: bytes, as: UTF8.self))
        }
        XCTAssertGreaterThan(overflowed, 500)
    }

    /// The tokenizer's class table covers the general punctuation news writes (dashes, curly
    /// quotes, the ellipsis) with the classes it would compute for them.
    func testTheClassTableIsTheComputedClassesThroughGeneralPunctuation() {
        XCTAssertGreaterThanOrEqual(CharacterClass.table.count, 0x2070)
        for (value, cls) in CharacterClass.table.enumerated() {
            XCTAssertEqual(cls.rawValue, CharacterClass.compute(UInt32(value)).rawValue, String(value, radix: 16))
        }
        let body = ScannedBody("“Hà Nội” – Huế…")
        XCTAssertEqual(body.tokens.map(\.kind), [.punctuation, .capitalised, .capitalised, .punctuation, .punctuation, .capitalised, .punctuation])
    }

    func testTheKeyFoldsCaseAndTonePlacementOnly() {
        func key(_ word: String) -> UInt64? { WordTokenizer.phraseKey(of: word) }
        XCTAssertEqual(key("Thuỷ"), key("thủy"))
        XCTAssertEqual(key("HOÀ"), key("hòa"))
        XCTAssertNotEqual(key("Hòa"), key("Hóa"))
        XCTAssertEqual(key("Hồ Chí Minh"), key("hồ chí minh"))
        XCTAssertNil(key("Timor-Leste"))
        XCTAssertNil(key("Quận 1"))
    }

    func testPeopleTellYFromIWhichPlacesReadAsOne() {
        // "ngày" (day) is not "ngài" (sir), "May" not the family name "Mai"; "Phú Quý" and
        // "Phú Quí" are one place.
        func key(_ word: String) -> UInt64? { WordTokenizer.phraseKey(of: word) }
        XCTAssertNotEqual(key("ngày"), key("ngài"))
        XCTAssertNotEqual(key("May"), key("Mai"))
        XCTAssertEqual(key("Mai"), WordKey.key(of: "Mai"))
        XCTAssertEqual(WordKey.key(of: "Quý"), WordKey.key(of: "Quí"))
        XCTAssertEqual(PeopleExtractor.extract(fromText: "Người dân mua vàng ngày Thần Tài."), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "Công ty dệt Pacific và May Tinh Lợi đầu tư."), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "ngài Nguyễn Văn An phát biểu.").map(\.name), ["Nguyễn Văn An"])
    }

    func testEntitiesOfAnArticleReadTheOneScan() {
        let article = Article(
            path: "a", title: "Cần Thơ: hội nghị",
            blocks: [block("Ông Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy Cần Thơ, phát biểu."),
                     block("Huyện ủy Thới Lai triển khai Nghị quyết 59-NQ/TW.")])
        let entities = EntityExtractor.extract(from: article)
        XCTAssertEqual(entities.primaryProvince, "Cần Thơ")
        XCTAssertEqual(entities.people.map(\.name), ["Phạm Văn Hiểu"])
        XCTAssertEqual(entities.documents.map(\.id), ["59-NQ/TW"])
        XCTAssertEqual(entities.people, PeopleExtractor.extract(from: article))
        XCTAssertEqual(entities.provinces, ProvinceExtractor.extract(from: article).provinces)
    }
}
