import BaoCore
import BaoTestSupport
@testable import BaoTUI

/// A small corpus written for these tests (sentences of our own), with entities set by hand so
/// that the browser's behaviour is tested independently of the extractors.
enum Fixtures {
    static let resolution = "12-NQ/TU"
    static let directive = "05-CT/TW"

    static func citation(_ id: String, key: String, type: String, texts: [String], in body: String) -> DocumentCitation {
        var mentions: [Mention] = []
        for text in texts {
            var searchFrom = body.startIndex
            while let range = body.range(of: text, range: searchFrom..<body.endIndex) {
                mentions.append(Mention(text: text, offset: body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)))
                searchFrom = range.upperBound
            }
        }
        return DocumentCitation(id: id, key: key, type: type, mentions: mentions)
    }

    /// The UTF-8 ranges of every occurrence of `name` in `body`, as the extractors give them.
    static func ranges(of name: String, in body: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var searchFrom = body.startIndex
        while let range = body.range(of: name, range: searchFrom..<body.endIndex) {
            let start = body.utf8.distance(from: body.utf8.startIndex, to: range.lowerBound)
            ranges.append(start..<(start + name.utf8.count))
            searchFrom = range.upperBound
        }
        return ranges
    }

    static func article(path: String, title: String, date: PublishedDate?, blocks: [Block]) -> Article {
        Article(path: path, title: title, published: date, source: "baotinh.example.vn", url: "https://baotinh.example.vn/" + path,
                author: "Minh Anh", blocks: blocks)
    }

    static var corpus: MemoryCorpus {
        let aBlocks = [
            Block(kind: .lead, text: "Tỉnh Hòa Bình bàn cách đưa chuyển đổi số vào từng xã trong năm nay."),
            Block(kind: .paragraph, text: "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, các huyện lập tổ công nghệ cộng đồng. Ông Nguyễn Văn An, Bí thư Tỉnh ủy, nhấn mạnh chuyển đổi số phải bắt đầu từ người dân."),
            Block(kind: .subheading, text: "Kỷ cương trong công vụ"),
            Block(kind: .paragraph, text: "Tinh thần Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được nhắc lại. Nghị quyết 12-NQ/TU đặt mục tiêu rõ cho từng năm."),
            Block(kind: .caption, text: "Cán bộ xã hướng dẫn người dân dùng dịch vụ công trực tuyến.", credit: "Minh Anh"),
        ]
        let aBody = aBlocks.map(\.text).joined(separator: "\n\n")
        let aEntities = ArticleEntities(
            provinces: [ProvinceMention(name: "Hòa Bình", postMerger: "Phú Thọ", mentions: 1)],
            primaryProvince: "Hòa Bình",
            documents: [
                citation(resolution, key: resolution + "@Hòa Bình", type: "Nghị quyết", texts: ["Nghị quyết số 12-NQ/TU", "Nghị quyết 12-NQ/TU"], in: aBody),
                citation(directive, key: directive, type: "Chỉ thị", texts: ["Chỉ thị 05-CT/TW"], in: aBody),
            ],
            people: [Person(name: "Nguyễn Văn An", roles: ["Bí thư Tỉnh ủy"])],
            names: NameRanges(people: [ranges(of: "Nguyễn Văn An", in: aBody)], provinces: [ranges(of: "Hòa Bình", in: aBody)]))

        let bBlocks = [
            Block(kind: .lead, text: "Quảng Ninh sơ kết việc học tập và làm theo tư tưởng Hồ Chí Minh."),
            Block(kind: .paragraph, text: "Sau năm năm thực hiện Chỉ thị số 05-CT/TW, nhiều mô hình hay đã được nhân rộng ở các phường."),
        ]
        let bBody = bBlocks.map(\.text).joined(separator: "\n\n")
        let bEntities = ArticleEntities(
            provinces: [ProvinceMention(name: "Quảng Ninh", postMerger: "Quảng Ninh", mentions: 1)],
            primaryProvince: "Quảng Ninh",
            documents: [citation(directive, key: directive, type: "Chỉ thị", texts: ["Chỉ thị số 05-CT/TW"], in: bBody)],
            names: NameRanges(provinces: [ranges(of: "Quảng Ninh", in: bBody)]))

        // A long article, so that scrolling and link selection off the first screen are exercised.
        var cBlocks = [Block(kind: .lead, text: "Các xã vùng cao của Hòa Bình hoàn thành đường giao thông nông thôn.")]
        for i in 1...14 {
            cBlocks.append(Block(kind: .paragraph, text: "Đoạn \(i): người dân góp công, góp đất mở rộng đường liên thôn, giữ gìn cảnh quan sạch đẹp và an toàn cho học sinh đi học mỗi ngày."))
        }
        cBlocks.insert(Block(kind: .paragraph, text: "Theo Nghị quyết số 12-NQ/TU, mỗi xã chọn một tuyến đường kiểu mẫu."), at: 6)
        cBlocks.append(Block(kind: .paragraph, text: "Cuối năm, tỉnh tổng kết Chỉ thị 05-CT/TW cùng với Nghị quyết 12-NQ/TU."))
        let cBody = cBlocks.map(\.text).joined(separator: "\n\n")
        let cEntities = ArticleEntities(
            provinces: [ProvinceMention(name: "Hòa Bình", postMerger: "Phú Thọ", mentions: 1)],
            primaryProvince: "Hòa Bình",
            documents: [
                citation(resolution, key: resolution + "@Hòa Bình", type: "Nghị quyết", texts: ["Nghị quyết số 12-NQ/TU", "Nghị quyết 12-NQ/TU"], in: cBody),
                citation(directive, key: directive, type: "Chỉ thị", texts: ["Chỉ thị 05-CT/TW"], in: cBody),
            ],
            names: NameRanges(provinces: [ranges(of: "Hòa Bình", in: cBody)]))

        return MemoryCorpus(articles: [
            (article(path: "a.txt", title: "Hòa Bình đưa chuyển đổi số về từng xã", date: PublishedDate(year: 2024, month: 5, day: 2), blocks: aBlocks), aEntities),
            (article(path: "b.txt", title: "Quảng Ninh sơ kết Chỉ thị 05", date: PublishedDate(year: 2023, month: 3, day: 9), blocks: bBlocks), bEntities),
            (article(path: "c.txt", title: "Đường đẹp ở vùng cao Hòa Bình", date: PublishedDate(year: 2022, month: 11, day: 20), blocks: cBlocks), cEntities),
        ])
    }

    /// A runtime over the fixture corpus, started.
    static func runtime(width: Int = 120, height: Int = 40, store: CorpusStore = corpus, keymap: Keymap = .standard) -> BrowserRuntime {
        let runtime = BrowserRuntime(store: store, state: AppState(width: width, height: height, corpusName: "fixtures", keymap: keymap))
        runtime.send(.start)
        return runtime
    }
}

extension BrowserRuntime {
    func type(_ keys: String) { type(Key.sequence(keys)) }
    var listPaths: [String] { state.list.items.map(\.path) }
}
