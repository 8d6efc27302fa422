import BaoCore
import BaoTUI
import Foundation

/// The reader's layout of every article of an index that cites documents (`ReaderDocument`: the
/// blocks as characters, the citation links, the marks on names, the search forms), as the
/// browser makes it when an article opens: once with the citation links placed by the stored
/// UTF-8 ranges of their mentions, once with those ranges dropped, which places every link by
/// its offset in Unicode scalars (the way taken by entities without ranges). The two alternate
/// in each run; CPU is this thread's.
enum ReaderLayoutBench {
    static func run(index: CorpusIndex, runs: Int) throws {
        var articles: [(Article, ArticleEntities)] = []
        for summary in try index.articles(matching: ArticleFilter()) {
            guard let (article, entities) = try index.article(id: summary.id), !entities.documents.isEmpty else { continue }
            articles.append((article, entities))
        }
        let withoutRanges = articles.map { article, entities in
            var entities = entities
            entities.names.documents = []
            return (article, entities)
        }
        let mentions = articles.reduce(0) { $0 + $1.1.documents.reduce(0) { $0 + $1.mentions.count } }
        var times: [String: [Double]] = [:]
        var cpu: [String: [Double]] = [:]
        var links = [0, 0]
        let ways = [("by the stored ranges", articles), ("by offsets alone", withoutRanges)]
        for _ in 0..<runs {
            for (way, (label, set)) in ways.enumerated() {
                let start = Date()
                let startCPU = threadCPUSeconds()
                var count = 0
                for (article, entities) in set { count &+= ReaderDocument(article: article, entities: entities).links.count }
                times[label, default: []].append(Date().timeIntervalSince(start) * 1000)
                cpu[label, default: []].append((threadCPUSeconds() - startCPU) * 1000)
                links[way] = count
            }
        }
        // The ranges and the offsets agree on an index the extractors made: any layout that
        // differs is a mention placed elsewhere.
        let differing = zip(articles, withoutRanges).filter { ranged, offsets in
            ReaderDocument(article: ranged.0, entities: ranged.1) != ReaderDocument(article: offsets.0, entities: offsets.1)
        }.count
        print("reader layout of the \(articles.count) articles citing documents (\(mentions) mentions; "
              + "\(differing) laid out otherwise by the two ways):")
        for (way, (label, _)) in ways.enumerated() {
            print("  links " + label.padding(toLength: 21, withPad: " ", startingAt: 0)
                  + String(format: " median %7.1f ms (CPU %7.1f ms), %d links", IndexBench.median(times[label] ?? []),
                           IndexBench.median(cpu[label] ?? []), links[way]))
        }
    }
}
