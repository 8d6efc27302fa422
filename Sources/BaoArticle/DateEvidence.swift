import BaoText

/// What an article's text says about when it was written, read from the dates and years it names.
///
/// A publication date in a corpus file is the date that opens one of its first paragraphs
/// ("Ngày 16/5, …"). Such a date may lack its year, and a full one may be a date of the past
/// ("Ngày 20/5/1947, Bác Hồ …" in an anniversary piece). Both are checked against the other time
/// references of the text, each classified by the words around it:
/// - a plan's target or period is no evidence ("đến năm 2025", "giai đoạn 2021-2025", "tầm nhìn
///   2045", "nhiệm kỳ 2015-2020"), nor is a birth year ("sinh năm 1947", "SN 1991");
/// - an anniversary ("kỷ niệm 70 năm", "tròn 30 năm", "cách đây 50 năm") says the text was
///   written at least that many years after the earliest year it names;
/// - a date or month with its year ("ngày 8/1/2017", "tháng 5/2017") fixes the year of a date
///   without one that falls within two months of it; one that opens a period ("từ tháng 1/2016")
///   may contradict that year but not give it alone, and one told as earlier ("Trước đó, ngày
///   13/3/2016") puts the present after it;
/// - a sentence opening with a later date that it reports ("Ngày 11/5/2017, quân đội … giành
///   lại") says the text was written on that later day at the earliest.
/// Where the evidence is absent or disagrees, there is no year: no date is better than a guess.
struct DateEvidence {
    /// One year written in the text, with its month and day when they are written with it.
    struct Mention: Equatable {
        var year: Int
        var month: Int?
        var day: Int?
        /// The paragraph it is in (-1 for the title).
        var paragraph: Int
        /// Written after "năm" ("năm 2017"), not bare after a name ("World Cup 2022").
        var afterNam: Bool
        /// A plan's target or period, a birth year, or the first date of a range: no evidence.
        var excluded: Bool
        /// Told as earlier than the news ("Trước đó, ngày 13/3/2016"): the present is not before it.
        var past = false
        /// A month opening a period ("từ tháng 1/2016"), which may have run for years: it can
        /// contradict a year but not give one alone.
        var opensPeriod = false
    }

    /// "từ tháng 1/2016": the word before a month that opens a period.
    private static let periodWords: Set<String> = ["tu"]

    /// A date opening a sentence of the text that reports what happened that day ("Ngày
    /// 11/5/2017, các đơn vị … giành lại", "Chiều 12/5, …"), not one announcing an event.
    struct ReportedDay: Equatable {
        var year: Int?
        var month: Int
        var day: Int
    }

    private(set) var mentions: [Mention] = []
    /// The N of every anniversary phrase ("kỷ niệm 70 năm" → 70).
    private(set) var anniversaries: [Int] = []
    /// Every date that opens a sentence and reports that day (see `ReportedDay`).
    private(set) var reportedDays: [ReportedDay] = []

    /// Reads `title` and `paragraphs` (the article's blocks in order, captions included).
    init(title: String?, paragraphs: [String]) {
        if let title { scan(title, paragraph: -1) }
        for (index, text) in paragraphs.enumerated() {
            scan(text, paragraph: index)
            scanSentenceOpenings(text)
        }
    }

    /// True when a sentence of the text reports a day after the date `year`-`month`-`day` (a
    /// date without a year being of `year`): the news runs on to that day, so this one is its
    /// beginning or its background ("Ngày 10/5/2017, quân đội tiếp tục tấn công … Ngày
    /// 11/5/2017, các đơn vị giành lại 27 tòa nhà"). Days more than two months on are left to
    /// `isPlausiblePresent`, and a reported day a year or more back is another story's.
    func reportsLaterDay(year: Int, month: Int, day: Int) -> Bool {
        let present = year * 372 + month * 31 + day
        return reportedDays.contains { reported in
            let then = (reported.year ?? year) * 372 + reported.month * 31 + reported.day
            return then > present && then <= present + 62
        }
    }

