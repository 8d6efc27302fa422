/// The end of a web page that is not the article: share buttons, comment boxes, polls, weather,
/// lists of other stories, and whole articles embedded after "Tin liên quan" / "Xem thêm".
public enum Trailer {
    struct Cut {
        /// The article's lines, up to the first clutter marker.
        var content: [String]
        /// Lines after each related-article marker, one group per marker.
        var related: [[String]]
    }

    static func cut(_ lines: [String]) -> Cut {
        var content: [String] = []
        var related: [[String]] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if index > 0, let kind = marker(line) {
                switch kind {
                case .clutter:
                    return Cut(content: content, related: related)
                case .related(let inlineTitle):
                    if let title = inlineTitle {
                        // ">> Xem thêm: headline" between paragraphs: a link, not the end of the article.
                        related.append([title])
                        index += 1
                        continue
                    }
                    var group: [String] = []
                    index += 1
                    while index < lines.count {
                        if let next = marker(lines[index]) {
                            if case .related(nil) = next { break }
                            if case .related(let title?) = next { group.append(title); index += 1; continue }
                            related.append(group)
                            return Cut(content: content, related: related)
                        }
                        group.append(lines[index])
                        index += 1
                    }
                    related.append(group)
                    if index >= lines.count { return Cut(content: content, related: related) }
                    continue
                }
            }
            content.append(line)
            index += 1
        }
        return Cut(content: content, related: related)
    }

    enum Marker: Equatable {
        case clutter
        /// A related-article heading; with the headline when it is on the same line.
        case related(String?)
    }

    /// True when `line` starts page furniture or related articles ("Tin liên quan", "Chia sẻ",
    /// "Ý kiến bạn đọc"): what a page extractor must not take for article text either.
    public static func startsTrailer(_ line: String) -> Bool { marker(line) != nil }

    static func marker(_ line: String) -> Marker? {
        guard line.utf8.count <= 400 else { return nil }
        // ">> Headline" and "» Headline": a link to another article between paragraphs.
        if line.hasPrefix(">>") || line.hasPrefix("»") {
            let title = TextScan.trim(line.drop(while: { $0 == ">" || $0 == "»" || $0 == " " }))
            if !title.isEmpty, title.count <= 200 {
                if let colon = title.firstIndex(of: ":"), relatedHeadings.contains(Folding.fold(String(title[..<colon])).trimmedSpaces) {
                    let rest = TextScan.trim(title[title.index(after: colon)...])
                    return .related(rest.isEmpty ? nil : rest)
                }
                return .related(title)
            }
        }
        var trimmed = Substring(line)
        while let first = trimmed.first, isLeadingMark(first) { trimmed = trimmed.dropFirst() }
        if trimmed.utf8.count <= 60 {
            // "Bình luận (0)", "Chia sẻ:", "Ý KIẾN BẠN ĐỌC »": letters and spaces decide.
            let key = lettersOnly(Folding.fold(String(trimmed)))
            if relatedHeadings.contains(key) { return .related(nil) }
            if clutter.contains(key) { return .clutter }
            // "Facebook Twitter Zalo Email": a row of share buttons.
            let words = key.split(separator: " ")
            if words.count >= 2, words.allSatisfy({ shareWords.contains(String($0)) }) { return .clutter }
        }
        // "Xem thêm: headline" on one line; "Từ khóa: …", "Tags: …" end the article.
        if let colon = TextScan.firstIndex(ofASCII: 0x3A, in: trimmed) {
            let key = Folding.fold(String(trimmed[..<colon])).trimmedSpaces
            if tagHeadings.contains(key) { return .clutter }
            if relatedHeadings.contains(key) {
                let title = trimmed[trimmed.index(after: colon)...].trimmedSpaces
                return title.isEmpty ? .related(nil) : .related(title)
            }
        }
        return nil
    }

    /// One of `>»•-–*[(` or a space, matched on the character's scalar: comparing Characters
    /// checks canonical equivalence, which costs a table look-up per Vietnamese letter, and none
    /// of these marks is equivalent to anything but itself.
    private static func isLeadingMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch scalar.value {
        case 0x3E, 0xBB, 0x2022, 0x2D, 0x2013, 0x2A, 0x5B, 0x28, 0x20: return true
        default: return false
        }
    }

    /// Lower-case letters and single spaces only.
    private static func lettersOnly(_ folded: String) -> String {
        var out = ""
        var space = false
        for character in folded {
            if character.isLetter {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else {
                space = true
            }
        }
        return out
    }

    static let tagHeadings: Set<String> = ["tu khoa", "tags", "tag", "chu de", "xem theo chu de"]

    static let shareWords: Set<String> = [
        "facebook", "twitter", "zalo", "email", "e", "mail", "in", "print", "share", "like", "tweet", "chia", "se",
        "gui", "google", "linkedin", "pinterest", "copy", "link", "sao", "chep", "luu", "bai", "viet", "thich",
    ]

    /// Folded headings that introduce related articles.
    static let relatedHeadings: Set<String> = [
        "tin lien quan", "xem them", "doc them", "bai viet lien quan", "tin bai lien quan", "cac tin lien quan",
        "bai lien quan", "co the ban quan tam", "ban co the quan tam", "tin cung chu de", "xem tiep",
    ]

    /// Folded lines that start page furniture: nothing after them belongs to the article.
    static let clutter: Set<String> = [
        "chia se bai viet", "chia se", "share", "chia se facebook", "tweet", "in bai viet", "in bai", "ban in",
        "gui bai viet", "gui email", "gui cho ban be", "luu bai viet", "luu tin", "tin khac", "cac tin khac",
        "tin moi", "tin moi nhat", "tin moi hon", "tin cu hon", "tin da dua", "tin doc nhieu", "doc nhieu nhat",
        "doc nhieu", "xem nhieu", "xem nhieu nhat", "tin cung chuyen muc", "bai cung chuyen muc",
        "y kien ban doc", "y kien cua ban", "viet binh luan moi", "viet binh luan", "gui binh luan",
        "binh luan", "cac binh luan", "tong luot binh luan", "gui y kien", "gui y kien cua ban",
        "tham do y kien", "thong tin can biet", "thoi tiet", "du bao thoi tiet", "tu khoa", "tags", "tag",
        "len dau trang", "ve dau trang", "tro ve dau trang", "quay lai", "tro ve", "danh gia bai viet",
        "refresh", "quang cao", "lien ket website", "lien ket", "theo doi chung toi", "theo doi",
        "dang nhap de binh luan", "ban doc binh luan", "phan hoi", "like", "facebook", "zalo", "twitter",
        "su kien", "chuyen muc", "video", "doc tiep",
    ]
}
