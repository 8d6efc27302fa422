import BaoArticle
import BaoText

/// What the words around a citation say about the document: its issuing body, date, term and title.
struct CitationContext: Equatable {
    /// The body named by "của …" or by "… ban hành" before the citation.
    struct Body: Equatable {
        var code: String
        var level: DocumentCatalog.Level
        var scope: PlaceContext.Scope?
    }

    var body: Body?
    /// ISO date of the document ("ngày 5-8-2020" → "2020-08-05").
    var date: String?
    /// The year written for the document without its day ("Nghị quyết 09-NQ/TW năm 2007").
    var year: Int?
    /// Term written after a Central body ("khóa XIII").
    var term: String?
    /// Quoted title or "về …" subject.
    var title: String?
}

/// A day of the year, written without its year ("24/5").
struct MonthDay: Equatable, Comparable {
    var month: Int
    var day: Int

    static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }

    /// The date of this day in the year of `reference` (ISO), or in the year before when the day
    /// comes later in the year than it: a day told without its year is the latest one up to then.
    func date(before reference: String) -> String? {
        let parts = reference.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let year = self <= MonthDay(month: parts[1], day: parts[2]) ? parts[0] : parts[0] - 1
        // 29 February exists only in leap years.
        guard day <= DateParsing.daysInMonth(month, year: year) else { return nil }
        return PublishedDate(year: year, month: month, day: day).iso
    }
}

/// The day a document was issued as the text writes it.
enum IssueDay: Equatable {
    /// With its year: ISO "2016-09-14".
    case full(String)
    /// Without its year: of the article's year.
    case withoutYear(MonthDay)
    /// Its month and year or its year alone ("tháng 12-2016", "năm 2013").
    case year(Int)
}

/// Reads the phrases that follow (or, for the issuer, precede) a citation, within its sentence.
struct ContextReader {
    let text: FoldedScalars
    let catalog: DocumentCatalog
    let places: PlaceContext
    /// Positions where another citation starts: a "về …" subject stops there.
    let isTriggerStart: (Int) -> Bool

    private static let ngay = FoldedScalars.pattern("ngày")
    private static let cua = FoldedScalars.pattern("của")
    private static let ve = FoldedScalars.pattern("về")
    private static let va = FoldedScalars.pattern("và")
    private static let so = FoldedScalars.pattern("số")
    private static let khoa = FoldedScalars.pattern("khóa")
    private static let nam = FoldedScalars.pattern("năm")
    private static let thang = FoldedScalars.pattern("tháng")
    private static let banHanh = FoldedScalars.pattern("ban hành")

    /// The context after a citation ending at `index`.
    func after(_ index: Int) -> CitationContext {
        var context = CitationContext()
        var i = index
        var steps = 0
        while steps < 8, i < text.count {
            steps += 1
            i = text.skipSpaces(i)
            if text[i] == 0x2C { i += 1; continue }  // ","
            if text.matchesWord(ContextReader.ngay, at: i), context.date == nil,
               let (date, end) = date(at: text.skipSpaces(i + ContextReader.ngay.count)) {
                context.date = date
                i = end
                continue
            }
            // "Thông báo 07/TB-UBND (ngày 9-3-2014)": the date in brackets.
            if text[i] == 0x28, context.date == nil, text.matchesWord(ContextReader.ngay, at: text.skipSpaces(i + 1)),
               let (date, end) = date(at: text.skipSpaces(text.skipSpaces(i + 1) + ContextReader.ngay.count)),
               text[text.skipSpaces(end)] == 0x29 {
                context.date = date
                i = text.skipSpaces(end) + 1
                continue
            }
            if text.matchesWord(ContextReader.cua, at: i), context.body == nil,
               let (body, end) = body(at: text.skipSpaces(i + ContextReader.cua.count)) {
                context.body = body
                i = end
                continue
            }
            if text.matchesWord(ContextReader.nam, at: i), context.date == nil, context.year == nil,
               let (year, end) = year(at: text.skipSpaces(i + ContextReader.nam.count)) {
                context.year = year
                i = end
                continue
            }
            if let (term, end) = term(at: i) {
                if context.term == nil { context.term = term }
                i = end
                continue
            }
            if text.matchesWord(ContextReader.ve, at: i) {
                context.title = subject(at: text.skipSpaces(i + ContextReader.ve.count))
                break
            }
            if let quoted = quoted(at: i) {
                context.title = quoted
                break
            }
            break
        }
        return context
    }