    /// The year of a date written without one, opening paragraph `paragraph`; nil when the text
    /// does not tell it.
    func year(month: Int, paragraph: Int, latestYear: Int) -> Int? {
        var candidates: Set<Int> = []
        var fromPeriods: Set<Int> = []
        // A date or month with its year within two months of the date.
        for m in mentions where !m.excluded {
            guard let mentionMonth = m.month else { continue }
            for w in (m.year - 1)...(m.year + 1) where abs((w * 12 + month) - (m.year * 12 + mentionMonth)) <= 2 {
                if m.opensPeriod { fromPeriods.insert(w) } else { candidates.insert(w) }
            }
        }
        // A review of one year and the plan of the next in the date's own paragraph ("tổng kết
        // năm 2023 và triển khai nhiệm vụ năm 2024"): held late in the first or early in the
        // second. A single year beside the date is no evidence: it is as often a past one ("năm
        // 2016 đạt 32,5 triệu hành khách", "từ năm 2016").
        let local = Set(mentions.filter { $0.paragraph == paragraph && isYearOnly($0) }.map(\.year)).sorted()
        if local.count == 2, local[1] == local[0] + 1 {
            candidates.insert(month >= 7 ? local[0] : local[1])
        }
        guard candidates.count == 1, let year = candidates.first, fromPeriods.isSubset(of: candidates),
              year <= latestYear else { return nil }
        return isPlausiblePresent(year: year, month: month, day: nil, latestYear: latestYear) ? year : nil
    }

    /// True when a full date opening paragraph `paragraph` can be the day of the news: it is not
    /// in the text's past, and outside the lead (`isLead`) another mention confirms its time (a date within
    /// two months, or its year after "năm"): a date opening a later paragraph alone is as often
    /// the background of the story ("Ngày 6/2/2016, cô hạ sinh …").
    func confirms(year: Int, month: Int, day: Int, paragraph: Int, isLead: Bool, latestYear: Int) -> Bool {
        guard year <= latestYear, isPlausiblePresent(year: year, month: month, day: day, latestYear: latestYear) else { return false }
        if isLead { return true }
        var sawSelf = false
        for m in mentions where !m.excluded {
            if m.year == year, m.month == month, m.day == day, m.paragraph == paragraph, !sawSelf {
                sawSelf = true
                continue
            }
            if let mentionMonth = m.month {
                if abs((m.year * 12 + mentionMonth) - (year * 12 + month)) <= 2 { return true }
            } else if m.afterNam, m.year == year {
                return true
            }
        }
        return false
    }

    /// True when the text could have been written in `month` of `year` (on `day`, when known): no
    /// date or "năm" year it names as past or present comes later, and no anniversary puts the
    /// present further on. `latestYear` (the clock's year) tells which years can be the origin
    /// of an anniversary: "kỷ niệm 127 năm" of 2017 is not the 22nd century.
    func isPlausiblePresent(year: Int, month: Int, day: Int?, latestYear: Int) -> Bool {
        let present = year * 372 + month * 31 + (day ?? 31)
        for m in mentions where !m.excluded {
            if m.past, let mentionMonth = m.month, m.year * 372 + mentionMonth * 31 + (m.day ?? 1) > present {
                // "Trước đó, ngày 13/3/2016": what came before the news cannot come after it.
                return false
            }
            if let mentionMonth = m.month {
                // A later date of the same story up to two months on is its news ("phiên tòa ngày
                // 29/6" after a crime of March makes the March date the background).
                if m.year * 372 + mentionMonth * 31 + (m.day ?? 1) > present + 62 { return false }
            } else if m.afterNam, m.year > year {
                // Next year's plan is written late in the year. A year after a name ("World Cup
                // 2022") names an event, not the present.
                if !(m.year == year + 1 && month >= 9) { return false }
            }
        }
        // A year named in the text that an anniversary counts from puts the present N years on.
        for n in anniversaries {
            for m in mentions where (!m.excluded || m.month != nil) && m.year <= year && m.year + n <= latestYear + 1 {
                if m.year + n > year + 1 { return false }
            }
        }
        return true
    }

    private func isYearOnly(_ m: Mention) -> Bool { !m.excluded && m.month == nil && m.afterNam }

    /// True when the first sentence of `paragraph` announces something to come ("Ngày 12/6/2017
    /// tại Hội An sẽ diễn ra buổi giao lưu", "sắp diễn ra") rather than reporting it: its date is
    /// the event's, not the day of the news. A report of a plan ("Ngày 6/2, Tổng cục cho hay
    /// đoàn sẽ có 6 vận động viên") is news of that day.
    static func announcesFuture(_ paragraph: some StringProtocol) -> Bool {
        let tokens = DateParsing.tokenize(Folding.fold(firstSentenceHead(paragraph)))
        var previous = ""
        for (index, token) in tokens.enumerated() {
            if case .symbol(let mark) = token, ".!?".contains(mark) {
                // A full stop between digits is inside a date ("19.5.2017").
                let nextIsNumber = index + 1 < tokens.count && DateParsing.isNumber(tokens[index + 1])
                let previousIsNumber = index > 0 && DateParsing.isNumber(tokens[index - 1])
                if !(nextIsNumber && previousIsNumber) { return false }
            }
            guard case .word(let word) = token else { continue }
            if word == "se" || word == "sap" { return true }
            if reportingWords.contains(previous + " " + word) || word == "noi" { return false }
            previous = word
        }
        return false
    }

