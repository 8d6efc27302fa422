/// How an element's tag, `class` and `id` say it is not article text: menus, share bars,
/// related lists, comments, polls, banners.
///
/// A word list in the manner of Readability's "unlikely candidates", with the Vietnamese names
/// the papers' templates use (tinlienquan, binhluan, binhchon, quangcao). An element that also
/// names itself content as well ("content-with-sidebar", "article-header") is kept, unless its
/// furniture word is one no content word redeems ("detail-share", "content-related").
enum PageFurniture {
    /// Elements that never hold article text. Not `<form>`: ASP.NET portals wrap the whole page in one.
    static let tags: Set<String> = [
        "nav", "aside", "footer", "header", "button", "select", "input", "textarea", "iframe", "svg",
        "script", "style", "noscript", "object", "embed", "video", "audio", "canvas", "map", "template", "head", "menu",
    ]

    /// Class and id words of furniture.
    static let words: Set<String> = [
        "menu", "menus", "mainmenu", "submenu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "crumb",
        "share", "sharing", "shares", "social", "socials", "sharebar", "toolbar", "tool", "tools", "print",
        "related", "relate", "relates", "lienquan", "tinlienquan", "baivietlienquan", "tinkhac", "other", "others",
        "othernews", "readmore", "more", "xemthem", "cungchuyenmuc", "mostread", "docnhieu", "xemnhieu", "hot", "hotnews",
        "comment", "comments", "binhluan", "ykien", "ykienbandoc", "feedback", "reply", "poll", "polls", "vote",
        "voting", "binhchon", "khaosat", "survey", "rating", "sidebar", "widget", "widgets", "banner", "banners",
        "ad", "ads", "adv", "advert", "advertisement", "quangcao", "qc", "sponsor", "footer", "header", "topbar",
        "masthead", "logo", "tags", "tag", "keyword", "keywords", "tukhoa", "weather", "thoitiet", "login", "search",
        "timkiem", "copyright", "pagination", "paging", "pager", "subscribe", "newsletter", "hidden", "modal",
        "popup", "cookie", "facebook", "fb", "zalo", "twitter", "like", "hotline", "lienhe", "video", "player",
        "marquee", "ticker", "tinmoi", "latest", "audio", "fontsize", "font",
    ]

    /// Furniture words that a content word beside them does not redeem ("detail-share", "content-related").
    static let strongWords: Set<String> = [
        "menu", "mainmenu", "submenu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "share", "sharing",
        "social", "sharebar", "toolbar", "related", "relate", "lienquan", "tinlienquan", "baivietlienquan", "tinkhac",
        "othernews", "comment", "comments", "binhluan", "poll", "binhchon", "khaosat", "quangcao", "advertisement",
        "tags", "tukhoa", "keywords", "pagination",
    ]

    /// Class and id words of the article itself: an element naming one is never furniture by its words.
    static let positiveWords: Set<String> = [
        "article", "content", "detail", "details", "body", "main", "entry", "post", "story", "noidung", "chitiet",
        "text", "fulltext", "newsdetail", "baiviet",
    ]

    /// Class and id words of the lead (the standfirst under the title).
    static let leadWords: Set<String> = [
        "sapo", "lead", "summary", "chapeau", "tomtat", "description", "desc", "excerpt", "abstract", "intro", "teaser",
        "standfirst", "trichdan", "mota",
    ]

    /// Class and id words of a photo caption.
    static let captionWords: Set<String> = [
        "caption", "captions", "figcaption", "chuthich", "imgcaption", "photocaption", "image_caption", "note",
        "pcaption", "expnoedit", "chuthichanh",
    ]

    /// Class and id words of a byline.
    static let bylineWords: Set<String> = [
        "author", "authors", "byline", "tacgia", "writer", "butdanh", "nguoiviet", "source", "nguon", "signature",
    ]

    /// Class and id words of the publication date.
    static let dateWords: Set<String> = [
        "date", "time", "datetime", "publish", "published", "pubdate", "posted", "ngay", "ngaydang", "thoigian",
        "timepost", "dateline", "postdate", "updated",
    ]

    /// Class and id words of a breadcrumb or rubric.
    static let rubricWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "crumb", "crumbs", "cate", "category", "categories", "chuyenmuc", "section",
        "rubric", "duongdan", "catename", "kicker",
    ]

    /// Class and id words of a photo gallery.
    static let galleryWords: Set<String> = ["gallery", "album", "slide", "slider", "slideshow", "photos", "anh", "carousel"]

    /// True when `node` and all below it are not article text.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        if tags.contains(node.name) { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        if let role = node.attributes["role"], ["navigation", "banner", "complementary", "contentinfo", "menu", "search"].contains(role) {
            return true
        }
        let classWords = node.classWords
        guard !classWords.isEmpty else { return false }
        if classWords.contains(where: { strongWords.contains($0) }) { return true }
        if classWords.contains(where: { words.contains($0) }) {
            return !classWords.contains(where: { positiveWords.contains($0) })
        }
        return false
    }

    static func has(_ node: HTMLNode, anyOf set: Set<String>) -> Bool {
        node.classWords.contains(where: { set.contains($0) })
    }
}
