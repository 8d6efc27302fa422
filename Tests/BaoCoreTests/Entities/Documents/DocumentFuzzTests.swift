import BaoCore
import BaoTestSupport
@testable import BaoEntities
import XCTest

/// Random sequences of the pieces citations are made of: the pass never crashes and every
/// mention it reports points at its wording in the body.
final class DocumentFuzzTests: XCTestCase {
    private static let pieces = [
        "Nghị quyết", "NQ", "NQTW", "Chỉ thị", "Quy định", "Công văn", "số", "số:", " ", " ", " ", "  ", "\n", "\n\n",
        "0", "5", "05", "12", "2017", "99999", "-", "/", " - ", "–", "NQ", "CT", "QĐ", "QĐi", "TW", "TƯ", "TU", "HU",
        "CP", "NĐ", "QH14", "UBND", "Trung ương", "Hội nghị", "lần thứ", "tư", "mười", "IV", "XII", "XIV", "khóa",
        "khoá", "(", ")", ",", ";", ".", "của", "Bộ Chính trị", "BTV", "Tỉnh ủy", "Thành ủy", "TP.", "Bạc Liêu",
        "TPHCM", "Đại hội", "Đảng bộ", "Đảng", "toàn quốc", "ngày", "tháng", "năm", "về", "“", "”", "\"", "ban hành",
        "đã", "Ð", "é", "\u{301}", "\u{0}", "\u{1B}",
    ]

    func testRandomCitationPieces() {
        var generator = SplitMix(seed: 20_261_121)
        for _ in 0..<400 {
            var body = ""
            for _ in 0..<Int(generator.next() % 60) {
                body += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let published = PublishedDate(year: 2010 + Int(generator.next() % 16), month: 1, day: 1)
            _ = DocumentTestSupport.documents(body, published: generator.next() % 3 == 0 ? nil : published,
                                              primary: generator.next() % 2 == 0 ? "Bạc Liêu" : nil)
        }
    }
}

