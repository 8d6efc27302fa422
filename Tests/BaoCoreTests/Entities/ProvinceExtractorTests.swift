import BaoCore
@testable import BaoEntities
import XCTest

final class ProvinceExtractorTests: XCTestCase {
    private func article(title: String? = nil, _ paragraphs: String..., dateline: String? = nil) -> Article {
        Article(path: "test.txt", title: title, dateline: dateline, blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
    }

    private func provinces(_ a: Article) -> [String: ProvinceMention] {
        Dictionary(ProvinceExtractor.extract(from: a).provinces.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
    }

    // MARK: Hồ Chí Minh, the person and the city

    func testHoChiMinhThePersonIsNotTheCity() {
        for sentence in [
            "Cán bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong công việc.",
            "Chủ tịch Hồ Chí Minh đã để lại bản Di chúc thiêng liêng.",
            "Thanh niên tham gia Đoàn TNCS Hồ Chí Minh ở cơ sở.",
            "Cán bộ được cử đi học tại Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Nhớ lời Bác Hồ Chí Minh dặn.",
        ] {
            XCTAssertNil(provinces(article(sentence))["Hồ Chí Minh"], sentence)
        }
    }

    func testHoChiMinhCityForms() {
        for sentence in [
            "Đoàn công tác đến TP. Hồ Chí Minh hôm qua.",
            "Thành ủy TPHCM họp phiên thường kỳ.",
            "Đại biểu từ TP.HCM phát biểu.",
            "Nhiều người dân Sài Gòn đến dự.",
            "UBND thành phố Hồ Chí Minh ban hành kế hoạch.",
        ] {
            XCTAssertEqual(provinces(article(sentence))["Hồ Chí Minh"]?.mentions, 1, sentence)
        }
    }

    // MARK: Names inside other names

    func testProvinceInsidePersonNameIsNotAPlace() {
        let p = provinces(article("Đồng chí Trương Hòa Bình phát biểu tại hội nghị; ông Nguyễn Thái Bình dự họp."))
        XCTAssertNil(p["Hòa Bình"])
        XCTAssertNil(p["Thái Bình"])
        XCTAssertEqual(provinces(article("Đoàn công tác làm việc tại tỉnh Hòa Bình."))["Hòa Bình"]?.mentions, 1)
    }

    func testPlaceInsideALongerProperName() {
        XCTAssertNil(provinces(article("Công ty Cổ phần Tập đoàn Đức Long Gia Lai còn nợ tiền thuê đất."))["Gia Lai"])
        XCTAssertNil(provinces(article("Thanh tra thu chi tại Trường Mầm non Vạn Ninh năm 2016."))["Khánh Hòa"])
        XCTAssertEqual(provinces(article("Phóng viên Báo Cần Thơ đưa tin."))["Cần Thơ"]?.mentions, 1)
        XCTAssertEqual(provinces(article("Hôm qua trời mưa. Tại Cần Thơ, nước dâng cao."))["Cần Thơ"]?.mentions, 1)
    }

    func testPacificIsNotAProvince() {
        let p = provinces(article("Hợp tác trong khu vực châu Á - Thái Bình Dương được mở rộng."))
        XCTAssertNil(p["Thái Bình"])
        XCTAssertNil(p["Bình Dương"])
    }

    func testStreetNamedAfterAPlace() {
        XCTAssertNil(provinces(article("Trụ sở nằm trên đường Hai Bà Trưng, quận 1."))["Hà Nội"])
    }

    // MARK: Cities inside provinces, districts, wards

    func testCityInsideItsProvince() {
        let p = provinces(article("Đảng bộ TP. Bạc Liêu triển khai nghị quyết; Thành ủy TP. Bạc Liêu chỉ đạo sát sao."))
        XCTAssertEqual(p["Bạc Liêu"]?.mentions, 2)
        XCTAssertEqual(p.count, 1)
    }

    func testPre1997Province() {
        let p = provinces(article("Ông từng công tác ở tỉnh Quảng Nam - Đà Nẵng trước năm 1997."))
        XCTAssertEqual(p["Quảng Nam"]?.mentions, 1)
        XCTAssertEqual(p["Đà Nẵng"]?.mentions, 1)
        XCTAssertEqual(p["Đà Nẵng"]?.via, ["Quảng Nam - Đà Nẵng"])
        let minhHai = provinces(article("Ông sinh ra ở Minh Hải, từng công tác tại tỉnh Nghệ Tĩnh."))
        XCTAssertEqual(Set(minhHai.keys), ["Bạc Liêu", "Cà Mau", "Nghệ An", "Hà Tĩnh"])
    }

    func testDistrictsImplyTheirProvince() {
        let a = article("Huyện ủy Thới Lai ban hành nghị quyết. Quận ủy Bình Thủy và quận Ô Môn cũng vậy.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertEqual(result.provinces.map(\.name), ["Cần Thơ"])
        XCTAssertEqual(result.provinces.first?.via, ["Thới Lai", "Bình Thủy", "Ô Môn"])
        XCTAssertEqual(result.provinces.first?.mentions, 3)
    }

    func testOrdinaryWordNeedsATypeWord() {
        XCTAssertNil(provinces(article("Bình Thủy giữ nhiệt rất tốt."))["Cần Thơ"])
        XCTAssertEqual(provinces(article("Quận ủy Bình Thủy họp."))["Cần Thơ"]?.via, ["Bình Thủy"])
    }

    func testHoChiMinhDistrictAndWard() {
        let p = provinces(article("Người dân phường Thạnh Mỹ Lợi, Quận 2 nhận tiền bồi thường."))
        XCTAssertEqual(p["Hồ Chí Minh"]?.mentions, 2)
        XCTAssertEqual(Set(p["Hồ Chí Minh"]?.via ?? []), ["phường Thạnh Mỹ Lợi", "Quận 2"])
    }

    func testDistrictNameInsideAPersonsName() {
        XCTAssertTrue(provinces(article("Ca sĩ Đàm Vĩnh Hưng biểu diễn tối qua.")).isEmpty)
        XCTAssertEqual(provinces(article("Nông dân huyện Vĩnh Hưng thu hoạch lúa."))["Long An"]?.via, ["Vĩnh Hưng"])
    }

    func testUnmarkedDistrictCountsButDoesNotMakeThePrimary() {
        let result = ProvinceExtractor.extract(from: article("Nhiều hộ dân ở Ô Môn được hỗ trợ. Ô Môn có thêm trường học."))
        XCTAssertEqual(result.provinces.first?.name, "Cần Thơ")
        XCTAssertEqual(result.provinces.first?.via, ["Ô Môn"])
        XCTAssertNil(result.primary)
    }

    func testSharedDistrictNameNeedsOtherEvidence() {
        XCTAssertTrue(provinces(article("Huyện ủy Vĩnh Thạnh ban hành nghị quyết.")).isEmpty)
        let inCanTho = provinces(article("Thành ủy Cần Thơ chỉ đạo. Huyện ủy Vĩnh Thạnh ban hành nghị quyết."))
        XCTAssertEqual(inCanTho["Cần Thơ"]?.via, ["Vĩnh Thạnh"])
        XCTAssertNil(inCanTho["Bình Định"])
        let inBinhDinh = provinces(article("Tỉnh ủy Bình Định chỉ đạo. Huyện ủy Vĩnh Thạnh ban hành nghị quyết."))
        XCTAssertEqual(inBinhDinh["Bình Định"]?.via, ["Vĩnh Thạnh"])
        XCTAssertNil(inBinhDinh["Cần Thơ"])
    }

    func testDistrictNamedLikeAnotherProvince() {
        XCTAssertEqual(provinces(article("Bà con huyện Quảng Ninh thu hoạch lúa."))["Quảng Bình"]?.via, ["Quảng Ninh"])
        XCTAssertEqual(provinces(article("Du khách đến Quảng Ninh ngày càng đông."))["Quảng Ninh"]?.mentions, 1)
    }

    // MARK: Bare city references and the primary province

    func testBareCityReferencesCountForTheArticlesCity() {
        let a = article(title: "Cần Thơ đẩy mạnh cải cách hành chính", "Thành ủy chỉ đạo UBND thành phố triển khai.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertEqual(result.primary, "Cần Thơ")
        XCTAssertEqual(result.provinces.first?.mentions, 3)
    }

    func testPrimaryFromTitleAndDateline() {
        let a = article(title: "Hà Giang phát triển du lịch", "Hội nghị có đại biểu Tuyên Quang và Hà Giang.")
        XCTAssertEqual(ProvinceExtractor.extract(from: a).primary, "Hà Giang")
        let b = article("Sáng nay, hội nghị tổng kết được tổ chức; đại biểu Lạng Sơn dự.", dateline: "Cao Bằng")
        XCTAssertEqual(ProvinceExtractor.extract(from: b).primary, "Cao Bằng")
    }

    func testNationalNewsHasNoPrimary() {
        let a = article(title: "Quốc hội thảo luận dự án luật",
                        "Đại biểu Hà Nội, Đà Nẵng, Cần Thơ và An Giang phát biểu về dự án luật.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertNil(result.primary)
        XCTAssertEqual(result.provinces.count, 4)
    }

    func testCommitteeInAPersonsTitleDoesNotMakeThePrimary() {
        let a = article(title: "Quốc hội thảo luận về luật đất đai",
                        "Bí thư Tỉnh ủy Sóc Trăng cho rằng cần sửa đổi quy định về bồi thường.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertEqual(result.provinces.map(\.name), ["Sóc Trăng"])
        XCTAssertNil(result.primary)
        let acting = article("Tỉnh ủy Sóc Trăng ban hành nghị quyết. Tỉnh ủy Sóc Trăng chỉ đạo các huyện.")
        XCTAssertEqual(ProvinceExtractor.extract(from: acting).primary, "Sóc Trăng")
    }

    func testPlaceInAPersonsTitleCountsButDoesNotMakeThePrimary() {
        let a = article(title: "Quốc hội thảo luận dự án luật quy hoạch",
                        "Đại biểu đoàn TP.HCM Trần Văn An đề nghị rà soát. Bí thư Thành ủy TP.HCM cũng phát biểu.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertEqual(result.provinces.first?.name, "Hồ Chí Minh")
        XCTAssertEqual(result.provinces.first?.mentions, 2)
        XCTAssertNil(result.primary)
        let local = article("Người dân Quận 7 và quận Bình Thạnh được hỗ trợ chống ngập.")
        XCTAssertEqual(ProvinceExtractor.extract(from: local).primary, "Hồ Chí Minh")
    }

    func testVenueOfANationalEventIsNotThePrimary() {
        let a = article(title: "Khai mạc hội nghị toàn quốc về du lịch",
                        "Sáng 8/7, tại Hà Nội, Tổng cục Du lịch tổ chức hội nghị. Đoàn đại biểu rời Hà Nội chiều cùng ngày.")
        let result = ProvinceExtractor.extract(from: a)
        XCTAssertEqual(result.provinces.first?.mentions, 2)
        XCTAssertNil(result.primary)
        let local = article(title: "Cần Thơ tổng kết công tác xây dựng Đảng",
                            "Sáng 8/7, tại TP Cần Thơ, Thành ủy tổ chức hội nghị.")
        XCTAssertEqual(ProvinceExtractor.extract(from: local).primary, "Cần Thơ")
    }

    // MARK: Normalisation

    func testTonePlacementAndNFD() {
        let composed = article("Lãnh đạo tỉnh Khánh Hòa và tỉnh Thanh Hóa làm việc với Thừa Thiên Huế.")
        let oldStyle = article("Lãnh đạo tỉnh Khánh Hoà và tỉnh Thanh Hoá làm việc với Thừa Thiên Huế.")
        let nfd = article("Lãnh đạo tỉnh Khánh Hòa và tỉnh Thanh Hóa làm việc với Thừa Thiên Huế.".decomposedStringWithCanonicalMapping)
        let expected = ProvinceExtractor.extract(from: composed)
        XCTAssertEqual(Set(expected.provinces.map(\.name)), ["Khánh Hòa", "Thanh Hóa", "Thừa Thiên Huế"])
        XCTAssertEqual(ProvinceExtractor.extract(from: oldStyle), expected)
        XCTAssertEqual(ProvinceExtractor.extract(from: nfd), expected)
    }

    func testEmptyAndOddInputDoNotCrash() {
        XCTAssertTrue(ProvinceExtractor.extract(from: Article(path: "x")).provinces.isEmpty)
        let odd = article("TP", "Thành ủy", "TP.", "- Cần", "Hồ Chí", "\u{301}\u{300}", "Quận", "phường")
        XCTAssertNil(ProvinceExtractor.extract(from: odd).primary)
    }

    func testRandomTextDoesNotCrash() {
        // Pieces that stress the scanner and matcher: type words, dots, dashes, combining marks,
        // lone continuation bytes' replacement, apostrophes, numbers, names.
        let pieces = ["TP", ".", " ", "-", "–", "Thành", "ủy", "Huyện", "Quận", "2", "phường", "Thạnh Mỹ Lợi",
                      "Cần Thơ", "Hồ Chí Minh", "\u{301}", "\u{323}", "\u{FFFD}", "'", "M'Đrắk", "(", ")", "\n",
                      "Bà Rịa", "Vũng Tàu", "tỉnh", "Đảng", "bộ", "UBND", "BTV", "Thái Bình Dương", "🇻🇳", "x"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let a = article(title: text, text, text)
            let result = ProvinceExtractor.extract(from: a)
            for p in result.provinces { XCTAssertGreaterThan(p.mentions, 0) }
            _ = OrganizationExtractor.extract(from: a, provinces: result)
        }
    }

    // MARK: Seeds (SPEC section 7)

    private func seed(_ prefix: String) throws -> Article {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("seeds")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
        return try ArticleLoader.load(path: dir.appendingPathComponent(name).path)
    }

    func testSeed000CanThoViaItsDistricts() throws {
        let result = ProvinceExtractor.extract(from: try seed("000"))
        XCTAssertEqual(result.primary, "Cần Thơ")
        let canTho = try XCTUnwrap(result.provinces.first { $0.name == "Cần Thơ" })
        XCTAssertEqual(Set(canTho.via), ["Thới Lai", "Vĩnh Thạnh", "Bình Thủy", "Ô Môn"])
        XCTAssertNil(result.provinces.first { $0.name == "Hồ Chí Minh" })
        XCTAssertNil(result.provinces.first { $0.name == "Bình Định" })
    }

    func testSeed001CanThoWithoutTheEmbeddedBacLieuArticle() throws {
        let result = ProvinceExtractor.extract(from: try seed("001"))
        XCTAssertEqual(result.primary, "Cần Thơ")
        XCTAssertNil(result.provinces.first { $0.name == "Bạc Liêu" })
    }

    func testSeed002BacLieu() throws {
        let result = ProvinceExtractor.extract(from: try seed("002"))
        XCTAssertEqual(result.primary, "Bạc Liêu")
        XCTAssertEqual(result.provinces.first?.postMerger, "Cà Mau")
        XCTAssertNil(result.provinces.first { $0.name == "Hồ Chí Minh" })
    }

    func testSeed003LaoCai() throws {
        let result = ProvinceExtractor.extract(from: try seed("003"))
        XCTAssertEqual(result.primary, "Lào Cai")
        XCTAssertNil(result.provinces.first { $0.name == "Hồ Chí Minh" })
    }

    func testSeed004HoChiMinhCity() throws {
        let result = ProvinceExtractor.extract(from: try seed("004"))
        XCTAssertEqual(result.primary, "Hồ Chí Minh")
        XCTAssertEqual(result.provinces.first?.name, "Hồ Chí Minh")
    }

    func testAcrossSeedsHoChiMinhOnlyIn004AndCaMauCoversBacLieu() throws {
        var withHCM: [String] = []
        var inCaMau: [String] = []
        let formerOfCaMau = Set(Gazetteer.formerProvinces(ofMerged: "Cà Mau").map(\.name))
        for prefix in ["000", "001", "002", "003", "004"] {
            let result = ProvinceExtractor.extract(from: try seed(prefix))
            if result.provinces.contains(where: { $0.name == "Hồ Chí Minh" }) { withHCM.append(prefix) }
            if let primary = result.primary, formerOfCaMau.contains(primary) { inCaMau.append(prefix) }
        }
        XCTAssertEqual(withHCM, ["004"])
        XCTAssertEqual(inCaMau, ["002"])
    }
}