    /// "khóa XIII", "(khóa XII)", "khoá 12" at `index`: the term as a Roman numeral, and the end.
    /// A list of terms ("(Khóa XI, XII)") names no single term: nil.
    func term(at index: Int) -> (String, Int)? {
        guard let (terms, end) = terms(at: index), terms.count == 1, let term = terms.first else { return nil }
        return (term, end)
    }

    /// "khóa XII", "(Khóa XI, XII)", "khóa XI và XII", "khóa (XII)" at `index`: the terms as Roman
    /// numerals, and the end.
    func terms(at index: Int) -> ([String], Int)? {
        var i = index
        let open = text[i] == 0x28
        if open { i = text.skipSpaces(i + 1) }
        guard text.matchesWord(ContextReader.khoa, at: i) else { return nil }
        i = text.skipSpaces(i + ContextReader.khoa.count)
        // "khóa (XII)": the numeral alone in brackets.
        if !open, text[i] == 0x28, let (value, end) = ordinal(at: text.skipSpaces(i + 1)),
           let numeral = RomanNumeral.numeral(value), text[text.skipSpaces(end)] == 0x29 {
            return ([numeral], text.skipSpaces(end) + 1)
        }
        guard let (value, end) = ordinal(at: i), let first = RomanNumeral.numeral(value) else { return nil }
        var terms = [first]
        var j = end
        while terms.count < 4 {
            guard var k = afterListJoin(j) else { break }
            // "khóa XI, khóa XII": the word may be repeated.
            if text.matchesWord(ContextReader.khoa, at: k) { k = text.skipSpaces(k + ContextReader.khoa.count) }
            // Only a Roman numeral continues the list: "khóa XII, 2016" is a term and a year.
            guard !text.isDigit(k), let (next, nextEnd) = ordinal(at: k), let numeral = RomanNumeral.numeral(next),
                  !terms.contains(numeral) else { break }
            terms.append(numeral)
            j = nextEnd
        }
        if open {
            j = text.skipSpaces(j)
            guard text[j] == 0x29 else { return nil }
            j += 1
        }
        return (terms, j)
    }

    /// Where a list goes on after its item ending at `index`: past a comma or "và" and the spaces
    /// around it ("4, 5 và 6"); nil when neither follows.
    func afterListJoin(_ index: Int) -> Int? {
        let k = text.skipSpaces(index)
        if text[k] == 0x2C { return text.skipSpaces(k + 1) }
        if text.matchesWord(ContextReader.va, at: k) { return text.skipSpaces(k + ContextReader.va.count) }
        return nil
    }

    /// An upper-case Roman numeral or a one- or two-digit number at `index`, with its end.
    func ordinal(at index: Int) -> (Int, Int)? {
        if text.isDigit(index) {
            let end = text.digitsEnd(index)
            guard end - index <= 2, !text.isLetter(end), let value = text.number(index, end), value > 0 else { return nil }
            return (value, end)
        }
        var end = index
        while let scalar = text.scalar(end), "IVXL".unicodeScalars.contains(scalar) { end += 1 }
        guard end > index, !text.isWordChar(end), let value = RomanNumeral.value(text.text(index, end)) else { return nil }
        return (value, end)
    }

    /// A four-digit year at `index` that ends a word ("2007" in "năm 2007,"), with its end.
    func year(at index: Int) -> (Int, Int)? {
        let end = text.digitsEnd(index)
        guard end - index == 4, !text.isWordChar(end), text[end] != 0x2F, text[end] != 0x2D,
              let year = text.number(index, end), year >= 1930, year <= 2099 else { return nil }
        return (year, end)
    }

    /// A day and month at `index` written without a year ("24/5", "9-6", "3.2"), with its end; nil
    /// for a full date or anything else.
    func dayWithoutYear(at index: Int) -> (MonthDay, Int)? {
        guard date(at: index) == nil else { return nil }
        let dayEnd = text.digitsEnd(index)
        guard dayEnd > index, dayEnd - index <= 2, let day = text.number(index, dayEnd) else { return nil }
        let separator = text[dayEnd]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E, text.isDigit(dayEnd + 1) else { return nil }
        let monthEnd = text.digitsEnd(dayEnd + 1)
        guard monthEnd - dayEnd - 1 <= 2, let month = text.number(dayEnd + 1, monthEnd), month >= 1, month <= 12,
              day >= 1, day <= DateParsing.daysInMonth(month, year: nil), !text.isLetter(monthEnd),
              // "24/5/17": a year this reader does not take.
              !(text[monthEnd] == separator && text.isDigit(monthEnd + 1))
        else { return nil }
        return (MonthDay(month: month, day: day), monthEnd)
    }

