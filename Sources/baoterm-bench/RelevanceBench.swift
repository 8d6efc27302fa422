import BaoCore
import Foundation

/// Search relevance: queries typed without marks, each with the marked phrase it means
/// (`eval/search-queries.tsv`). An article is relevant when its title, subtitle, lead or body
/// holds the phrase, compared through `TextNormalizer.comparisonKey` (any case, any tone
/// placement) word by word on the parsed text, apart from the index and its search forms.
///
/// Prints, per kind and overall, the mean P@10 (relevant hits among the first ten, out of ten or
/// of the number of relevant articles when fewer) and the phrase recall (the share of relevant
/// articles the search returns with no limit; 1.0 means every one).
///
/// `baoterm-bench relevance CORPUS --queries TSV [--db PATH] [--verbose]`
enum RelevanceBench {
    struct Case {
        var query: String
        var phrase: String
        var kind: String
        var words: [String]
    }

    static func run(_ args: [String]) throws {
        guard let corpus = args.first, !corpus.hasPrefix("-"),
              let file = IndexBench.value(after: "--queries", in: args) else {
            throw BenchError("usage: baoterm-bench relevance CORPUS --queries TSV [--db PATH] [--verbose]")
        }
        let db = IndexBench.value(after: "--db", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-index.sqlite")
        let verbose = args.contains("--verbose")
        let cases = try load(file)
        let index = try CorpusIndex(path: db)
        _ = try index.refresh(roots: [corpus])
        let relevant = relevantPaths(cases, corpus: corpus)
        print("relevance: \(cases.count) queries from \(file), \(try index.articleCount()) articles")

        var byKind: [String: [(p10: Double, recall: Double)]] = [:]
        var misses: [String] = []
        for (number, item) in cases.enumerated() {
            let truth = relevant[number]
            let top = try index.search(item.query, limit: 10).map(\.article.path)
            // Every match, ranked as the browser lists them (no snippets to make).
            let all = Set(try index.articles(matching: ArticleFilter(query: item.query)).map(\.path))
            let good = top.filter(truth.contains).count
            let p10 = truth.isEmpty ? 1 : Double(good) / Double(min(10, truth.count))
            let found = truth.filter(all.contains).count
            let recall = truth.isEmpty ? 1 : Double(found) / Double(truth.count)
            byKind[item.kind, default: []].append((p10, recall))
            if recall < 1 { misses.append("\(item.query): \(truth.count - found) of \(truth.count) not returned") }
            if verbose || p10 < 1 {
                print(String(format: "  %-28@ %-28@ P@10 %.2f  recall %.3f  (%d relevant, %d returned)",
                             item.query, item.phrase, p10, recall, truth.count, all.count))
            }
        }
        func summary(_ scores: [(p10: Double, recall: Double)]) -> String {
            let p10 = scores.map(\.p10).reduce(0, +) / Double(max(1, scores.count))
            let complete = scores.filter { $0.recall >= 1 }.count
            let recall = scores.map(\.recall).min() ?? 1
            return String(format: "mean P@10 %.3f, phrase recall 1.0 in %d of %d queries (lowest %.3f)", p10, complete, scores.count, recall)
        }
        for kind in byKind.keys.sorted() {
            print("  \(kind): " + summary(byKind[kind] ?? []))
        }
        let main = byKind.filter { $0.key != "ambiguous" }.flatMap(\.value)
        print("relevance, \(main.count) queries (ambiguous ones apart): " + summary(main))
        for miss in misses { print("  recall: " + miss) }
    }

    static func load(_ file: String) throws -> [Case] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3 else { return nil }
            return Case(query: fields[0], phrase: fields[1], kind: fields[2], words: words(fields[1]))
        }
    }

    /// The words of a text compared without case or tone placement.
    static func words(_ text: String) -> [String] {
        SearchText.tokens(TextNormalizer.comparisonKey(text))
    }

    /// For each case, the absolute paths of the articles holding its phrase: every file parsed
    /// (on all cores), its indexed text compared word by word.
    static func relevantPaths(_ cases: [Case], corpus: String) -> [Set<String>] {
        var byFirst: [String: [Int]] = [:]
        for (number, item) in cases.enumerated() {
            if let first = item.words.first { byFirst[first, default: []].append(number) }
        }
        let files = ArticleLoader.files(in: [corpus]).files
        let found = PathSets(count: cases.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard let article = try? ArticleLoader.load(path: files[index]) else { return }
            let text = [article.title, article.subtitle, article.bodyText].compactMap { $0 }.joined(separator: "\n")
            let words = words(text)
            var holds = Set<Int>()
            for (position, word) in words.enumerated() {
                guard let candidates = byFirst[word] else { continue }
                for number in candidates where !holds.contains(number) {
                    let phrase = cases[number].words
                    if position + phrase.count <= words.count, Array(words[position..<(position + phrase.count)]) == phrase {
                        holds.insert(number)
                    }
                }
            }
            guard !holds.isEmpty else { return }
            let path = IndexLocation.absolutePath(files[index])
            found.insert(path, into: holds)
        }
        return found.sets
    }

    /// The relevant paths per case, filled in by the parsing threads.
    private final class PathSets: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var sets: [Set<String>]

        init(count: Int) { sets = Array(repeating: [], count: count) }

        func insert(_ path: String, into numbers: Set<Int>) {
            lock.lock()
            for number in numbers { sets[number].insert(path) }
            lock.unlock()
        }
    }
}
