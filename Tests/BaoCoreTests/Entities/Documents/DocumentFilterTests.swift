import BaoCore
@testable import BaoEntities
import XCTest

/// The byte pre-filter lets through every form the scanner reads (the extraction tests would fail
/// otherwise, since a filtered-out body yields nothing) and stops bodies that cite nothing.
final class DocumentFilterTests: XCTestCase {
    func testLetsThroughEveryCitationShape() {
        for body in [
            "theo 59-NQ/TW", "số 16 - NQ/TU", "19-2017/NQ-CP", "67/2014/NÐ-CP", "1206 /QĐ-TTg", "82/2005–QĐ-UBND",
            "Chỉ thị 05 của Bộ Chính trị", "Quy định số: 03 ngày", "CHỈ THỊ 12 của Tỉnh ủy", "Kết luận\u{A0}21 của",
            "Nghị quyết (NQ) 12 của Thành ủy", "Nghị quyết Trung ương 4", "NQ Đại hội XIII", "NQTW4 khóa XII",
            "nghị quyết trung ương bốn", "Ðề án 06 của Tỉnh ủy",
        ] {
            XCTAssertTrue(CandidateFilter.mayCite(body), body)
        }
    }

    func testStopsBodiesWithoutCitations() {
        for body in [
            "", "Ngày 10/9/2018, phường 3 đón 2.500 khách.", "Trận đấu kết thúc 2-1 sau 90 phút.",
            "Giai đoạn 2015 - 2020 và 2020-2025 có nhiều thay đổi.", "Kế hoạch năm nay đạt 95%.",
            "Người dân Nghệ An đón năm mới.", "COVID-19 đã lùi xa.",
        ] {
            XCTAssertFalse(CandidateFilter.mayCite(body), body)
        }
    }

    func testFindsShapesAtEveryOffsetOfALongBody() {
        // The filter passes over eight bytes at a time: a shape starting at any offset is seen,
        // and a long body of plain words is still stopped.
        for padding in 0..<20 {
            let head = String(repeating: "ê", count: padding % 3) + String(repeating: "a", count: padding) + " "
            for shape in ["59-NQ/TW", "Nghị quyết Trung ương 4", "Chỉ thị 05 của", "nq đại hội", "NQTW4"] {
                XCTAssertTrue(CandidateFilter.mayCite(head + shape), head + shape)
                XCTAssertTrue(CandidateFilter.mayCite(head + shape + " còn nhiều chữ sau đó nữa"), head + shape)
            }
            XCTAssertFalse(CandidateFilter.mayCite(head + "Người dân Nghệ An đón năm mới 2017 vui vẻ."), head)
        }
    }

    // MARK: The filter's words come from scripts/documents/triggers.tsv

    /// The trigger rows, split: word, type, partyNumber, bareNumber, plenum.
    private var triggerRows: [[String]] { DocumentCatalog.rows(DocumentTables.triggers) }

    func testEveryBareNumberTriggerLetsANumberThroughInEachCase() {
        let words = triggerRows.filter { $0.count == 5 && $0[3] == "yes" }.map { $0[0] }
        XCTAssertEqual(words.count, 15, "the bareNumber column lost or gained rows")
        for word in words {
            let lower = word.prefix(1).lowercased() + word.dropFirst()
            for form in [word, lower, word.uppercased()] {
                XCTAssertTrue(CandidateFilter.mayCite("Theo \(form) 05 của tỉnh."), form)
                XCTAssertTrue(CandidateFilter.mayCite("Theo \(form) số: 05 của tỉnh."), form)
            }
        }
    }

    func testATriggerWithoutBareNumberNeedsASymbolShape() {
        // "Thông tư" says no in the bareNumber column: a bare number after it is not a candidate,
        // its symbol is.
        XCTAssertTrue(triggerRows.contains { $0.count == 5 && $0[0] == "Thông tư" && $0[3] == "no" })
        XCTAssertFalse(CandidateFilter.mayCite("Theo Thông tư 05 của Bộ."))
        XCTAssertTrue(CandidateFilter.mayCite("Theo Thông tư 05/2017/TT-BTC của Bộ."))
    }

    func testPlenumWordsPassWithoutADigitAndBeginWhereTheFastPassStops() {
        let words = triggerRows.filter { $0.count == 5 && $0[4] == "yes" }.map { $0[0] }
        XCTAssertEqual(Set(words), ["Nghị quyết", "NQ"])
        for word in words {
            // The pass over eight bytes at a time stops only at "nq" and "ngh".
            let lower = word.lowercased()
            XCTAssertTrue(lower.hasPrefix("nq") || lower.hasPrefix("ngh"), word)
            let capitalised = lower.prefix(1).uppercased() + lower.dropFirst()
            for form in [word, lower, word.uppercased(), capitalised] {
                XCTAssertTrue(CandidateFilter.mayCite("Quán triệt \(form) Trung ương bốn."), form)
            }
        }
    }
}