    /// A date at `index`: "5-8-2020", "10/9/2018", "05.8.2020", "5 tháng 8 năm 2020".
    func date(at index: Int) -> (String, Int)? {
        let dayEnd = text.digitsEnd(index)
        guard dayEnd > index, dayEnd - index <= 2, let day = text.number(index, dayEnd) else { return nil }
        var i = dayEnd
        let month: Int
        let monthEnd: Int
        let separator = text[i]
        if separator == 0x2D || separator == 0x2F || separator == 0x2E {
            i = text.skipSpaces(i + 1)
            monthEnd = text.digitsEnd(i)
            guard monthEnd > i, monthEnd - i <= 2, let m = text.number(i, monthEnd) else { return nil }
            month = m
            i = text.skipSpaces(monthEnd)
            guard text[i] == separator else { return nil }
            i = text.skipSpaces(i + 1)
        } else {
            i = text.skipSpaces(i)
            guard text.matchesWord(ContextReader.thang, at: i) else { return nil }
            i = text.skipSpaces(i + ContextReader.thang.count)
            monthEnd = text.digitsEnd(i)
            guard monthEnd > i, monthEnd - i <= 2, let m = text.number(i, monthEnd) else { return nil }
            month = m
            i = text.skipSpaces(monthEnd)
            guard text.matchesWord(ContextReader.nam, at: i) else { return nil }
            i = text.skipSpaces(i + ContextReader.nam.count)
        }
        let yearEnd = text.digitsEnd(i)
        guard yearEnd - i == 4, let year = text.number(i, yearEnd), year >= 1930, year <= 2099,
              month >= 1, month <= 12, day >= 1, day <= DateParsing.daysInMonth(month, year: year) else { return nil }
        return (PublishedDate(year: year, month: month, day: day).iso, yearEnd)
    }

    /// The body named at `index` ("Bộ Chính trị", "BTV Tỉnh ủy", "Thành ủy TP. Bạc Liêu",
    /// "Ban Chấp hành Trung ương Đảng khóa XIII"), with the end of the phrase.
    func body(at index: Int) -> (CitationContext.Body, Int)? {
        var i = index
        // "Ban Thường vụ (BTV) Thành ủy": prefix words and an acronym in brackets.
        var prefixes = 0
        while prefixes < 2 {
            guard let prefix = catalog.prefixes.first(where: { text.matchesWord($0, at: i) }) else { break }
            let afterPrefix = skipBracketedAcronym(text.skipSpaces(i + prefix.count))
            // A prefix alone is not a body ("Ban Chấp hành" + "Trung ương" is matched as a phrase below).
            if catalog.phrases.contains(where: { text.matchesWord($0.pattern, at: afterPrefix) }) {
                i = afterPrefix
                prefixes += 1
            } else {
                break
            }
        }
        guard let phrase = catalog.phrases.first(where: { text.matchesWord($0.pattern, at: i) }) else { return nil }
        let end = i + phrase.pattern.count
        if let committee = committee(at: i, length: phrase.pattern.count) {
            let (scope, code, placeEnd) = places.scope(of: committee, in: text, at: end)
            let level: DocumentCatalog.Level = code == "TU" && scope.locality == nil && !scope.localityUnknown
                ? .provincial : (code == "ĐU" ? .grassroots : .district)
            return (CitationContext.Body(code: code, level: level, scope: scope), placeEnd)
        }
        if phrase.issuer.level == .statelocal {
            let (name, nameEnd) = places.placeName(in: text, at: end)
            var scope = PlaceContext.Scope(province: places.primary, locality: nil, localityUnknown: false, explicit: false)
            if let name, let province = places.province(named: FoldedScalars.pattern(name)) ?? places.centralCity(in: text, at: text.skipSpaces(end))?.name {
                scope = PlaceContext.Scope(province: province, locality: nil, localityUnknown: false, explicit: true)
            }
            let bodyEnd = name == nil ? places.bareMarkerEnd(in: text, at: end) ?? end : nameEnd
            return (CitationContext.Body(code: phrase.issuer.code, level: .statelocal, scope: scope), bodyEnd)
        }
        return (CitationContext.Body(code: phrase.issuer.code, level: phrase.issuer.level, scope: nil), end)
    }

    /// The committee kind of a committee phrase at `index`.
    private func committee(at index: Int, length: Int) -> PlaceContext.Committee? {
        let word = text.text(index, index + length)
        switch FoldedScalars.pattern(word) {
        case FoldedScalars.pattern("tỉnh ủy"): return .province
        case FoldedScalars.pattern("thành ủy"): return .city
        case FoldedScalars.pattern("huyện ủy"): return .district
        case FoldedScalars.pattern("quận ủy"): return .urbanDistrict
        case FoldedScalars.pattern("thị ủy"): return .town
        case FoldedScalars.pattern("đảng ủy"): return .grassroots
        default: return nil
        }
    }

