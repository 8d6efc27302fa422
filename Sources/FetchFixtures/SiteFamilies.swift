/// Page templates in the shapes of the sites baoterm reads: a provincial Party committee portal
/// (an old table layout), a national paper (HTML5, sapo, figure captions), a news agency (agency
/// prefix in the lead, "Xem thêm" links inside the body, tags), and an old portal in Windows-1258
/// with `<br>`-separated paragraphs. Each page carries the furniture of its family: menus, search,
/// share bars, "Tin liên quan" lists, comments, polls, most-read lists, footers.
public enum SiteFamily: String, CaseIterable, Sendable {
    case provincialPortal, nationalPaper, newsAgency, legacyPortal

    /// The furniture every page of the family shows (what extraction must leave out).
    public var furniture: [String] {
        Self.commonFurniture + (Self.familyFurniture[self] ?? [])
    }

    static let menu = ["Trang chủ", "Thời sự", "Chính trị", "Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thế giới", "Video", "Liên hệ"]
    static let related = [
        "Đại hội đại biểu Đảng bộ các xã hoàn thành trước thời hạn",
        "Tăng cường công tác phát triển đảng viên trong doanh nghiệp tư nhân",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười lăm bàn nhiều nội dung quan trọng",
    ]
    static let mostRead = [
        "Công bố quyết định về công tác cán bộ tại ba sở, ngành",
        "Khai mạc kỳ họp thường lệ cuối năm của Hội đồng nhân dân",
        "Giá lúa tăng nhẹ, nông dân phấn khởi sau vụ thu hoạch",
    ]
    static let comment = "Bài viết rất thiết thực, mong các địa phương sớm nhân rộng những mô hình hay như vậy để người dân được hưởng lợi nhiều hơn nữa."
    static let footer = "Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Giấy phép số 123/GP-BTTTT cấp ngày 10 tháng 5 năm 2020. Địa chỉ: số 9 đường Trần Phú, phường 1. Điện thoại: 0292 3821 000. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
    static let poll = "Bạn đánh giá thế nào về chất lượng sinh hoạt chi bộ ở địa phương mình?"
    static let pollOptions = ["Rất tốt", "Tốt", "Chưa tốt"]

    static let commonFurniture: [String] = menu + related + mostRead + [comment, footer]
    static let familyFurniture: [SiteFamily: [String]] = [
        .provincialPortal: [poll] + pollOptions,
        .nationalPaper: [poll] + pollOptions,
    ]

    /// The page for `article` at `url`, as this family lays it out.
    public func page(_ article: FixtureArticle, url: String) -> String {
        switch self {
        case .provincialPortal: return provincialPortal(article)
        case .nationalPaper: return nationalPaper(article, url: url)
        case .newsAgency: return newsAgency(article, url: url)
        case .legacyPortal: return legacyPortal(article)
        }
    }

    /// The article's words as this family's page shows them: lead, paragraphs and captions with
    /// their credits (the agency prefixes its lead and credits photos to TTXVN).
    public func expectedBody(_ a: FixtureArticle) -> [String] {
        var out = [self == .newsAgency ? "\(a.expectedProvince.uppercased()) (TTXVN) - " + a.lead : a.lead]
        for (index, paragraph) in a.paragraphs.enumerated() {
            out.append(paragraph)
            for (k, after) in a.captionAfter.enumerated() where after == index {
                let caption = a.captions[k]
                out.append(self == .newsAgency ? "\(caption.text). (Ảnh: \(caption.credit)/TTXVN)" : a.captionLine(caption))
            }
        }
        return out
    }

    /// "12/09/2024 08:15" and friends.
    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func menuList() -> String {
        "<ul class=\"menu-top\">" + menu.map { "<li><a href=\"/chuyen-muc/\($0.count)\">\(escape($0))</a></li>" }.joined() + "</ul>"
    }

    static func links(_ titles: [String]) -> String {
        titles.enumerated().map { "<li><a href=\"/tin/\($0.offset + 100).html\">\(escape($0.element))</a></li>" }.joined()
    }

    // MARK: - Families

