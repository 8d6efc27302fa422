/// Articles written for the fetch tests: invented text in the manner of Party and State news,
/// naming provinces and documents whose extraction the tests check. Nothing here is copied
/// from a real site.
public struct FixtureArticle: Sendable {
    public struct Caption: Sendable {
        public var text: String
        public var credit: String
    }

    public var slug: String
    public var rubric: String
    public var title: String
    /// Year, month, day, hour, minute.
    public var published: (Int, Int, Int, Int, Int)
    public var lead: String
    /// Paragraphs; a caption is placed after the paragraph whose index `captionAfter` gives.
    public var paragraphs: [String]
    public var captions: [Caption]
    public var captionAfter: [Int]
    /// The byline as the page shows it.
    public var byline: String
    /// What extraction must find.
    public var expectedAuthor: String
    public var expectedProvince: String
    public var expectedDocuments: [String]

    /// "2024-09-12T08:15".
    public var iso: String {
        let (y, m, d, h, mi) = published
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(h)):\(two(mi))"
    }

    /// The caption as the page prints it, credit included.
    public func captionLine(_ caption: Caption) -> String {
        caption.text + " (Ảnh: " + caption.credit + ")"
    }
}

public enum FixtureArticles {
    public static let all: [FixtureArticle] = [canTho, bacLieu, laoCai, haNoi, daNang]

    public static let canTho = FixtureArticle(
        slug: "can-tho-so-ket-nghi-quyet-59",
        rubric: "Xây dựng Đảng",
        title: "Cần Thơ sơ kết thực hiện Nghị quyết 59-NQ/TW của Bộ Chính trị",
        published: (2024, 9, 12, 8, 15),
        lead: "Sáng 12/9, Ban Thường vụ Thành ủy Cần Thơ tổ chức hội nghị sơ kết bốn năm thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn đến năm 2045.",
        paragraphs: [
            "Báo cáo tại hội nghị cho biết, sau bốn năm triển khai, các cấp ủy, chính quyền thành phố đã cụ thể hóa nghị quyết bằng nhiều chương trình, kế hoạch với các chỉ tiêu rõ ràng, phân công trách nhiệm cho từng cơ quan, đơn vị.",
            "Tốc độ tăng trưởng kinh tế của thành phố bình quân đạt khoảng 6,5%/năm; kết cấu hạ tầng giao thông, đô thị được đầu tư đồng bộ hơn, nhất là các tuyến đường kết nối quận Ô Môn với huyện Thới Lai và các tỉnh lân cận.",
            "Phát biểu chỉ đạo, đồng chí Bí thư Thành ủy đề nghị các địa phương tiếp tục thực hiện nghiêm Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, gắn với việc sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
            "Hội nghị cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, việc thu hút nguồn lực xã hội cho phát triển đô thị chưa tương xứng với tiềm năng của thành phố trung tâm vùng đồng bằng sông Cửu Long.",
        ],
        captions: [FixtureArticle.Caption(text: "Quang cảnh hội nghị sơ kết tại Trung tâm Hội nghị thành phố", credit: "Ngọc Thiện")],
        captionAfter: [0],
        byline: "Bài, ảnh: NGỌC THIỆN",
        expectedAuthor: "Ngọc Thiện",
        expectedProvince: "Cần Thơ",
        expectedDocuments: ["59-NQ/TW", "NQTW4-XII"])

    public static let bacLieu = FixtureArticle(
        slug: "bac-lieu-chi-thi-05",
        rubric: "Chính trị",
        title: "TP. Bạc Liêu đẩy mạnh học tập và làm theo Chỉ thị 05-CT/TW",
        published: (2024, 3, 5, 10, 0),
        lead: "Thành ủy Bạc Liêu vừa tổng kết việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2023.",
        paragraphs: [
            "Theo báo cáo, các chi bộ trực thuộc đã đưa nội dung học tập chuyên đề vào sinh hoạt định kỳ hằng tháng, gắn với việc nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, chính quyền.",
            "Nhiều mô hình hay được nhân rộng như tổ tự quản an ninh trật tự, tuyến đường hoa nông thôn mới, quỹ khuyến học ở các phường, xã của thành phố.",
            "Thành ủy cũng quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng, kiên quyết ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
        ],
        captions: [FixtureArticle.Caption(text: "Lãnh đạo Thành ủy trao giấy khen cho các tập thể tiêu biểu", credit: "Hoàng Uyên")],
        captionAfter: [1],
        byline: "Hoàng Uyên",
        expectedAuthor: "Hoàng Uyên",
        expectedProvince: "Bạc Liêu",
        expectedDocuments: ["5-CT/TW", "21-KL/TW"])

