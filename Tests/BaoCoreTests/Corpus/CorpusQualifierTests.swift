import BaoCore
@testable import BaoCorpus
import XCTest

/// The corpus step: a term or year an article does not give is decided by what other articles
/// write about the same symbol, recomputed as articles come and go.
final class CorpusQualifierTests: XCTestCase {
    // MARK: - The decision

    private func row(_ id: Int64, article: Int64, _ published: String?, _ key: String, _ kind: CorpusQualifier.Kind = .term,
                     value: String?, evidence: String? = nil, family: String = "88-KL/TW") -> CorpusQualifier.Row {
        CorpusQualifier.Row(id: id, article: article, published: published, key: key,
                            reading: CorpusQualifier.Reading(family: family, kind: kind, value: value, evidence: evidence))
    }

    func testUnknownTermJoinsTheOneTermOtherArticlesWrite() {
        let decided = CorpusQualifier.decide([
            row(1, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "date"),
            row(2, article: 2, "2017-04-01", "88-KL/TW@XII", value: "XII", evidence: "written"),
            row(3, article: 3, nil, "88-KL/TW@?", value: nil),
        ])
        XCTAssertEqual(decided, [3: "88-KL/TW@XII"])
    }

    func testTwoWrittenTermsDecideOnlyWhereOneOfThemHadNotBegun() {
        let rows = [
            row(1, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "date"),
            row(2, article: 2, "2014-04-01", "88-KL/TW@XI", value: "XI", evidence: "written"),
            row(3, article: 3, nil, "88-KL/TW@?", value: nil),
            row(4, article: 4, "2017-06-01", "88-KL/TW@?", value: nil),
            // Written in 2015: term XII had not begun, XI is the only candidate.
            row(5, article: 5, "2015-06-01", "88-KL/TW@?", value: nil),
        ]
        XCTAssertEqual(CorpusQualifier.decide(rows), [5: "88-KL/TW@XI"])
    }

    func testGuessesAndOtherEvidenceDoNotSpeakForTheCorpus() {
        let decided = CorpusQualifier.decide([
            row(1, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "articleDate"),
            row(2, article: 2, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "sameSentence"),
            row(3, article: 3, nil, "88-KL/TW@?", value: nil),
        ])
        XCTAssertEqual(decided, [:])
    }

    func testTheCitingArticleIsNotTheCorpus() {
        // Article 1 writes term XII once and cites the symbol again where its date guessed the
        // term: that guess has no other article behind it.
        XCTAssertEqual(CorpusQualifier.decide([
            row(1, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "written"),
            row(2, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "articleDate"),
        ]), [:])
        // Several open citations of one article all join the key another article writes.
        XCTAssertEqual(CorpusQualifier.decide([
            row(1, article: 1, nil, "88-KL/TW@XII", value: "XII", evidence: "written"),
            row(2, article: 2, nil, "88-KL/TW@?", value: nil),
            row(3, article: 2, nil, "88-KL/TW@?", value: nil),
        ]), [2: "88-KL/TW@XII", 3: "88-KL/TW@XII"])
    }

    func testAnArticleCitingTheSymbolUnderAnotherKeyKeepsItsReading() {
        let decided = CorpusQualifier.decide([
            row(1, article: 1, "2017-03-06", "88-KL/TW@XII", value: "XII", evidence: "date"),
            row(2, article: 2, "2017-05-01", "88-KL/TW@XI", value: "XI", evidence: "written"),
            row(3, article: 2, "2017-05-01", "88-KL/TW@?", value: nil),
        ])
        XCTAssertEqual(decided, [:])
    }

    func testTheCorpusOverridesAnArticleDateGuess() {
        let decided = CorpusQualifier.decide([
            row(1, article: 1, "2014-03-06", "88-KL/TW@XI", value: "XI", evidence: "written"),
            row(2, article: 2, "2017-05-01", "88-KL/TW@XII", value: "XII", evidence: "articleDate"),
            row(3, article: 3, "2017-05-01", "88-KL/TW@XI", value: "XI", evidence: "articleDate"),
        ])
        // The 2017 guess XII gives way to XI; the guess XI is confirmed, now by the corpus.
        XCTAssertEqual(decided, [2: "88-KL/TW@XI", 3: "88-KL/TW@XI"])
    }