    /// The part of `paragraph` that `announcesFuture` reads: its first 400 characters, or less
    /// when its first sentence surely ends within 400 bytes. A full stop, "!" or "?" surely ends
    /// it when the text on either side (past white space) is not a digit and not a letter that
    /// could fold to one; tokens never span these marks, so the cut changes no token before it.
    static func firstSentenceHead(_ paragraph: some StringProtocol) -> String {
        let cut: Int?? = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            @inline(__always) func mayBeDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || byte >= 0x80 }
            var i = 0
            while i < n, i < 400 {
                let byte = bytes[i]
                if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                    var before = i &- 1
                    while before >= 0, DateParsing.isTokenGap(bytes[before]) { before &-= 1 }
                    var after = i &+ 1
                    while after < n, DateParsing.isTokenGap(bytes[after]) { after &+= 1 }
                    let numberBefore = before >= 0 && mayBeDigit(bytes[before])
                    let numberAfter = after < n && mayBeDigit(bytes[after])
                    if !(numberBefore && numberAfter) { return i &+ 1 }
                }
                i &+= 1
            }
            return nil
        }
        guard let cut = cut ?? nil else { return String(paragraph.prefix(400)) }
        let utf8 = paragraph.utf8
        return String(paragraph[..<utf8.index(utf8.startIndex, offsetBy: cut)])
    }

    /// True when the first sentence of `paragraph` is the caption of an archive photo glued to
    /// it ("Ngày 2/2/2017, đàn vịt được tiêu hủy. Ảnh tư liệu Toàn văn công điện …", "… (Ảnh:
    /// Tư liệu)."): its date is the photo's, taken before the news.
    static func opensWithArchiveCaption(_ paragraph: String) -> Bool {
        let head = Folding.fold(String(paragraph.prefix(500)))
        guard let end = firstSentenceEnd(head) else { return false }
        // The credit closes the sentence ("… tiêu hủy (Ảnh tư liệu).") or follows it.
        let after = head[(head.index(end, offsetBy: -24, limitedBy: head.startIndex) ?? head.startIndex)...].prefix(48)
        return archiveCredits.contains { credit in
            guard let range = after.range(of: credit) else { return false }
            // The credit is a word of its own: "Ảnh TL", not "ảnh TLS".
            return range.upperBound == after.endIndex || !(after[range.upperBound].isLetter)
        }
    }

    /// Folded credits of an archive photo, as they follow a caption.
    private static let archiveCredits = ["anh tu lieu", "anh: tu lieu", "anh tl", "anh: tl", "(anh tu lieu", "(anh: tu lieu"]

    /// Where the first sentence of folded `text` ends (after its full stop), not counting a
    /// stop between digits ("19.5.2017"); nil when it has none.
    private static func firstSentenceEnd(_ text: String) -> String.Index? {
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if ".!?".contains(c), !(previous.isNumber && next < text.endIndex && text[next].isNumber) {
                return next
            }
            previous = c
            index = next
        }
        return nil
    }

    /// Folded verbs of saying and deciding: after one, "sẽ" is what was said or decided
    /// (`scripts/article/date-reporting-words.txt`).
    private static let reportingWords = ArticleWords.dateReportingWords

    // MARK: - Scanning

    private typealias Token = DateParsing.Token

    /// Folded words after which a year is a plan's target or period, or a birth year
    /// (`scripts/article/date-plan-words.txt`).
    private static let planWords = ArticleWords.datePlanWords
    /// The same for a date or month with its year, right before it (`scripts/article/date-plan-words-dated.txt`
    /// says why these are fewer).
    private static let datePlanWords = ArticleWords.datePlanWordsDated
    /// Folded words before "N năm" that make it an anniversary: "kỷ niệm", "tròn", "cách đây", "đúng".
    private static let anniversaryBefore = ArticleWords.dateAnniversaryBefore
    /// Folded words after "N năm" that make it an anniversary: "70 năm trước", "70 năm ngày thành lập".
    private static let anniversaryAfter = ArticleWords.dateAnniversaryAfter

    /// False when `text` cannot hold anything `scan` records, read on its bytes before folding
    /// and tokenising it: every year is a run of four digits, and an anniversary is a number
    /// followed by "năm". Only ASCII digits fold to digits; a letter that folds to "n" is "n",
    /// "N" or outside ASCII, and tokens are separated by spaces, tabs and line feeds only.
    static func mayNameAYear(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                guard bytes[i] &- 0x30 < 10 else { i &+= 1; continue }
                var end = i &+ 1
                while end < n, bytes[end] &- 0x30 < 10 { end &+= 1 }
                if end &- i == 4 { return true }
                var next = end
                while next < n, DateParsing.isTokenGap(bytes[next]) { next &+= 1 }
                if next < n, bytes[next] == 0x6E || bytes[next] == 0x4E || bytes[next] >= 0x80 { return true }
                i = end
            }
            return false
        }
    }

    private mutating func scan(_ text: String, paragraph: Int) {
        guard Self.mayNameAYear(text) else { return }
        let tokens = DateParsing.tokenize(Folding.fold(text))
        var used = Set<Int>()
        func word(_ i: Int) -> String? {
            guard i >= 0, i < tokens.count, case .word(let w) = tokens[i] else { return nil }
            return w
        }
        func number(_ i: Int) -> (value: Int, digits: Int)? {
            guard i >= 0, i < tokens.count, case .number(let v, let d) = tokens[i] else { return nil }
            return (v, d)
        }
        func symbol(_ i: Int) -> Character? {
            guard i >= 0, i < tokens.count, case .symbol(let s) = tokens[i] else { return nil }
            return s
        }
        /// True when one of the three words before token `i` (not counting "năm", "ngày",
        /// "tháng") marks a plan or a birth.
        func isPlan(before i: Int, words: Set<String> = Self.planWords, reach: Int = 3) -> Bool {
            var j = i - 1
            var seen = 0
            while j >= 0, seen < reach {
                if let w = word(j) {
                    if w == "nam" || w == "ngay" || w == "thang" { j -= 1; continue }
                    if words.contains(w) { return true }
                    seen += 1
                } else if number(j) != nil || symbol(j) == "(" {
                    break
                }
                j -= 1
            }
            return false
        }
        /// True when the sentence holding token `i` opens with "Trước đó" or "Trước đây" within
        /// the five tokens before it ("Trước đó, ngày 13/3/2016", "Trước đó vào ngày …").
        func isToldAsEarlier(before i: Int) -> Bool {
            var j = i - 1
            while j >= 1, j >= i - 6 {
                if let s = symbol(j), ".!?;".contains(s) { return false }
                if word(j - 1) == "truoc", word(j) == "do" || word(j) == "day" { return true }
                j -= 1
            }
            return false
        }
        func isRangeDash(_ i: Int) -> Bool { symbol(i) == "-" || symbol(i) == "–" || word(i) == "den" }
        func isYear(_ n: (value: Int, digits: Int)?) -> Bool {
            guard let n else { return false }
            return n.digits == 4 && (1800...2100).contains(n.value)
        }

        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard !used.contains(i), let a = number(i) else { continue }
            // Anniversary: "kỷ niệm 70 năm", "70 năm trước".
            if a.digits <= 3, a.value >= 1, word(i + 1) == "nam" {
                if let before = word(i - 1), Self.anniversaryBefore.contains(before) {
                    anniversaries.append(a.value)
                } else if let after = word(i + 2), Self.anniversaryAfter.contains(after) {
                    anniversaries.append(a.value)
                }
            }
            // "ngày D tháng M năm Y", "tháng M năm Y".
            if word(i - 1) == "thang", a.digits <= 2, (1...12).contains(a.value), word(i + 1) == "nam", isYear(number(i + 2)),
               let y = number(i + 2) {
                let day = word(i - 3) == "ngay" ? number(i - 2).map(\.value) : nil
                add(Mention(year: y.value, month: a.value, day: day, paragraph: paragraph, afterNam: true,
                            excluded: isPlan(before: day == nil ? i - 1 : i - 3, words: Self.datePlanWords, reach: 1),
                            past: isToldAsEarlier(before: i - 1),
                            opensPeriod: day == nil && isPlan(before: i - 1, words: Self.periodWords, reach: 1)))
                used.formUnion([i, i + 1, i + 2])
                continue
            }
            // D/M/Y, M/Y and "tháng M/Y" (also with "-" and ".").
            if a.digits <= 2, let sep = symbol(i + 1), "/-.".contains(sep), let b = number(i + 2) {
                if b.digits <= 2, symbol(i + 3) == sep, isYear(number(i + 4)), let y = number(i + 4),
                   (1...12).contains(b.value), (1...31).contains(a.value) {
                    let rangeStart = isRangeDash(i + 5) && number(i + 6) != nil
                    add(Mention(year: y.value, month: b.value, day: a.value, paragraph: paragraph, afterNam: true,
                                excluded: rangeStart || isPlan(before: i, words: Self.datePlanWords, reach: 1),
                                past: isToldAsEarlier(before: i)))
                    used.formUnion(i...(i + 4))
                    continue
                }
                if isYear(b), sep != ".", (1...12).contains(a.value), word(i - 1) == "thang" || word(i - 1) == "quy" {
                    add(Mention(year: b.value, month: a.value, day: nil, paragraph: paragraph, afterNam: true,
                                excluded: isPlan(before: i, words: Self.datePlanWords, reach: 1),
                                opensPeriod: isPlan(before: i, words: Self.periodWords, reach: 1)))
                    used.formUnion(i...(i + 2))
                    continue
                }
            }
            // A year alone; both ends of "2016-2020", "2016 - 2020", "2016 đến 2020" are a period.
            guard isYear(a) else { continue }
            let afterRange = isRangeDash(i - 1) && isYear(number(i - 2))
            let beforeRange = isRangeDash(i + 1) && isYear(number(i + 2))
            add(Mention(year: a.value, month: nil, day: nil, paragraph: paragraph, afterNam: word(i - 1) == "nam",
                        excluded: afterRange || beforeRange || isPlan(before: i)))
        }
    }

    /// Folded words that open a sentence with its date ("Ngày 11/5, …", "Chiều 12-5, …"): written
    /// with a capital inside a paragraph, they start a sentence, even one glued to a caption.
    private static let sentenceOpeners = ["Ngày ", "Sáng ", "Chiều ", "Tối ", "Trưa ", "Đêm ", "Rạng sáng "]

    /// The openers as UTF-8 bytes, matched in place: `String.range(of:)` goes through
    /// Foundation's locale-aware search, which made this scan a third of the parser's time.
    private static let openerBytes: [[UInt8]] = sentenceOpeners.map { Array($0.utf8) }

    /// For each pair of bytes, whether an opener starts with them (bit `second` of word `first * 4
    /// + second / 64`): the first byte alone ("N", "T", "C" and the lead of "ă", "đ", "ĩ") lets
    /// through a byte in twenty of Vietnamese text, the pair about one in a thousand.
    private static let startsAnOpener: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 256 * 4)
        for pattern in openerBytes where pattern.count >= 2 {
            table[Int(pattern[0]) &* 4 &+ Int(pattern[1]) >> 6] |= 1 &<< UInt64(pattern[1] & 63)
        }
        return table
    }()

    /// True when the bytes at `offset` may start an opener: every opener is longer than two bytes.
    @inline(__always)
    private static func mayStartAnOpener(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, table: UnsafeBufferPointer<UInt64>) -> Bool {
        guard offset &+ 1 < bytes.count else { return false }
        let second = bytes[offset &+ 1]
        return table[Int(bytes[offset]) &* 4 &+ Int(second) >> 6] & (1 &<< UInt64(second & 63)) != 0
    }

    private mutating func scanSentenceOpenings(_ text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 &- 0x30 < 10 }) else { return }
        var copy = text
        let starts: [(offset: Int, length: Int)] = copy.withUTF8 { bytes in Self.startsAnOpener.withUnsafeBufferPointer { table in
            var starts: [(offset: Int, length: Int)] = []
            var offset = 0
            while offset < bytes.count {
                if Self.mayStartAnOpener(bytes, at: offset, table: table), let found = Self.openerBytes.first(where: { pattern in
                    offset + pattern.count <= bytes.count
                        && UnsafeBufferPointer(rebasing: bytes[offset..<offset + pattern.count]).elementsEqual(pattern)
                }) {
                    starts.append((offset, found.count))
                    offset += found.count
                    continue
                }
                offset += 1
            }
            return starts
        } }
        for start in starts {
            let rest = text[utf8.index(utf8.startIndex, offsetBy: start.offset)...]
            // `leadingDate` reads 48 characters; `announcesFuture` cuts its own head, only for a
            // sentence that opens with a date.
            guard let date = DateParsing.leadingDate(String(rest.prefix(48))),
                  !Self.announcesFuture(rest) else { continue }
            reportedDays.append(ReportedDay(year: date.year, month: date.month, day: date.day))
        }
    }

    private mutating func add(_ mention: Mention) {
        mentions.append(mention)
    }
}