    /// Skips "(BTV)" — an acronym defined in brackets.
    func skipBracketedAcronym(_ index: Int) -> Int {
        guard text[index] == 0x28 else { return index }
        var i = index + 1
        while i < text.count, i - index < 12, text.isLetter(i) { i += 1 }
        guard i > index + 1, text[i] == 0x29 else { return index }
        return text.skipSpaces(i + 1)
    }

    /// A quoted title at `index` (“…”, "…", «…»), trimmed.
    func quoted(at index: Int) -> String? {
        let open = text[index]
        let close: UInt32
        switch open {
        case 0x201C: close = 0x201D
        case 0x22:
            // A straight quote glued to the word before it closes a quotation ("… Bộ Chính trị", ông
            // nói): it opens nothing.
            if index > 0, text.isWordChar(index - 1) { return nil }
            close = 0x22
        case 0xAB: close = 0xBB
        default: return nil
        }
        var i = index + 1
        while i < text.count, i - index < 400 {
            let value = text[i]
            if value == close || (open == 0x201C && value == 0x22) { break }
            if value == 0x0A { return nil }
            i += 1
        }
        guard i < text.count, i - index < 400 else { return nil }
        let title = trim(text.text(index + 1, i))
        return title.isEmpty ? nil : title
    }

    /// A "về …" subject at `index`: up to the end of the clause or the next citation; quoted if quoted.
    func subject(at index: Int) -> String? {
        if let quoted = quoted(at: index) { return quoted }
        var i = index
        var lastWordEnd = index
        // Where the last comma or "và" of the subject so far stood: "…, Báo cáo số 129/BC-…"
        // names another document from there.
        var lastJoin: Int?
        while i < text.count, i - index < 200 {
            let value = text[i]
            // ")" with no "(" in the subject closes the brackets the citation stood in.
            if value == 0x3B || value == 0x0A || value == 0x28 || value == 0x21 || value == 0x3F || value == 0x29
                || value == 0x201C || value == 0x22 || value == 0x201D || value == 0x2026 || value == 0x3A { break }
            if value == 0x2E, !isAbbreviationDot(i) { break }
            if value == 0x2C || text.matchesWord(ContextReader.va, at: i) && !text.isWordChar(i - 1) { lastJoin = i }
            // "số 350/…", "số 129/BC-…": a number written as a document's names another one.
            if i > index, !text.isWordChar(i - 1), text.matchesWord(ContextReader.so, at: i),
               text.isDigit(text.skipSpaces(i + ContextReader.so.count)) {
                if let join = lastJoin { i = join }
                break
            }
            if i > index, !text.isWordChar(i - 1), isTriggerStart(i) || isClauseBreak(i) || isIssuerAfterOf(i) { break }
            // ", trong đó …", ", ông … nói": a comma that opens a new clause ends the subject.
            if value == 0x2C, i > index, isClauseAfterComma(text.skipSpaces(i + 1)) { break }
            if text.isWordChar(i), !text.isWordChar(i + 1) { lastWordEnd = i + 1 }
            i += 1
        }
        let end = i - index >= 200 ? lastWordEnd : i
        var subject = trim(text.text(index, end))
        // "về việc “…”", "ban hành “…”": the quoted words are the subject, the few before it are filler.
        if i < text.count, text[i] == 0x201C || text[i] == 0x22, subject.split(separator: " ").count <= 3,
           let quoted = quoted(at: i) {
            return quoted
        }
        while let last = subject.unicodeScalars.last, last == "," || last == ":" || last == "-" {
            subject = trim(String(subject.unicodeScalars.dropLast()))
        }
        // A clause joined by "và" or "với" to the next citation leaves the joiner behind.
        for joiner in [" và", " với", " gắn với", " cùng"] where subject.hasSuffix(joiner) {
            subject = trim(String(subject.dropLast(joiner.count)))
        }
        // "sửa đổi, bổ sung một số điều của" + another citation, "điều chỉnh nhiều", "những nhiệm
        // vụ, giải pháp chủ yếu thực hiện": cut inside a phrase, a fragment rather than a title.
        // Compared with their marks: folded, "về" would be "vệ" of "bảo vệ" and "mọi" "mới".
        let words = subject.lowercased().split(separator: " ").map(String.init)
        // "… và những năm tiếp theo" ends a phrase: "theo" is the preposition only alone.
        if let last = words.last, ContextReader.danglingEnds.contains(last)
            && !(last == "theo" && words.count >= 2 && words[words.count - 2] == "tiếp")
            || words.count >= 2 && ContextReader.danglingEnds.contains(words[words.count - 2] + " " + last) {
            return nil
        }
        // "điều chỉnh nhiều quy định về …", "hàng loạt chính sách": the writer's summary of the
        // content; a document's own title names its subject without counting it.
        if words.contains("nhiều") || zip(words, words.dropFirst()).contains(where: { $0 == "hàng" && $1 == "loạt" }) { return nil }
        return subject.isEmpty ? nil : subject
    }

