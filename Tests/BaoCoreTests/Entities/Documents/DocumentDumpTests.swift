import XCTest
@testable import BaoCore

final class DocumentDumpTests: XCTestCase {
    func testDump() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../seeds").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        let primaries = ["Cần Thơ", "Cần Thơ", "Bạc Liêu", "Lào Cai", "Hồ Chí Minh"]
        for (i, name) in names.enumerated() {
            let article = try ArticleLoader.load(path: seeds.appendingPathComponent(name).path)
            let p = ProvinceResult(provinces: [ProvinceMention(name: primaries[i], postMerger: "", mentions: 1)], primary: primaries[i])
            print("=== \(name) published \(article.published?.iso ?? "nil")")
            for d in DocumentExtractor.extract(from: article, provinces: p) {
                print(d.key, "|", d.id, "|", d.type, "|", d.issuer ?? "-", "| term", d.term ?? "-", "| scope", d.scope ?? "-", "| date", d.date ?? "-", "| unknown", d.unknown, "| title", d.title ?? "-")
                for m in d.mentions { print("    ", m.offset, m.text) }
            }
        }
    }
}