    func testASubjectOrADateOfAnotherDocumentIsNoCandidate() {
        func written(_ id: Int64, _ title: String?, date: String? = nil) -> CorpusQualifier.Row {
            var row = row(id, article: id, nil, "6-NQ/TW@XII", value: "XII", evidence: "written", family: "6-NQ/TW")
            row.title = title
            row.date = date
            return row
        }
        func open(_ id: Int64, _ published: String?, _ title: String?) -> CorpusQualifier.Row {
            var row = row(id, article: id, published, "6-NQ/TW@?", value: nil, family: "6-NQ/TW")
            row.title = title
            return row
        }
        let rows = [
            written(1, "thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế", date: "2016-11-05"),
            written(2, nil, date: "2016-11-05"),
            // Another subject: the symbol is another document's.
            open(3, nil, "xây dựng lực lượng dân quân tự vệ vững mạnh"),
            // The same subject, worded otherwise.
            open(4, nil, "hội nhập kinh tế quốc tế có hiệu quả"),
            // No subject written.
            open(5, "2017-02-01", nil),
            // Written before the document's date.
            open(6, "2016-06-01", nil),
        ]
        XCTAssertEqual(CorpusQualifier.decide(rows), [4: "6-NQ/TW@XII", 5: "6-NQ/TW@XII"])
    }

    func testYearOfAYearlessStateSymbol() {
        let rows = [
            row(1, article: 1, "2016-06-01", "35/NQ-CP@2016", .year, value: "2016", evidence: "written", family: "35/NQ-CP"),
            row(2, article: 2, "2018-06-01", "35/NQ-CP@2018", .year, value: "2018", evidence: "written", family: "35/NQ-CP"),
            row(3, article: 3, "2017-02-01", "35/NQ-CP@?", .year, value: nil, family: "35/NQ-CP"),
            row(4, article: 4, nil, "35/NQ-CP@?", .year, value: nil, family: "35/NQ-CP"),
            // Another symbol's years are not candidates.
            row(5, article: 5, "2016-06-01", "36/NQ-CP@2016", .year, value: "2016", evidence: "written", family: "36/NQ-CP"),
        ]
        // The 2017 article can only cite the resolution of 2016; the undated one has two candidates.
        XCTAssertEqual(CorpusQualifier.decide(rows), [3: "35/NQ-CP@2016"])
    }

    func testReadingsOfCitedDocuments() {
        let unknown = DocumentCitation(id: "5-CT/TW", key: "5-CT/TW@?", type: "Chỉ thị", unknown: ["term"])
        XCTAssertEqual(CorpusQualifier.Reading(unknown), CorpusQualifier.Reading(family: "5-CT/TW", kind: .term, value: nil, evidence: nil))
        let plenum = DocumentCitation(id: "NQTW4-XII", key: "NQTW4-XII", type: "Nghị quyết", term: "XII", termEvidence: "written")
        XCTAssertEqual(CorpusQualifier.Reading(plenum)?.family, CorpusQualifier.Reading(
            DocumentCitation(id: "NQTW4", key: "NQTW4@?", type: "Nghị quyết", unknown: ["term"]))?.family)
        XCTAssertEqual(CorpusQualifier.Reading(plenum)?.supports, true)
        let year = DocumentCitation(id: "35/NQ-CP", key: "35/NQ-CP@2016", type: "Nghị quyết", year: 2016)
        XCTAssertEqual(CorpusQualifier.Reading(year), CorpusQualifier.Reading(family: "35/NQ-CP", kind: .year, value: "2016", evidence: "written"))
        // A local document's year: its family keeps the province.
        let council = DocumentCitation(id: "12/NQ-HĐND", key: "12/NQ-HĐND@Bạc Liêu@2020", type: "Nghị quyết", year: 2020, scope: "Bạc Liêu")
        XCTAssertEqual(CorpusQualifier.Reading(council),
                       CorpusQualifier.Reading(family: "12/NQ-HĐND@Bạc Liêu", kind: .year, value: "2020", evidence: "written"))
        XCTAssertEqual(CorpusQualifier.Reading(DocumentCitation(id: "12/NQ-HĐND", key: "12/NQ-HĐND@Bạc Liêu@?", type: "Nghị quyết",
                                                                scope: "Bạc Liêu", unknown: ["year"]))?.family,
                       CorpusQualifier.Reading(council)?.family)
        // An unknown scope, or a year in the symbol, is not the corpus step's.
        XCTAssertNil(CorpusQualifier.Reading(DocumentCitation(id: "12/NQ-HĐND", key: "12/NQ-HĐND@?@?", type: "Nghị quyết",
                                                              unknown: ["scope", "year"])))
        XCTAssertNil(CorpusQualifier.Reading(DocumentCitation(id: "19/2017/NQ-CP", key: "19/2017/NQ-CP", type: "Nghị quyết", year: 2017)))
        XCTAssertNil(CorpusQualifier.Reading(DocumentCitation(id: "NQĐH-XIII", key: "NQĐH-XIII@?", type: "Nghị quyết", unknown: ["scope"])))
    }