    /// Words a title cannot end with (lower case, with their marks): the phrase they open was cut
    /// (`scripts/documents/subject-words.tsv`, role dangling).
    private static let danglingEnds = Set(DocumentCatalog.subjectWords("dangling"))

    /// Words that end a subject and start the rest of the sentence ("… Hồ Chí Minh được cấp ủy …")
    /// (`scripts/documents/subject-words.tsv`, role clause).
    private static let clauseBreaks = DocumentCatalog.subjectWords("clause").map(FoldedScalars.pattern)

    /// Words that open a new clause after a comma: the subject ended at the comma
    /// (`scripts/documents/subject-words.tsv`, role afterComma).
    private static let clausesAfterComma = DocumentCatalog.subjectWords("afterComma").map(FoldedScalars.pattern)

    private func isClauseBreak(_ index: Int) -> Bool {
        ContextReader.clauseBreaks.contains { text.matchesWord($0, at: index) }
            // "do Tổng Bí thư … ký", "do Bộ Tài chính ban hành": "do" before a name is the issuer, not the subject.
            || (text.matchesWord(ContextReader.doWord, at: index) && text.isUpper(text.skipSpaces(index + ContextReader.doWord.count)))
    }

    private func isClauseAfterComma(_ index: Int) -> Bool {
        ContextReader.clausesAfterComma.contains { text.matchesWord($0, at: index) }
            // ", Sở Nội vụ Hà Nội hiện nay thừa …": a body named with a capital after the comma is
            // the subject of the next clause (a title's own lists are lower case: "cán bộ, công chức").
            || text.isUpper(index) && ContextReader.bodiesAfterComma.contains { head in
                // "Sở Nội vụ", "Công an TP …": a named body; "UBND các phường" is a title's own list.
                text.matchesWord(head, at: index) && text.isUpper(text.skipSpaces(index + head.count))
            }
    }

    /// Heads of bodies' names that open a clause after a comma (`scripts/documents/subject-words.tsv`,
    /// role bodyAfterComma).
    private static let bodiesAfterComma = DocumentCatalog.subjectWords("bodyAfterComma").map(FoldedScalars.pattern)

    /// "của Bộ Chính trị", "của Chính phủ": the issuing body after a subject ends it.
    private func isIssuerAfterOf(_ index: Int) -> Bool {
        guard text.matchesWord(ContextReader.cua, at: index) else { return false }
        return body(at: text.skipSpaces(index + ContextReader.cua.count)) != nil
    }

    private static let doWord = FoldedScalars.pattern("do")

    /// True when the "." at `index` belongs to an abbreviation ("TP.", "TS.") or a number, not a sentence end.
    func isAbbreviationDot(_ index: Int) -> Bool {
        if text.isDigit(index - 1) && text.isDigit(index + 1) { return true }
        var start = index
        while start > 0, text.isLetter(start - 1), index - start < 4 { start -= 1 }
        guard start < index, text.isUpper(start) else { return false }
        let word = text.text(start, index)
        return ["TP", "Tp", "TS", "ThS", "PGS", "GS", "TX", "Q", "P"].contains(word) || index - start == 1
    }

    private func trim(_ string: String) -> String {
        TextScan.trim(string, [" ", "\t"])
    }

    // MARK: - Looking back for "<body> (đã) ban hành"

    /// What the words before a citation say about it: "ngày 3/2/2019, Ban Bí thư (khóa XII) đã ban
    /// hành Chỉ thị số 35-CT/TW" gives the body, the term and the date.
    struct Issuing: Equatable {
        var body: CitationContext.Body
        var term: String?
        var date: String?
    }

    /// The body of "<body> đã ban hành <citation>" in the same sentence before `index`.
    func issuingBodyBefore(_ index: Int) -> CitationContext.Body? {
        issuingBefore(index)?.body
    }

