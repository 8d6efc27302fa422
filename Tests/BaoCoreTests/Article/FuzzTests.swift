@testable import BaoArticle
import BaoCore
import BaoTestSupport
import XCTest

/// Arbitrary bytes through the loader and parser: no crash, and no control character or
/// escape sequence in anything the parser returns.
final class FuzzTests: XCTestCase {
    private func assertClean(_ article: Article, _ note: String, file: StaticString = #filePath, line: UInt = #line) {
        let fields = [article.title, article.subtitle, article.series, article.section, article.dateline,
                      article.source, article.url, article.author].compactMap { $0 }
            + article.blocks.flatMap { [$0.text, $0.credit ?? ""] } + article.related.map(\.title) + article.warnings
        for field in fields {
            XCTAssertTrue(TextNormalizer.isTerminalSafe(field), "\(note): \(field.debugDescription)", file: file, line: line)
            XCTAssertFalse(field.contains("\n\n"), note, file: file, line: line)
        }
        _ = article.bodyText
    }

    private func run(_ bytes: [UInt8], _ note: String) {
        do {
            let article = try ArticleLoader.article(from: bytes, path: "fuzz")
            assertClean(article, note)
        } catch {
            XCTAssertFalse(error.reason.isEmpty, note)
        }
        // The parser on its own, with whatever text the bytes decode to.
        assertClean(ArticleParser.parse(text: String(decoding: bytes, as: UTF8.self), path: "fuzz"), note)
    }

    func testRandomBytes() {
        var rng = SplitMix(seed: 42)
        for round in 0..<300 {
            let count = Int.random(in: 0...600, using: &rng)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            run(bytes, "random \(round)")
        }
    }

    func testMutatedSeedText() throws {
        let seed = try String(contentsOfFile: SeedTests.seedPath("002"), encoding: .utf8)
        let original = Array(seed.utf8)
        var rng = SplitMix(seed: 7)
        let inserts: [[UInt8]] = [
            [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x1B, 0x5D, 0x30, 0x3B], [0x07], [0x00], [0x0D], [0xC3], [0xE1, 0xBB],
            [0xCC, 0x81], [0xE2, 0x80, 0x8B], [0x1B], [0x9B], [0xC2, 0x9B, 0x32, 0x4A], Array("Tin liên quan\n".utf8),
            Array("\n\n".utf8), Array("Ảnh:".utf8), Array("(Ảnh:".utf8), [0x7C], Array("ngày 31 tháng 2 năm 99999999999999999999".utf8),
        ]
        for round in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                let position = Int.random(in: 0...bytes.count, using: &rng)
                let insert = inserts[Int.random(in: 0..<inserts.count, using: &rng)]
                bytes.insert(contentsOf: insert, at: position)
            }
            // Truncated UTF-8: cut anywhere, possibly in the middle of a letter.
            let cut = Int.random(in: 0...bytes.count, using: &rng)
            run(Array(bytes[..<cut]), "mutated \(round)")
        }
    }

    func testHugeLinesAndDegenerateInputs() {
        let huge = String(repeating: "Đảng bộ thành phố ", count: 20_000)
        run(Array(huge.utf8), "huge line")
        run(Array(String(repeating: "\n", count: 100_000).utf8), "only newlines")
        run(Array(String(repeating: "(Ảnh: ", count: 5_000).utf8), "caption labels")
        run(Array(String(repeating: "1/", count: 20_000).utf8), "slashes")
        run(Array(String(repeating: "Tin liên quan\n", count: 2_000).utf8), "markers")
        run(Array(String(repeating: "\u{1B}[", count: 10_000).utf8), "escapes")
        run(Array(String(repeating: "e\u{0301}\u{0323}", count: 10_000).utf8), "combining")
        run([0xEF, 0xBB, 0xBF], "bom only")
        run([0xFF, 0xFE, 0x41], "odd utf16")
        run([0xFE, 0xFF, 0xD8, 0x00], "lone surrogate")
    }
}
