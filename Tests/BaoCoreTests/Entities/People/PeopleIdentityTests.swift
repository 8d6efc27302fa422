import BaoCore
@testable import BaoEntities
import XCTest

/// What is a person and what is not (issue 11, point 6), on sentences written for the test.
final class PeopleIdentityTests: XCTestCase {
    private func names(_ text: String) -> [String] {
        PeopleExtractor.extract(fromText: text).map(\.name)
    }

    func testThingsNamedAfterPeopleAreNotPeople() {
        let text = """
        Đoàn đi trên đường Lê Duẩn rồi rẽ vào phố Nguyễn Thái Học, qua Trường THPT Phan Bội Châu và Bệnh viện \
        Việt Đức. Tại Khu di tích Kim Liên, Lễ hội Làng Sen và Giải Lê Quý Đôn được tổ chức; Nhà lưu niệm Trần Phú \
        mở cửa.
        """
        XCTAssertEqual(names(text), [])
    }

    func testAUnitAfterATitleIsNotAPerson() {
        let found = PeopleExtractor.extract(fromText: "Ông Nguyễn Văn Hùng, Vụ trưởng Vụ Giáo dục và Đào tạo, phát biểu. Vụ trưởng Vụ Tổ chức cán bộ cũng dự.")
        XCTAssertEqual(found.map(\.name), ["Nguyễn Văn Hùng"])
        XCTAssertEqual(found.first?.roles, ["Vụ trưởng Vụ Giáo dục và Đào tạo"])
    }

    func testEthnicMinorityNamesAfterATitle() {
        let text = "Bí thư Tỉnh ủy Y Biêr Niê và Phó Chủ tịch UBND tỉnh H’Yim Kđoh dự hội nghị. Đồng chí Ksor Phước cũng phát biểu."
        XCTAssertEqual(names(text), ["Y Biêr Niê", "H’Yim Kđoh", "Ksor Phước"])
        // The province before a Jrai name is not part of it; a two-word family name is a phrase, and
        // "Lan" alone is a Kinh given name.
        XCTAssertEqual(names("Phó Chủ tịch UBND tỉnh Gia Lai Kpă Thuyên và đồng chí Rah Lan Chung dự. Ông Trần Văn Lan cũng dự."),
                       ["Kpă Thuyên", "Rah Lan Chung", "Trần Văn Lan"])
        XCTAssertEqual(names("Bà J.K Rowling và Thủ tướng Thái Lan Lịch dự."), [])
        // Without a title or a form of address, a run like that is no name.
        XCTAssertEqual(names("Sáng nay Y Biêr Niê đi chợ."), [])
    }

    func testATwoSyllableNameAfterATitleAndItsProvince() {
        XCTAssertEqual(names("Chủ tịch UBND tỉnh Lê Hùng phát biểu khai mạc."), ["Lê Hùng"])
        // A province after the title is the place, not a name.
        XCTAssertEqual(names("Chủ tịch UBND tỉnh Hà Nam phát biểu khai mạc."), [])
    }
}
