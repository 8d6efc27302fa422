import BaoCore
@testable import BaoCorpus
import XCTest

/// The order of search results (`SearchPlan`): phrase, then near, then anywhere; head before
/// body; the usual reading of a query typed without marks first; a marked query exact.
final class SearchRankingTests: XCTestCase {
    private func ranked(_ index: CorpusIndex, _ query: String, limit: Int = 20) throws -> [String] {
        try index.search(query, limit: limit).map { ($0.article.path as NSString).lastPathComponent }
    }

    /// Filler sentences that hold none of the query words, so that lengths stay comparable.
    private let filler = "Buổi họp diễn ra sáng nay tại hội trường lớn. Các đại biểu phát biểu ý kiến."

    func testPhraseBeforeNearBeforeScatteredSyllables() throws {
        let corpus = try TempCorpus()
        // Scattered: "tham" and "những" far apart, repeated so BM25 alone would put it first.
        try corpus.write("scattered.txt", "Tin tổng hợp\n\(filler)\nĐoàn đi tham quan nhà máy. \(filler) \(filler) Những ngày qua trời mưa. \(filler) Tham quan tiếp.\n")
        try corpus.write("near.txt", "Tin địa phương\n\(filler)\nCán bộ tham ô và những sai phạm khác bị xử lý.\n")
        try corpus.write("phrase.txt", "Tin nội chính\n\(filler)\nQuyết liệt chống tham nhũng trong bộ máy.\n")
        try corpus.write("other.txt", "Tin thể thao\n\(filler)\nĐội bóng thắng đậm.\n")
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try ranked(index, "tham nhung"), ["phrase.txt", "near.txt", "scattered.txt"])
        let hits = try index.search("tham nhung", limit: 20)
        XCTAssertEqual(hits.map(\.proximity), [.phrase, .near, .anywhere])
        // A limit smaller than the first tier stops there.
        XCTAssertEqual(try ranked(index, "tham nhung", limit: 1), ["phrase.txt"])
        // A single word has no sequence to rank by.
        XCTAssertEqual(try index.search("tham", limit: 20).map(\.proximity), [nil, nil, nil])
    }

    func testHeadBeforeBodyWithinATier() throws {
        let corpus = try TempCorpus()
        try corpus.write("body.txt", "Hội nghị sơ kết quý\n\(filler)\nBáo cáo nêu rõ: cải cách hành chính, cải cách hành chính và cải cách hành chính còn chậm.\n")
        try corpus.write("lead.txt", "Hội nghị tổng kết năm\nTỉnh đẩy mạnh cải cách hành chính trong năm tới.\n\(filler)\n")
        try corpus.write("title.txt", "Cải cách hành chính ở cơ sở\n\(filler)\n\(filler)\n")
        let (index, _) = try corpus.refreshed()
        let order = try ranked(index, "cai cach hanh chinh")
        XCTAssertEqual(Set(order.prefix(2)), ["lead.txt", "title.txt"])
        XCTAssertEqual(order.last, "body.txt")
        XCTAssertEqual(try index.search("cai cach hanh chinh", limit: 20).map(\.inHead), [true, true, false])
        // A single word too: in the title before three times in the body.
        XCTAssertEqual(try ranked(index, "cải").last, "body.txt")
    }

    func testUsualReadingOfAnUnmarkedPhraseComesFirst() throws {
        let corpus = try TempCorpus()
        // Three articles about corruption, one visit to "những" places whose title says so.
        for number in 1...3 {
            try corpus.write("corruption-\(number).txt", "Tin nội chính số \(number)\n\(filler)\nTỉnh xử lý nghiêm hành vi tham nhũng, tiêu cực.\n")
        }
        try corpus.write("visit.txt", "Thăm những gia đình chính sách\n\(filler)\nĐoàn đến thăm những gia đình khó khăn.\n")
        let (index, _) = try corpus.refreshed()
        let order = try ranked(index, "tham nhung")
        XCTAssertEqual(order.count, 4, "a syllable typed without marks still matches every marked form")
        XCTAssertEqual(order.last, "visit.txt")
        XCTAssertEqual(try ranked(index, "thăm những"), ["visit.txt"])
        XCTAssertEqual(Set(try ranked(index, "tham nhũng")), ["corruption-1.txt", "corruption-2.txt", "corruption-3.txt"])
    }

    /// The usual reading is decided as by counting the readings of every sampled article: none
    /// when one reading is in all of them, however some of them write it (capitals, a line
    /// break: found by reading their words, not by looking for the reading's bytes); the most
    /// held one otherwise.
    func testTheUsualReadingIsTheOneMostSampledArticlesHold() throws {
        func readings(_ texts: [String], _ query: String) throws -> [Int: [String]] {
            let corpus = try TempCorpus()
            for (number, text) in texts.enumerated() { try corpus.write("\(number).txt", text) }
            let (index, _) = try corpus.refreshed()
            let plan = try XCTUnwrap(SearchPlan(try SearchQuery.parse(query)))
            return try index.pool.read { db in try CorpusIndex.readings(db, plan) }
        }
        let article = { (title: String, body: String) in "\(title)\n\(self.filler)\n\(body)\n" }
        // Every article holds "tham nhũng"; one writes it only in capitals, one across a line.
        let everywhere = [article("Chống tham nhũng", "Bàn về tham nhũng và thăm những nơi khó khăn."),
                          article("THAM NHŨNG VẶT", "Tham nhũng vặt gây bức xúc."),
                          article("Tin nội chính", "Xử lý tham\nnhũng, tiêu cực."),
                          article("Tin nội chính", "Thăm những gia đình; xử lý tham nhũng.")]
        XCTAssertEqual(try readings(everywhere, "tham nhung"), [:])
        XCTAssertEqual(try readings(everywhere, "tham nhũng"), [:])
        // No reading in all of them: the most held one (two of three), though the first article
        // holds both and the second writes it in capitals only.
        let mostly = [article("Chống tham nhũng", "Thăm những nơi khó khăn."),
                      article("Tin nội chính", "Tham nhũng vặt gây bức xúc."),
                      article("Thăm những gia đình", "Đoàn đến thăm những gia đình khó khăn.")]
        XCTAssertEqual(try readings(mostly, "tham nhung"), [0: ["tham", "nhũng"]])
        XCTAssertEqual(try readings(mostly.reversed(), "tham nhung"), [0: ["tham", "nhũng"]])
        // Nothing holds the phrase: nothing to prefer.
        XCTAssertEqual(try readings([article("Tin thể thao", "Đội bóng thắng đậm.")], "tham nhung"), [:])
    }

    func testMarkedQueryKeepsItsExactMeaning() throws {
        let corpus = try TempCorpus()
        try corpus.write("sweden.txt", "Thụy Điển thắng Pháp\n\(filler)\nĐội tuyển Thụy Điển thắng ở phút bù giờ.\n")
        try corpus.write("dam.txt", "Thủy điện xả lũ\n\(filler)\nNhà máy thủy điện mở cửa xả đáy.\n")
        try corpus.write("both.txt", "Tin tổng hợp\n\(filler)\nThủy Điển, thủy và điện: những từ không liền nhau.\n")
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try ranked(index, "thủy điện"), ["dam.txt", "both.txt"])
        XCTAssertEqual(try index.search("thủy điện", limit: 20).map(\.proximity), [.phrase, .near])
        XCTAssertEqual(try ranked(index, "Thụy Điển"), ["sweden.txt"])
        XCTAssertEqual(Set(try ranked(index, "thuy dien")), ["sweden.txt", "dam.txt", "both.txt"])
        // A tone placement variant is the same word.
        XCTAssertEqual(try ranked(index, "thuỷ điện"), ["dam.txt", "both.txt"])
    }

    func testQuotedPhrasePrefixExclusionAndFilterStillWork() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\n\(filler)\nBan Thường vụ Thành ủy quán triệt Nghị quyết số 59-NQ/TW của Bộ Chính trị.\n")
        try corpus.write("b.txt", "Tin hai\n\(filler)\nNghị quyết được Thường vụ thông qua; ban hành ngay.\n")
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try ranked(index, "\"ban thuong vu\""), ["a.txt"])
        XCTAssertEqual(Set(try ranked(index, "thuong vu nghi quy*")), ["a.txt", "b.txt"])
        XCTAssertEqual(try ranked(index, "nghi quyet -ban"), [])
        XCTAssertEqual(try ranked(index, "nghi quyet -\"ban thuong\""), ["b.txt"])
        XCTAssertEqual(try ranked(index, "nghi quyet cites:59-NQ/TW"), ["a.txt"])
    }

    func testReadingsOfAFoldedSequence() {
        let text = "Chống tham nhũng và thăm những gia đình; THAM NHŨNG là quốc nạn."
        XCTAssertEqual(SearchText.readings(of: ["tham", "nhung"], in: text), [["tham", "nhũng"], ["thăm", "những"]])
        XCTAssertEqual(SearchText.readings(of: ["nhung", "gia"], in: text), [["những", "gia"]])
        // Punctuation is no word: the full-text index finds this phrase across the semicolon too.
        XCTAssertEqual(SearchText.readings(of: ["gia", "dinh", "tham"], in: text), [["gia", "đình", "tham"]])
        XCTAssertEqual(SearchText.readings(of: ["nhung", "tham"], in: text), [])
    }

    func testPlanTiers() throws {
        let plan = try XCTUnwrap(SearchPlan(try SearchQuery.parse("tham nhũng -tiêu")))
        XCTAssertTrue(plan.hasSequence)
        XCTAssertEqual(plan.tiers.map(\.proximity), [.phrase, .phrase, .near, .near, .anywhere, .anywhere])
        XCTAssertEqual(plan.tiers[0].expression,
                       "{title_f} : \"tham nhung\" {title_m body_m} : \"nhũng\" NOT {title_m body_m} : \"tiêu\"")
        XCTAssertEqual(plan.tiers[3].expression,
                       "{title_f body_f} : NEAR(\"tham\" \"nhung\", 8) {title_m body_m} : \"nhũng\" NOT {title_m body_m} : \"tiêu\"")
        XCTAssertEqual(plan.tiers[5].expression,
                       "{title_f body_f} : \"tham\" {title_m body_m} : \"nhũng\" NOT {title_m body_m} : \"tiêu\"")
        var folded = try XCTUnwrap(SearchPlan(try SearchQuery.parse("tham nhung")))
        XCTAssertEqual(folded.ambiguousRuns, [0])
        folded.prefer(readings: [0: ["tham", "nhũng"]])
        XCTAssertEqual(folded.tiers.count, 8)
        XCTAssertEqual(folded.tiers[0].expression, "{title_m} : \"tham nhũng\"")
        XCTAssertTrue(folded.tiers[1].reading)
        XCTAssertEqual(SearchPlan(try SearchQuery.parse("\"xây dựng Đảng\""))?.hasSequence, false)
    }

    /// The snippet shows the phrase, not the first syllable found alone.
    func testSnippetIsCentredOnThePhrase() throws {
        let corpus = try TempCorpus()
        let opening = "Đoàn đến tham quan nhà máy. " + String(repeating: "Các đại biểu phát biểu ý kiến. ", count: 12)
        try corpus.write("a.txt", "Tin nội chính\n\(filler)\n\(opening)Tỉnh quyết liệt chống tham nhũng trong bộ máy.\n")
        let (index, _) = try corpus.refreshed()
        let hit = try XCTUnwrap(try index.search("tham nhung", limit: 1).first)
        XCTAssertTrue(hit.snippet.contains("chống tham nhũng"), hit.snippet)
        XCTAssertFalse(hit.snippet.contains("tham quan"), hit.snippet)
    }
}
