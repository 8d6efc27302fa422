/// One parsed article: its metadata and its cleaned blocks, normalised (NFC, Đ fixed, no control characters).
///
/// `bodyText` is the canonical text that `baoterm show` prints as the body and that every
/// entity mention offset points into.
public struct Article: Codable, Sendable, Equatable {
    /// Path of the file the article was read from, as given on the command line or found in a folder.
    public var path: String
    public var title: String?
    /// Part of a series: "Bài 2: Sâu sát cơ sở, tháo gỡ vướng mắc".
    public var subtitle: String?
    /// The series marker alone: "Bài 2", "Bài cuối".
    public var series: String?
    /// A rubric line above the title: "Xây dựng Đảng".
    public var section: String?
    public var published: PublishedDate?
    /// Place line before the body: "Cần Thơ".
    public var dateline: String?
    /// Outlet named by the text ("TTXVN", "Thanhuytphcm.vn") or the host of `url`.
    public var source: String?
    public var url: String?
    /// Byline with normalised case: "Anh Dũng".
    public var author: String?
    public var blocks: [Block]
    /// Articles embedded after "Tin liên quan" / "Xem thêm": never part of this one.
    public var related: [RelatedArticle]
    /// Problems found while parsing that the user may want to know about.
    public var warnings: [String]

    public init(
        path: String, title: String? = nil, subtitle: String? = nil, series: String? = nil,
        section: String? = nil, published: PublishedDate? = nil, dateline: String? = nil,
        source: String? = nil, url: String? = nil, author: String? = nil, blocks: [Block] = [],
        related: [RelatedArticle] = [], warnings: [String] = []
    ) {
        self.path = path
        self.title = title
        self.subtitle = subtitle
        self.series = series
        self.section = section
        self.published = published
        self.dateline = dateline
        self.source = source
        self.url = url
        self.author = author
        self.blocks = blocks
        self.related = related
        self.warnings = warnings
    }

    /// The body as one string: every block's text, separated by a blank line.
    /// Entity mention offsets are counted in Unicode scalars of this string.
    public var bodyText: String {
        blocks.map(\.text).joined(separator: Self.blockSeparator)
    }

    /// What joins two blocks in `bodyText`: a blank line.
    public static let blockSeparator = "\n\n"

    /// The offset in `bodyText` at which each block starts, given each block's length. The
    /// separator is two units long whether lengths count UTF-8 bytes or Unicode scalars.
    public static func blockStarts(lengths: some Sequence<Int>) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        for length in lengths {
            starts.append(offset)
            offset = offset &+ length &+ 2
        }
        return starts
    }
}

/// A block of the article body.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case lead, paragraph, subheading, caption
    }
    public var kind: Kind
    public var text: String
    /// Photo credit of a caption: "Ngọc Thiện/TTXVN", "H.T".
    public var credit: String?

    public init(kind: Kind, text: String, credit: String? = nil) {
        self.kind = kind
        self.text = text
        self.credit = credit
    }
}

/// A publication date, with the time when the text gives one.
public struct PublishedDate: Codable, Sendable, Equatable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    /// True when the year was not written next to the date and was taken from context.
    public var yearInferred: Bool

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, yearInferred: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.yearInferred = yearInferred
    }

    /// The mark after a date whose year was inferred, wherever a date is shown ("2023-12-25~").
    public static let inferredMark = "~"

    /// The day as lists show it: "2023-12-25", or "2023-12-25~" when the year was inferred; ""
    /// without a date. `iso` is `iso` of a date or what the index stores.
    public static func day(iso: String?, inferred: Bool) -> String {
        guard let iso, !iso.isEmpty else { return "" }
        return String(iso.prefix(10)) + (inferred ? inferredMark : "")
    }

    /// Date and time as a heading shows them: "2024-08-31 17:45", "2023-12-25~".
    public var display: String {
        iso.replacingOccurrences(of: "T", with: " ") + (yearInferred ? Self.inferredMark : "")
    }

    /// ISO 8601: "2024-08-31T17:45" with a time, "2023-12-25" without.
    public var iso: String {
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let hour, let minute else { return date }
        return date + "T" + pad(hour, 2) + ":" + pad(minute, 2)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// An article embedded in another one's trailer.
public struct RelatedArticle: Codable, Sendable, Equatable {
    public var title: String
    public var text: String?

    public init(title: String, text: String? = nil) {
        self.title = title
        self.text = text
    }
}