    /// "[ngày D/M/Y,] <body> [khóa X] (đã|vừa|…) ban hành <citation>" in the same sentence before
    /// `index`: the body, the term written after it and the date written just before it.
    func issuingBefore(_ index: Int) -> Issuing? {
        let start = sentenceStart(before: index)
        var best: Issuing?
        var i = start
        // "Ban Bí thư Trung ương Đảng": bodies written one after the other are one name.
        var previous: (start: Int, end: Int)?
        while i < index {
            if !text.isWordChar(i - 1), text.isLetter(i), let (body, end) = body(at: i), end <= index {
                let nameStart = previous.map { text.skipSpaces($0.end) == i ? $0.start : i } ?? i
                previous = (nameStart, end)
                var gapStart = end
                var term: String?
                if let (written, termEnd) = self.term(at: text.skipSpaces(end)), termEnd <= index {
                    term = written
                    gapStart = termEnd
                }
                if gapIsIssuing(from: gapStart, to: index) {
                    best = Issuing(body: body, term: term, date: dateEnding(before: nameStart, notBefore: start))
                }
                i = max(end, i + 1)
                continue
            }
            i += 1
        }
        return best
    }

    /// A "ngày D/M/Y" that ends (before a comma and spaces) at `index`: the date of what follows it.
    private func dateEnding(before index: Int, notBefore start: Int) -> String? {
        var end = index
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x2C { end -= 1 }
        var i = end - 1
        while i >= start, end - i <= 28 {
            if text.matchesWord(ContextReader.ngay, at: i), !text.isWordChar(i - 1),
               let (date, dateEnd) = date(at: text.skipSpaces(i + ContextReader.ngay.count)), dateEnd == end {
                return date
            }
            i -= 1
        }
        return nil
    }

    /// True when the words between a body and a citation are "(đã|vừa|…) ban hành".
    private func gapIsIssuing(from start: Int, to end: Int) -> Bool {
        // "Thường vụ Quân ủy Trung ương (QUTW) ban hành": an acronym in brackets may follow the body.
        let from = skipBracketedAcronym(text.skipSpaces(start))
        guard end - from <= 30 else { return false }
        let words = text.text(from, end).split(separator: " ").map { FoldedScalars.pattern(String($0)) }
        // "Ban Bí thư Trung ương Đảng ra …": the body's name may go on with "Trung ương Đảng".
        let allowed = ["đã", "vừa", "mới", "cũng", "còn", "ban", "hành", "ra", "ký", "có", "trung", "ương", "đảng"]
            .map(FoldedScalars.pattern)
        guard !words.isEmpty, words.allSatisfy({ allowed.contains($0) }) else { return false }
        // The verb that issues: "ban hành", "ra", "ký" ("có" alone is not enough).
        return words.contains(FoldedScalars.pattern("hành")) || words.contains(FoldedScalars.pattern("ra"))
            || words.contains(FoldedScalars.pattern("ký"))
    }

    // MARK: - The day a document was issued, told with its issuer