    private func provincialPortal(_ a: FixtureArticle) -> String {
        let (y, m, d, h, mi) = a.published
        var body = ""
        for (index, paragraph) in a.paragraphs.enumerated() {
            body += "<p style=\"text-align: justify;\">\(Self.escape(paragraph))</p>\n"
            for (k, after) in a.captionAfter.enumerated() where after == index {
                let caption = a.captions[k]
                body += """
                <table class="image center" align="center"><tbody>
                <tr><td><img src="/Uploads/images/\(a.slug)-\(k).jpg" alt=""></td></tr>
                <tr><td class="image_caption"><p>\(Self.escape(a.captionLine(caption)))</p></td></tr>
                </tbody></table>

                """
            }
        }
        return """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <title>\(Self.escape(a.title)) - Cổng thông tin điện tử Đảng bộ tỉnh</title>
        <script type="text/javascript">var _gaq = _gaq || []; if (a < b && c > d) { document.write("</div>"); }</script>
        <style>.menu-top li { float: left; }</style></head>
        <body><form method="post" action="./chi-tiet.aspx" id="form1">
        <div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="Đảng bộ tỉnh"></a></div>
        <div class="search-box"><input type="text" name="q" value="Tìm kiếm..."></div></div>
        <div id="menu">\(Self.menuList())</div>
        <table width="1000" cellpadding="0" cellspacing="0"><tr>
        <td valign="top" width="700" class="main-col">
        <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xay-dung-dang">\(Self.escape(a.rubric))</a></div>
        <div id="ctl00_ContentPlaceHolder1_divContent" class="news-detail">
        <h1 class="title">\(Self.escape(a.title))</h1>
        <div class="date">Ngày \(Self.two(d))/\(Self.two(m))/\(y) \(Self.two(h)):\(Self.two(mi))</div>
        <div class="social-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
        <p><strong>\(Self.escape(a.lead))</strong></p>
        \(body)<p style="text-align: right;"><strong>\(Self.escape(a.byline))</strong></p>
        <div class="tinlienquan"><h3>Tin liên quan</h3><ul>\(Self.links(Self.related))</ul></div>
        <div class="binhluan"><h3>Ý kiến bạn đọc</h3><div class="item-comment"><b>Nguyễn Văn An</b><p>\(Self.escape(Self.comment))</p></div>
        <textarea name="comment">Nhập ý kiến của bạn</textarea><input type="submit" value="Gửi"></div>
        </div></td>
        <td valign="top" width="300" class="right-col">
        <div class="box-binhchon"><h3>Thăm dò ý kiến</h3><p>\(Self.escape(Self.poll))</p>
        \(Self.pollOptions.map { "<input type=\"radio\" name=\"poll\"> \(Self.escape($0))<br>" }.joined())</div>
        <div class="box-docnhieu"><h3>Đọc nhiều nhất</h3><ul>\(Self.links(Self.mostRead))</ul></div>
        </td></tr></table>
        <div id="footer"><p>\(Self.escape(Self.footer))</p></div>
        </form></body></html>
        """
    }

    private func nationalPaper(_ a: FixtureArticle, url: String) -> String {
        let iso = a.iso + ":00+07:00"
        var body = ""
        for (index, paragraph) in a.paragraphs.enumerated() {
            body += "<p>\(Self.escape(paragraph))</p>\n"
            for (k, after) in a.captionAfter.enumerated() where after == index {
                let caption = a.captions[k]
                body += "<figure class=\"image\"><img src=\"https://cdn.example/\(a.slug)-\(k).jpg\" alt=\"\(Self.escape(caption.text))\"><figcaption>\(Self.escape(caption.text)) <span>(Ảnh: \(Self.escape(caption.credit)))</span></figcaption></figure>\n"
            }
        }
        return """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8">
        <meta property="og:title" content="\(Self.escape(a.title))">
        <meta property="article:published_time" content="\(iso)">
        <meta property="article:section" content="\(Self.escape(a.rubric))">
        <link rel="canonical" href="\(url)"><title>\(Self.escape(a.title)) | Báo Nhân Dân điện tử</title></head>
        <body class="page-article">
        <header class="site-header"><a class="logo" href="/">Báo Nhân Dân</a><nav class="main-nav">\(Self.menuList())</nav>
        <form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
        <main class="container"><div class="row">
        <article class="article">
        <header class="article__header"><div class="breadcrumbs"><a href="/">Trang chủ</a><a href="/chinhtri">\(Self.escape(a.rubric))</a></div>
        <h1 class="article__title">\(Self.escape(a.title))</h1>
        <time class="article__time" datetime="\(iso)">\(Self.two(a.published.2))/\(Self.two(a.published.1))/\(a.published.0)</time></header>
        <div class="article__share"><a href="#">Chia sẻ</a><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Sao chép link</a></div>
        <div class="article__sapo">\(Self.escape(a.lead))</div>
        <div class="article__body">
        \(body)</div>
        <p class="article__author">\(Self.escape(a.byline))</p>
        <div class="article__tag">Từ khóa: <a href="#">xây dựng Đảng</a> <a href="#">địa phương</a></div>
        <section class="related-news"><h2>Tin liên quan</h2><ul>\(Self.links(Self.related))</ul></section>
        <div class="box-comment" id="comments"><h3>Bình luận</h3><div class="comment"><span class="name">Trần Thị Bình</span><p>\(Self.escape(Self.comment))</p></div></div>
        <div class="poll"><h3>Bình chọn</h3><p>\(Self.escape(Self.poll))</p><ul>\(Self.pollOptions.map { "<li><label><input type=radio name=p>\(Self.escape($0))</label></li>" }.joined())</ul></div>
        </article>
        <aside class="sidebar"><h3>Đọc nhiều</h3><ol>\(Self.links(Self.mostRead))</ol></aside>
        </div></main>
        <footer class="site-footer"><p>\(Self.escape(Self.footer))</p></footer>
        <script>window.dataLayer = []; var s = "<p>not text</p>";</script>
        </body></html>
        """
    }