    public static let laoCai = FixtureArticle(
        slug: "lao-cai-phat-trien-du-lich-sa-pa",
        rubric: "Kinh tế",
        title: "Lào Cai triển khai quy hoạch phát triển du lịch Sa Pa",
        published: (2024, 6, 20, 15, 40),
        lead: "Ủy ban nhân dân tỉnh Lào Cai vừa ban hành kế hoạch thực hiện Quyết định số 1880/QĐ-TTg của Thủ tướng Chính phủ, tập trung phát triển du lịch thị xã Sa Pa và huyện Bát Xát theo hướng bền vững.",
        paragraphs: [
            "Kế hoạch đặt mục tiêu đến năm 2025 đón khoảng 3 triệu lượt khách mỗi năm, trong đó khách quốc tế chiếm khoảng một phần tư, đồng thời nâng cao chất lượng dịch vụ lưu trú tại các bản làng của đồng bào dân tộc thiểu số.",
            "Tỉnh yêu cầu các sở, ngành rà soát hạ tầng giao thông kết nối, bảo vệ cảnh quan ruộng bậc thang và rừng đầu nguồn, không để xảy ra tình trạng xây dựng trái phép trên đất nông nghiệp.",
            "Các xã vùng cao được hỗ trợ xây dựng sản phẩm du lịch cộng đồng gắn với văn hóa truyền thống, chợ phiên và nghề thủ công của đồng bào Mông, Dao, Giáy.",
        ],
        captions: [FixtureArticle.Caption(text: "Du khách tham quan ruộng bậc thang ở Sa Pa", credit: "Minh Khoa")],
        captionAfter: [0],
        byline: "Minh Khoa",
        expectedAuthor: "Minh Khoa",
        expectedProvince: "Lào Cai",
        expectedDocuments: ["1880/QĐ-TTg"])

    public static let haNoi = FixtureArticle(
        slug: "ha-noi-xu-phat-vi-pham-giao-thong",
        rubric: "Thời sự",
        title: "Hà Nội siết chặt xử lý vi phạm trật tự an toàn giao thông",
        published: (2025, 1, 15, 9, 30),
        lead: "Ủy ban nhân dân thành phố Hà Nội yêu cầu các lực lượng chức năng triển khai nghiêm Nghị định số 168/2024/NĐ-CP của Chính phủ quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông đường bộ.",
        paragraphs: [
            "Theo chỉ đạo, công an các quận, huyện tăng cường tuần tra, kiểm soát vào giờ cao điểm, tập trung vào các hành vi vượt đèn đỏ, đi ngược chiều, sử dụng rượu bia khi điều khiển phương tiện.",
            "Thành phố cũng giao Sở Giao thông vận tải phối hợp với các cơ quan báo chí tuyên truyền để người dân hiểu rõ mức phạt mới, tự giác chấp hành pháp luật khi tham gia giao thông.",
            "Sau hai tuần thực hiện, số vụ tai nạn giao thông trên địa bàn giảm rõ rệt so với cùng kỳ năm trước, tình trạng ùn tắc tại nhiều nút giao trọng điểm được cải thiện.",
        ],
        captions: [FixtureArticle.Caption(text: "Lực lượng cảnh sát giao thông kiểm tra nồng độ cồn trên phố Nguyễn Trãi", credit: "Thanh Hà")],
        captionAfter: [0],
        byline: "Thanh Hà",
        expectedAuthor: "Thanh Hà",
        expectedProvince: "Hà Nội",
        expectedDocuments: ["168/2024/NĐ-CP"])

    public static let daNang = FixtureArticle(
        slug: "da-nang-cong-tac-kiem-tra-giam-sat",
        rubric: "Xây dựng Đảng",
        title: "Đà Nẵng nâng cao chất lượng công tác kiểm tra, giám sát của Đảng",
        published: (2024, 11, 2, 16, 5),
        lead: "Ủy ban Kiểm tra Thành ủy Đà Nẵng tổ chức hội nghị quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.",
        paragraphs: [
            "Trong năm, cấp ủy các cấp đã kiểm tra hơn 300 tổ chức đảng và đảng viên, giám sát chuyên đề nhiều lĩnh vực dễ phát sinh tiêu cực như quản lý đất đai, đầu tư công, mua sắm tài sản.",
            "Ban Thường vụ Quận ủy Hải Châu được đánh giá là một trong những đơn vị làm tốt công tác phòng ngừa, phát hiện sớm vi phạm để chấn chỉnh kịp thời.",
            "Hội nghị thống nhất tiếp tục thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, bảo đảm công tác nhân sự được chuẩn bị chặt chẽ, dân chủ, đúng nguyên tắc.",
        ],
        captions: [FixtureArticle.Caption(text: "Các đại biểu dự hội nghị quán triệt quy định của Bộ Chính trị", credit: "Văn Hùng")],
        captionAfter: [1],
        byline: "Văn Hùng",
        expectedAuthor: "Văn Hùng",
        expectedProvince: "Đà Nẵng",
        expectedDocuments: ["144-QĐ/TW", "35-CT/TW"])
}