    // MARK: - In the index

    private let dated = "Thứ Hai, 06/03/2017 | 08:00\nBộ Chính trị ban hành kết luận\n\nNgày 2/3/2017, Bộ Chính trị đã ban hành Kết luận số 88-KL/TW về công tác cán bộ.\n\nKết luận nêu nhiều nhiệm vụ.\n"
    private let bare = "Tỉnh ủy bàn việc\nMở đầu bài.\nTỉnh ủy quán triệt Kết luận số 88-KL/TW của Bộ Chính trị và Nghị quyết số 35/NQ-CP của Chính phủ.\n"
    private let resolution = "Doanh nghiệp được hỗ trợ\nMở đầu bài.\nTỉnh thực hiện Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ.\n"
    private let otherTerm = "Nhìn lại kết luận cũ\nMở đầu bài.\nKết luận số 88-KL/TW của Bộ Chính trị khóa XI về công tác cán bộ được tổng kết.\n"

    func testTheIndexGivesTheCorpusKeyEverywhere() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", dated)
        try corpus.write("b.txt", bare)
        try corpus.write("c.txt", resolution)
        let (index, _) = try corpus.refreshed()
        let documents = try index.documents()
        XCTAssertEqual(documents.first { $0.key == "88-KL/TW@XII" }?.count, 2)
        XCTAssertEqual(documents.first { $0.key == "35/NQ-CP@2016" }?.count, 2)
        XCTAssertFalse(documents.contains { $0.key.hasSuffix("@?") }, "\(documents.map(\.key))")
        // `cites` by id or by the article's own key.
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW"), ["88-KL/TW@XII"])
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW@?"), [])
        XCTAssertEqual(try index.document("88-KL/TW@XII")?.citations.map { ($0.article.path as NSString).lastPathComponent }.sorted(),
                       ["a.txt", "b.txt"])
        XCTAssertEqual(try index.articles(matching: ArticleFilter(cites: "88-KL/TW@XII")).names, ["a.txt", "b.txt"])
        // The reader's entities.
        let id = try XCTUnwrap(index.articleID(path: corpus.path("b.txt")))
        let entities = try XCTUnwrap(index.article(id: id)).entities
        let conclusion = try XCTUnwrap(entities.documents.first { $0.id == "88-KL/TW" })
        XCTAssertEqual(conclusion.key, "88-KL/TW@XII")
        XCTAssertEqual(conclusion.term, "XII")
        XCTAssertEqual(conclusion.termEvidence, "corpus")
        XCTAssertEqual(conclusion.unknown, [])
        let resolutionCited = try XCTUnwrap(entities.documents.first { $0.id == "35/NQ-CP" })
        XCTAssertEqual(resolutionCited.key, "35/NQ-CP@2016")
        XCTAssertEqual(resolutionCited.year, 2016)
        XCTAssertEqual(resolutionCited.unknown, [])
    }

    /// Keys, counts and each article's keys: what must not depend on the order files came in.
    private func snapshot(_ index: CorpusIndex) throws -> [String] {
        var lines = try index.documents().map { "\($0.key) \($0.count) \($0.term ?? "-") \($0.date ?? "-")" }.sorted()
        for document in try index.documents() {
            for citation in try XCTUnwrap(index.document(document.key)).citations {
                lines.append("\(document.key) ← \((citation.article.path as NSString).lastPathComponent) \(citation.mention.offset)")
            }
            lines.append(contentsOf: try XCTUnwrap(index.document(document.key)).possiblySame.map { "\(document.key) ≈ \($0.key)" })
        }
        for summary in try index.articles(matching: ArticleFilter()) {
            let entities = try XCTUnwrap(index.article(id: summary.id)).entities
            let name = (summary.path as NSString).lastPathComponent
            lines += entities.documents.map { "\(name): \($0.key) \($0.termEvidence ?? "-") \($0.unknown)" }
        }
        return lines.sorted()
    }

    private func fresh(_ corpus: TempCorpus) throws -> [String] {
        let other = (corpus.root as NSString).appendingPathComponent("fresh-\(UUID().uuidString).sqlite")
        let index = try CorpusIndex(path: other, state: UserState(path: corpus.statePath))
        _ = try index.refresh(roots: [corpus.folder])
        return try snapshot(index)
    }

    func testARefreshedIndexEqualsAFreshOneAsArticlesComeAndGo() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", dated)
        try corpus.write("b.txt", bare)
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW"), ["88-KL/TW@XII"])
        XCTAssertEqual(try snapshot(index), try fresh(corpus))

        // A second term written elsewhere: the bare citation has two candidates and reads "@?" again.
        try corpus.write("c.txt", otherTerm)
        _ = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(Set(try index.documentKeys(matching: "88-KL/TW")), ["88-KL/TW@XII", "88-KL/TW@XI", "88-KL/TW@?"])
        XCTAssertEqual(try index.document("88-KL/TW@XII")?.possiblySame.map(\.key), ["88-KL/TW@?"])
        XCTAssertEqual(try snapshot(index), try fresh(corpus))

        // Gone again: the corpus decides once more.
        try corpus.remove("c.txt")
        _ = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW"), ["88-KL/TW@XII"])
        XCTAssertEqual(try snapshot(index), try fresh(corpus))

        // The only article writing the term is gone: nothing decides the term.
        try corpus.remove("a.txt")
        _ = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW"), ["88-KL/TW@?"])
        XCTAssertEqual(try snapshot(index), try fresh(corpus))
    }

    func testTheDocumentDateIsTheOneMostArticlesWriteInAnyOrder() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", resolution)
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.document("35/NQ-CP@2016")?.document.date, "2016-05-16")
        let otherDay = "Tin khác\nMở đầu bài.\nSở bàn Nghị quyết số 35/NQ-CP ngày 17/5/2016 của Chính phủ.\n"
        try corpus.write("b.txt", otherDay)
        try corpus.write("c.txt", otherDay.replacingOccurrences(of: "Sở", with: "Hội"))
        _ = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(try index.document("35/NQ-CP@2016")?.document.date, "2016-05-17")
        XCTAssertEqual(try snapshot(index), try fresh(corpus))
        try corpus.remove("b.txt")
        _ = try index.refresh(roots: [corpus.folder])
        // One article each: the earlier date.
        XCTAssertEqual(try index.document("35/NQ-CP@2016")?.document.date, "2016-05-16")
        XCTAssertEqual(try snapshot(index), try fresh(corpus))
    }

    func testAnEditedArticleChangesTheDecision() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", dated)
        try corpus.write("b.txt", bare)
        let (index, _) = try corpus.refreshed()
        // The article that wrote the date now writes term XI.
        try corpus.write("a.txt", otherTerm + "Thêm một câu để tệp khác cỡ.\n")
        try corpus.age("a.txt", secondsAgo: 5)
        _ = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(try index.documentKeys(matching: "88-KL/TW"), ["88-KL/TW@XI"])
        XCTAssertEqual(try snapshot(index), try fresh(corpus))
    }
}