    private func newsAgency(_ a: FixtureArticle, url: String) -> String {
        let iso = a.iso + ":00+07:00"
        let place = a.expectedProvince.uppercased()
        var body = ""
        for (index, paragraph) in a.paragraphs.enumerated() {
            body += "<p>\(Self.escape(paragraph))</p>\n"
            if index == 0 {
                body += "<p class=\"see-also\"><a href=\"/tin/200.html\">Xem thêm: \(Self.escape(Self.related[0]))</a></p>\n"
            }
            for (k, after) in a.captionAfter.enumerated() where after == index {
                let caption = a.captions[k]
                body += "<div class=\"photo\"><img src=\"/anh/\(a.slug).jpg\"><div class=\"caption\"><em>\(Self.escape(caption.text)). (Ảnh: \(Self.escape(caption.credit))/TTXVN)</em></div></div>\n"
            }
        }
        let lead = "\(place) (TTXVN) - " + a.lead
        return """
        <html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
        <meta name="pubdate" content="\(iso)"><title>\(Self.escape(a.title))</title></head>
        <body><div id="wrapper">
        <div class="top-bar"><span class="weather">Hà Nội 24°C</span><a href="/dang-nhap">Đăng nhập</a></div>
        <div class="navigation">\(Self.menuList())</div>
        <div class="details">
        <div class="details__cate"><a href="/chinh-tri">\(Self.escape(a.rubric))</a></div>
        <h1 class="details__headline">\(Self.escape(a.title))</h1>
        <div class="details__meta"><span class="time">\(Self.two(a.published.2))/\(Self.two(a.published.1))/\(a.published.0) \(Self.two(a.published.3)):\(Self.two(a.published.4))</span></div>
        <div class="details__content">
        <p><strong>\(Self.escape(lead))</strong></p>
        \(body)<p class="author">\(Self.escape(a.byline))</p>
        </div>
        <div class="details__tags"><span>Tags:</span><a href="#">chính trị</a></div>
        <div class="social"><a href="#">Like</a><a href="#">Share</a></div>
        <div class="other-news"><h2>Tin cùng chuyên mục</h2><ul>\(Self.links(Self.related))</ul></div>
        <div class="fb-comments"><p>\(Self.escape(Self.comment))</p></div>
        </div>
        <div class="most-read"><h2>Xem nhiều</h2><ul>\(Self.links(Self.mostRead))</ul></div>
        <div class="footer"><p>\(Self.escape(Self.footer))</p></div>
        </div></body></html>
        """
    }

    private func legacyPortal(_ a: FixtureArticle) -> String {
        let (y, m, d, h, mi) = a.published
        var body = "<b>\(Self.escape(a.lead))</b><br><br>\n"
        for (index, paragraph) in a.paragraphs.enumerated() {
            body += "\(Self.escape(paragraph))<br><br>\n"
            for (k, after) in a.captionAfter.enumerated() where after == index {
                body += "<center><img src=\"/img/\(k).jpg\"><br><i class=\"chuthich\">\(Self.escape(a.captionLine(a.captions[k])))</i></center><br>\n"
            }
        }
        return """
        <HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1258">
        <TITLE>\(Self.escape(a.title))</TITLE></HEAD>
        <BODY BGCOLOR=#FFFFFF>
        <TABLE WIDTH=780><TR><TD COLSPAN=2 CLASS=menu>\(Self.menu.map { "<A HREF=/cm.asp>\(Self.escape($0))</A> | " }.joined())</TD></TR>
        <TR><TD WIDTH=560 VALIGN=top>
        <FONT CLASS=chuyenmuc>\(Self.escape(a.rubric))</FONT>
        <H1><FONT SIZE=4>\(Self.escape(a.title))</FONT></H1>
        <FONT CLASS=ngaydang>Cập nhật: \(Self.two(h)):\(Self.two(mi)) ngày \(d)/\(m)/\(y)</FONT>
        <DIV CLASS=noidung>
        \(body)<P ALIGN=right><B>\(Self.escape(a.byline))</B></P>
        </DIV>
        <DIV CLASS=tinkhac><B>Các tin khác:</B><UL>\(Self.links(Self.related))</UL></DIV>
        <DIV CLASS=ykien><B>Ý kiến bạn đọc</B><P>\(Self.escape(Self.comment))</P></DIV>
        </TD><TD WIDTH=220 VALIGN=top CLASS=cotphai><B>Tin đọc nhiều</B><UL>\(Self.links(Self.mostRead))</UL></TD></TR>
        <TR><TD COLSPAN=2 CLASS=footer>\(Self.escape(Self.footer))</TD></TR></TABLE>
        </BODY></HTML>
        """
    }
}
