import BaoCore
@testable import BaoEntities
import BaoTestSupport
import XCTest

/// Rules of the people extractor, each on sentences written for the test.
final class PeopleExtractorTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        PeopleExtractor.extract(fromText: text)
    }

    private func names(_ text: String) -> [String] {
        people(text).map(\.name)
    }

    /// The merge looks for a four-word name only where the name has four runs of bytes between
    /// spaces or more: a split at space characters never gives more words (a mark after a space
    /// joins it), and gives as many when no mark follows a space.
    func testSpaceRunsBoundTheWordsOfASplitAtSpaces() {
        let plain = ["Hoàng", "Thị", " ", "  ", "A", "Đ"]
        let marked = plain + [" \u{301}", "\u{301}"]
        var random = SplitMix(seed: 0x72756E73)
        for round in 0..<20_000 {
            let alphabet = round % 2 == 0 ? plain : marked
            let name = random.text(of: alphabet, count: 0...9)
            let words = name.split(separator: " ").count
            let runs = PeopleExtractor.spaceSeparatedRuns(name)
            XCTAssertGreaterThanOrEqual(runs, words, name.debugDescription)
            if round % 2 == 0 { XCTAssertEqual(runs, words, name) }
        }
    }

    func testTitlesBeforeTheName() {
        let found = people("Phát biểu tại buổi lễ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Sóc Trăng Trần Văn Lâu nhấn mạnh vai trò của cơ sở.")
        XCTAssertEqual(found, [Person(name: "Trần Văn Lâu", roles: ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh Sóc Trăng"])])
    }

    func testTitlesAfterTheName() {
        let found = people("Theo đồng chí Đỗ Thị Mai, Ủy viên BTV, Trưởng Ban Dân vận Tỉnh ủy, việc tiếp dân được duy trì.")
        XCTAssertEqual(found, [Person(name: "Đỗ Thị Mai", roles: ["Ủy viên BTV", "Trưởng Ban Dân vận Tỉnh ủy"])])
    }

    func testTitleAfterTheNameStopsAtTheVerb() {
        let found = people("Ông Bùi Quang Huy, Giám đốc Sở Nội vụ cho biết sẽ sắp xếp lại bộ máy.")
        XCTAssertEqual(found, [Person(name: "Bùi Quang Huy", roles: ["Giám đốc Sở Nội vụ"])])
    }

    func testTitleAfterADash() {
        let found = people("Bà Hoàng Thị Lan - Phó Chủ tịch UBND huyện cho rằng cần làm sớm.")
        XCTAssertEqual(found, [Person(name: "Hoàng Thị Lan", roles: ["Phó Chủ tịch UBND huyện"])])
    }

    func testFormsOfAddressMakeTwoSyllableNames() {
        XCTAssertEqual(names("Gia đình ông Lê Hùng ở ấp 3 đã hiến đất làm đường."), ["Lê Hùng"])
        XCTAssertEqual(names("Tham dự có đồng chí Y Moan Niê và các đại biểu."), ["Y Moan Niê"])
        XCTAssertEqual(names("Trên đường về, Lê Hùng ghé thăm chợ."), [])
    }

    func testThreeSyllableNameWithoutTitle() {
        XCTAssertEqual(names("Nhiều năm nay, Nguyễn Thị Hồng Nhung vẫn nuôi heo giỏi."), ["Nguyễn Thị Hồng Nhung"])
    }

    func testTitleWithoutAddressBeforeTwoSyllables() {
        XCTAssertEqual(people("Thiếu tướng Lê Hải cho biết đơn vị đã sẵn sàng."), [Person(name: "Lê Hải", roles: ["Thiếu tướng"])])
    }

    func testSameNameOnce() {
        let found = people("Đồng chí Ngô Văn Tư, Bí thư Huyện ủy, chủ trì hội nghị. Kết luận hội nghị, đồng chí Ngô Văn Tư yêu cầu các xã rà soát. Bí thư Huyện ủy Ngô Văn Tư cũng trao quà.")
        XCTAssertEqual(found, [Person(name: "Ngô Văn Tư", roles: ["Bí thư Huyện ủy"])])
    }

    func testShortReferenceAddsRoles() {
        let found = people("Đồng chí Dương Minh Khoa phát biểu. Sau đó, ông Khoa, Chủ tịch UBND xã, trao giấy khen.")
        XCTAssertEqual(found, [Person(name: "Dương Minh Khoa", roles: ["Chủ tịch UBND xã"])])
    }

    func testPlaceBeforeTheNameInsideTheTitle() {
        let found = people("Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Tử Quỳnh dự lễ khởi công.")
        XCTAssertEqual(found, [Person(name: "Nguyễn Tử Quỳnh", roles: ["Chủ tịch UBND tỉnh Bắc Ninh"])])
        let other = people("Giám đốc Bệnh viện Bạch Mai Nguyễn Quang Tuấn thăm bệnh nhân.")
        XCTAssertEqual(other.map(\.name), ["Nguyễn Quang Tuấn"])
    }

    func testStreetsAreNotPeople() {
        XCTAssertEqual(names("Cửa hàng nằm trên đường Lý Tự Trọng, gần phố Trần Hưng Đạo."), [])
        XCTAssertEqual(names("Đường Nguyễn Văn Cừ được mở rộng năm nay."), [])
        XCTAssertEqual(names("Trụ sở mới đặt tại số 12 Nguyễn Thị Minh Khai."), [])
    }

    func testSchoolsAndInstitutionsAreNotPeople() {
        XCTAssertEqual(names("Sinh viên Trường ĐH Y Phạm Ngọc Thạch tham gia hiến máu."), [])
        XCTAssertEqual(names("Học sinh Trường THPT chuyên Lê Quý Đôn đoạt giải."), [])
        XCTAssertEqual(names("Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp mới."), [])
    }

    func testIdeologyAndOrganisationsAreNotPeople() {
        XCTAssertEqual(names("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."), [])
        XCTAssertEqual(names("Đoàn TNCS Hồ Chí Minh tỉnh ra quân mùa hè xanh."), [])
        XCTAssertEqual(names("Giải thưởng Trần Văn Giàu được trao cho các nhà sử học."), [])
    }

    func testPlacesAreNotPeople() {
        XCTAssertEqual(names("Đoàn công tác làm việc tại tỉnh Hà Nam và TP Hồ Chí Minh."), [])
        XCTAssertEqual(names("Hà Nội và Thái Bình đều tăng trưởng khá."), [])
        XCTAssertEqual(names("Ngư dân bám biển Hoàng Sa."), [])
    }

    func testHoChiMinhThePerson() {
        XCTAssertEqual(people("Di tích lưu niệm Chủ tịch Hồ Chí Minh đón khách."), [Person(name: "Hồ Chí Minh", roles: ["Chủ tịch"])])
        XCTAssertEqual(names("Thiếu nhi dâng hoa lên Bác Hồ kính yêu."), ["Hồ Chí Minh"])
        XCTAssertEqual(names("Thi đua học tập và làm theo Bác."), [])
    }

    func testBylineAndPhotoCreditAreNotPeople() {
        XCTAssertEqual(names("Đông đảo người dân tham gia. (Ảnh: Trần Minh Khôi)"), [])
        XCTAssertEqual(names("Nguyễn Thanh Tùng"), [])
        XCTAssertEqual(names("ANH DŨNG"), [])
    }

    func testDecomposedInputGivesTheSameNames() {
        let text = "Theo đồng chí Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy, công việc tiến triển."
        let nfd = text.decomposedStringWithCanonicalMapping
        XCTAssertEqual(PeopleExtractor.extract(fromText: TextNormalizer.normalize(nfd)).map(\.name).count, 1)
        XCTAssertEqual(people(text), [Person(name: "Phạm Văn Hiểu", roles: ["Phó Bí thư Thường trực Thành ủy"])])
    }

    func testSentenceInitialFormOfAddress() {
        XCTAssertEqual(names("Ông Võ Văn Thưởng phát biểu."), ["Võ Văn Thưởng"])
        XCTAssertEqual(names("Bà Rịa - Vũng Tàu có nhiều khu công nghiệp."), [])
    }

    func testListOfNamesWithTitles() {
        let found = people("Dự hội nghị có Bí thư Tỉnh ủy Lâm Văn Mẫn, Chủ tịch UBND tỉnh Trần Văn Lâu.")
        XCTAssertEqual(found, [
            Person(name: "Lâm Văn Mẫn", roles: ["Bí thư Tỉnh ủy"]),
            Person(name: "Trần Văn Lâu", roles: ["Chủ tịch UBND tỉnh"]),
        ])
    }

    func testFormOfAddressNamesTheWholeRun() {
        XCTAssertEqual(names("Tổ đại biểu gồm bà Văn Thị Bạch Tuyết và ông Lý Văn Hai."), ["Văn Thị Bạch Tuyết", "Lý Văn Hai"])
    }

    func testForeignNamesAfterATitle() {
        XCTAssertEqual(people("Thủ tướng Nhật Bản Shinzo Abe đón đoàn."), [Person(name: "Shinzo Abe", roles: ["Thủ tướng Nhật Bản"])])
        XCTAssertEqual(names("Tổng thống Donald Trump phát biểu."), ["Donald Trump"])
        XCTAssertEqual(names("Tại hội nghị, ông Hiroshi Tarashima nêu ý kiến."), ["Hiroshi Tarashima"])
    }

    func testBodiesAndCountriesAfterATitleAreNotNames() {
        XCTAssertEqual(names("Giám đốc Sở Nội vụ và Đại sứ Việt Nam tại Lào cùng dự."), [])
        XCTAssertEqual(names("Chủ tịch Long An chủ trì cuộc họp."), [])
    }

    func testAnAddressedRunTooLongForOneNameIsLeft() {
        XCTAssertEqual(names("Ông Phết Ta Von Phi La Văn phát biểu."), [])
    }

    func testAGluedWordAfterANameMergesIntoIt() {
        let found = people("Ông Trần Văn Phúc nhận huy hiệu. Chúc mừng ông Trần Văn Phúc Đón nhận quà, gia đình cảm ơn.")
        XCTAssertEqual(found.map(\.name), ["Trần Văn Phúc"])
    }

    func testNamesAreNotCutAtGivenNamesThatAreAlsoWords() {
        XCTAssertEqual(names("Phó Trưởng đoàn Phan Nguyễn Như Khuê cho biết."), ["Phan Nguyễn Như Khuê"])
    }

    func testAUnitAfterATitleIsAPlace() {
        XCTAssertEqual(names("Ông trưởng thôn Hoàng Xá cho biết đã dọn xong."), [])
        XCTAssertEqual(people("Theo trưởng ấp Nguyễn Văn Tâm, nước đã rút."), [Person(name: "Nguyễn Văn Tâm", roles: ["trưởng ấp"])])
    }

    func testOceansAndContinentsAreNotNames() {
        XCTAssertEqual(names("Tư lệnh Bộ Tư lệnh Thái Bình Dương Mỹ thăm cảng."), [])
        // The name after "châu Âu" is missed rather than taken with the continent in it.
        XCTAssertEqual(names("Chủ tịch Ngân hàng Trung ương châu Âu Mario Draghi phát biểu."), [])
    }

    func testATitleIsCutAtTheVerbAfterIt() {
        XCTAssertEqual(people("Ông Trần Văn Châu, Phó Chủ tịch UBND tỉnh xác nhận tin này."),
                       [Person(name: "Trần Văn Châu", roles: ["Phó Chủ tịch UBND tỉnh"])])
        XCTAssertEqual(people("Bà Lê Thị Hoa, người phát ngôn Bộ Ngoại giao, trả lời báo chí."),
                       [Person(name: "Lê Thị Hoa", roles: ["người phát ngôn Bộ Ngoại giao"])])
    }

    func testCountriesAndBodiesNamedAfterThemAreNotPeople() {
        XCTAssertEqual(names("Đoàn Việt Nam giành 5 huy chương, Bồ Đào Nha Dự kiến đứng sau."), [])
        XCTAssertEqual(names("Sau hội đàm, anh Nhật Bản gật đầu."), [])
        XCTAssertEqual(names("Đội Hoàng Anh Gia Lai thắng trận."), [])
        XCTAssertEqual(people("ĐBQH Dương Trung Quốc gửi ý kiến."), [Person(name: "Dương Trung Quốc", roles: ["ĐBQH"])])
    }

    func testTheAuthorIsAPersonOnlyWhenTheTextNamesThem() {
        let named = Article(path: "a.txt", title: "Tin", author: "Trần Văn Bình", blocks: [
            Block(kind: .paragraph, text: "Theo ông Trần Văn Bình, Chủ tịch UBND xã, việc này xong."),
            Block(kind: .paragraph, text: "Trần Văn Bình"),
        ])
        XCTAssertEqual(PeopleExtractor.extract(from: named), [Person(name: "Trần Văn Bình", roles: ["Chủ tịch UBND xã"])])
        let byline = Article(path: "b.txt", title: "Tin", author: "Trần Văn Bình", blocks: [
            Block(kind: .paragraph, text: "Xã đã làm xong đường."),
            Block(kind: .paragraph, text: "Trần Văn Bình"),
            Block(kind: .caption, text: "Đường mới. (Ảnh: Lê Văn Hải)"),
        ])
        XCTAssertEqual(PeopleExtractor.extract(from: byline), [])
    }
}