    /// Verbs by which a clause's subject issues the document that follows
    /// (`scripts/documents/citation-words.tsv`, role issuing), longer phrases first.
    private static let issuingVerbs = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "issuing")
        .map { FoldedScalars.pattern($0[0]) }.sorted { $0.count > $1.count }
    /// Words between that subject and its verb ("đã", "vừa", "tiếp tục"; role issuingAdverb).
    private static let issuingAdverbs = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "issuingAdverb")
        .map { FoldedScalars.pattern($0[0]) }.sorted { $0.count > $1.count }
    /// Verbs of saying (role reporting): a subject holding one reports the issue, it does not date it.
    private static let reportingVerbs = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "reporting")
        .map { FoldedScalars.pattern($0[0]) }
    /// Words that put the issue later (role future: "sẽ", "dự kiến"): not issued on that day.
    private static let futureWords = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "future")
        .map { FoldedScalars.pattern($0[0]) }
    private static let vao = FoldedScalars.pattern("vào")
    private static let tai = FoldedScalars.pattern("tại")

    /// True when at most two words, with no digit, stand between the start of the clause (the
    /// sentence, or its last comma before `index`) and `index`.
    private func opensClause(_ index: Int, from start: Int) -> Bool {
        var clause = index
        while clause > start, text[clause - 1] != 0x2C { clause -= 1 }
        var words = 0
        var k = clause
        while k < index {
            if text.isDigit(k) { return false }
            if text.isLetter(k), !text.isWordChar(k - 1) { words += 1 }
            k += 1
        }
        return words <= 2
    }

    /// "tháng 12-2016", "tháng 12/2016", "tháng 12 năm 2016", "năm 2013" at `index`: the year, with
    /// the end.
    private func monthOrYear(at index: Int) -> (Int, Int)? {
        if text.matchesWord(ContextReader.nam, at: index) {
            return year(at: text.skipSpaces(index + ContextReader.nam.count))
        }
        guard text.matchesWord(ContextReader.thang, at: index) else { return nil }
        let i = text.skipSpaces(index + ContextReader.thang.count)
        let monthEnd = text.digitsEnd(i)
        guard monthEnd > i, monthEnd - i <= 2, let month = text.number(i, monthEnd), month >= 1, month <= 12 else { return nil }
        var j = text.skipSpaces(monthEnd)
        if text[j] == 0x2D || text[j] == 0x2F || text[j] == 0x2E {
            j = text.skipSpaces(j + 1)
        } else if text.matchesWord(ContextReader.nam, at: j) {
            j = text.skipSpaces(j + ContextReader.nam.count)
        } else {
            return nil
        }
        return year(at: j)
    }

    /// The date that opens the clause of the citation starting at `index` when the clause's subject
    /// issues it: "Ngày 14/9/2016, UBND tỉnh Kon Tum đã ban hành Quyết định số 873/QĐ-UBND",
    /// "Ngày 6/6/2016, Bộ trưởng Bộ Tài chính ký Quyết định …". The subject is a name (it opens
    /// with a capital, holds no digit, comma or colon) and the issuing verb stands right before the
    /// citation; a date followed by anything else ("ngày 22/2/1973 của …") dates something else, and
    /// a subject that says something ("Sở Tài chính cho biết UBND tỉnh đã ban hành …") reports it.
    func issuedOnBefore(_ index: Int) -> IssueDay? {
        let start = sentenceStart(before: index)
        var last: (date: IssueDay, end: Int)?
        var i = start
        while i < index {
            if text.matchesWord(ContextReader.ngay, at: i), let (date, end) = issueDay(at: text.skipSpaces(i + ContextReader.ngay.count)),
               end <= index {
                last = (date, end)
                i = end
                continue
            }
            // "Tháng 12-2016, Chủ tịch UBND tỉnh đã ban hành …", "Năm 2013, Bộ … ban hành …": a
            // month or year that opens the clause (after at most two words: "Trước đó, năm 2013"),
            // not one inside it ("kế hoạch năm 2017").
            if !text.isWordChar(i - 1), opensClause(i, from: start), let (year, end) = monthOrYear(at: i), end <= index {
                last = (.year(year), end)
                i = end
                continue
            }
            i += 1
        }
        guard let last else { return nil }
        var subjectStart = text.skipSpaces(last.end)
        if text[subjectStart] == 0x2C { subjectStart = text.skipSpaces(subjectStart + 1) }
        // "ngày 14/11/2013 tại Văn bản số …": what the document says on its day.
        if text.matchesWord(ContextReader.tai, at: subjectStart), text.skipSpaces(subjectStart + ContextReader.tai.count) == index {
            return last.date
        }
        guard text.isUpper(subjectStart) else { return nil }
        // The verb and its adverbs, read backwards from the citation ("đã ký, ban hành"), after the
        // name of a document type the citation does not hold ("có Tờ trình số 02/TTr-UBND").
        var end = typeNameStart(before: index, after: subjectStart) ?? index
        var verbs = 0
        while end > subjectStart {
            while end > subjectStart, text.isSpace(end - 1) || text[end - 1] == 0x2C && verbs > 0 { end -= 1 }
            if let verb = ContextReader.issuingVerbs.first(where: { endsWith($0, at: end, after: subjectStart) }) {
                end -= verb.count
                verbs += 1
            } else if verbs > 0, let adverb = ContextReader.issuingAdverbs.first(where: { endsWith($0, at: end, after: subjectStart) }) {
                end -= adverb.count
            } else {
                break
            }
        }
        guard verbs > 0, end > subjectStart, end - subjectStart <= 120 else { return nil }
        for k in subjectStart..<end {
            // A comma only inside a name ("Bộ Văn hóa, Thể thao và Du lịch"): one before a lower-case
            // word opens another clause.
            if text.isDigit(k) || text[k] == 0x3A || text[k] == 0x2C && !text.isUpper(text.skipSpaces(k + 1)) { return nil }
            if ContextReader.reportingVerbs.contains(where: { text.matchesWord($0, at: k) })
                || ContextReader.futureWords.contains(where: { text.matchesWord($0, at: k) }) { return nil }
        }
        return last.date
    }

    /// The day a citation ending at `index` was signed or issued, told after it: "… ký ngày
    /// 9/6/2017", "của Bộ Y tế ban hành ngày 22/4/2013", "do Thứ trưởng Nguyễn Văn A ký ngày
    /// 30/5/2017". Between the citation and the verb only its issuer may stand ("của …", "do …",
    /// words with no digit or stop).
    func issuedOnAfter(_ index: Int) -> IssueDay? {
        var i = text.skipSpaces(index)
        // "Văn bản số 528/UBND-VP ngày 29/5 của …": its day without a year (one with a year is the
        // context's date already).
        if text.matchesWord(ContextReader.ngay, at: i), let (day, _) = dayWithoutYear(at: text.skipSpaces(i + ContextReader.ngay.count)) {
            return .withoutYear(day)
        }
        if text[i] == 0x2C { i = text.skipSpaces(i + 1) }
        var verb = ContextReader.issuingVerbs.first { text.matchesWord($0, at: i) }
        if verb == nil, text.matchesWord(ContextReader.cua, at: i) || text.matchesWord(ContextReader.doWord, at: i) {
            var k = i
            while k < text.count, k - i < 100, verb == nil {
                let value = text[k]
                if text.isDigit(k) || value == 0x2E && !isAbbreviationDot(k) || value == 0x3B || value == 0x3A
                    || value == 0x28 || value == 0x0A || value == 0x201C || value == 0x22 { return nil }
                if !text.isWordChar(k - 1), let found = ContextReader.issuingVerbs.first(where: { text.matchesWord($0, at: k) }) {
                    verb = found
                    i = k
                }
                k += 1
            }
        }
        if verb == nil {
            // "báo cáo số 821/BC-PC Thanh Trì ngày 2/6/2017": the issuer's name, then its date.
            var k = i
            var words = 0
            while words < 4, text.isUpper(k) {
                while text.isWordChar(k) { k += 1 }
                k = text.skipSpaces(k)
                words += 1
            }
            if words > 0, text.matchesWord(ContextReader.ngay, at: k) {
                return issueDay(at: text.skipSpaces(k + ContextReader.ngay.count))?.0
            }
        }
        guard let verb else { return nil }
        i = text.skipSpaces(i + verb.count)
        if text.matchesWord(ContextReader.vao, at: i) { i = text.skipSpaces(i + ContextReader.vao.count) }
        if text.matchesWord(ContextReader.ngay, at: i) { i = text.skipSpaces(i + ContextReader.ngay.count) }
        return issueDay(at: i)?.0
    }

    /// A date with its year or a day and month without one at `index`, with its end.
    private func issueDay(at index: Int) -> (IssueDay, Int)? {
        if let (date, end) = date(at: index) { return (.full(date), end) }
        if let (day, end) = dayWithoutYear(at: index) { return (.withoutYear(day), end) }
        return nil
    }

    /// Where "Tờ trình số", "Công điện hỏa tốc số:" starts when it stands right before `index` (a
    /// symbol written without a trigger word): "số", after up to four words the first of which is
    /// capitalised.
    private func typeNameStart(before index: Int, after start: Int) -> Int? {
        var end = index
        while end > start, text.isSpace(end - 1) || text[end - 1] == 0x3A { end -= 1 }
        guard endsWith(ContextReader.so, at: end, after: start) else { return nil }
        var k = end - ContextReader.so.count
        for _ in 0..<4 {
            while k > start, text.isSpace(k - 1) { k -= 1 }
            var wordStart = k
            while wordStart > start, text.isLetter(wordStart - 1) { wordStart -= 1 }
            guard wordStart < k else { return nil }
            if text.isUpper(wordStart) { return wordStart }
            k = wordStart
        }
        return nil
    }

    /// True when the word or phrase `pattern` ends at `end`, after `start`.
    private func endsWith(_ pattern: [UInt32], at end: Int, after start: Int) -> Bool {
        end - pattern.count >= start && text.matchesWord(pattern, at: end - pattern.count)
    }

    /// Where the sentence (or clause after ";") holding `index` starts.
    func sentenceStart(before index: Int) -> Int {
        var i = index - 1
        while i > 0, index - i < 240 {
            let value = text[i]
            if value == 0x0A || value == 0x3B || value == 0x21 || value == 0x3F { return i + 1 }
            if value == 0x2E, !isAbbreviationDot(i) { return i + 1 }
            i -= 1
        }
        return max(0, i)
    }
}

private extension Array where Element == UInt32 {
    /// True when `pattern` occurs anywhere in the array.
    func windows(_ pattern: [UInt32]) -> Bool {
        guard pattern.count <= count else { return false }
        var i = 0
        while i + pattern.count <= count {
            if self[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
