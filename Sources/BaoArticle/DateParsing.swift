import BaoText

/// Dates as Vietnamese news pages write them.
///
/// Header lines: "31/08/2024 - 17:45", "Thứ Hai, 28/01/2019 | 15:27", "Thứ Tư, ngày 5 tháng 8 năm 2020",
/// "Cập nhật: 15h27 ngày 28-1-2019", "2019-01-28T15:27". Paragraph openings: "Ngày 25/12, …",
/// "Sáng 6/2 (giờ Hà Nội), …" where the year may be missing and is inferred from context.
public enum DateParsing {
    /// A date whose year may be absent (as in "Ngày 25/12").
    public struct PartialDate: Sendable, Equatable {
        public var year: Int?
        public var month: Int
        public var day: Int
        public var hour: Int?
        public var minute: Int?
    }

    /// The date of a line that is a date and little else (a page's publication line).
    public static func dateLine(_ line: String) -> PublishedDate? {
        // A year is a number token, and only ASCII digits fold to digits: most lines the parser
        // asks about (titles, bylines) hold none and are not folded and tokenised.
        guard line.utf8.count <= 120, line.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        let tokens = tokenize(Folding.fold(line))
        guard let found = findDate(in: tokens), let year = found.date.year else { return nil }
        // The rest of the line may only be weekday, time, labels and separators.
        var others = 0
        for (offset, token) in tokens.enumerated() where !found.used.contains(offset) {
            if case .word(let word) = token, !dateWords.contains(word) { others += 1 }
        }
        guard others <= 1 else { return nil }
        return PublishedDate(year: year, month: found.date.month, day: found.date.day,
                             hour: found.date.hour, minute: found.date.minute)
    }

    /// A date that opens a paragraph: "Ngày 25/12, …", "Chiều 28-1-2019, …", "Sáng 6/2 …".
    public static func leadingDate(_ text: String) -> PartialDate? {
        if opensWithoutDate(text) { return nil }
        let head = String(text.prefix(48))
        let tokens = tokenize(Folding.fold(head))
        var index = 0
        var sawWord = false
        while index < tokens.count {
            if case .word(let word) = tokens[index], openingWords.contains(word) {
                sawWord = true
            } else if case .symbol(let symbol) = tokens[index], symbol == "(" || symbol == "," {
                // "Sáng nay (6-2)", "Sáng nay, ngày 6.2"
            } else {
                break
            }
            index += 1
        }
        guard sawWord || tokens.first.map(isNumber) == true else { return nil }
        guard let found = findDate(in: Array(tokens[index...]), dayMonthWithDot: sawWord), found.used.min() == 0 else { return nil }
        return found.date
    }

    /// True when the first token of `text` already rules out a leading date: a word that is not an
    /// opening word, or a mark other than "(" and ",". Most paragraphs open that way, and this
    /// folds and tokenises only the first word instead of 48 characters.
    ///
    /// Folding and tokenising go scalar by scalar without context, and a space ends every token,
    /// so the first token of the scalars before the first space (within the 48 characters
    /// `leadingDate` reads) is the first token of the whole head.
    private static func opensWithoutDate(_ text: String) -> Bool {
        var firstWord = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { break }
            // 48 scalars hold at most 48 characters: a space found earlier lies within the head.
            guard count < 47 else { return false }
            firstWord.append(scalar)
            count += 1
        }
        switch tokenize(Folding.fold(String(firstWord))).first {
        case .word(let word)?: return !openingWords.contains(word)
        case .symbol(let symbol)?: return symbol != "(" && symbol != ","
        default: return false
        }
    }

    /// Every four-digit year from 1945 to 2100 written in `text`, in order.
    public static func years(in text: String, excludingBirthYears: Bool = false) -> [Int] {
        var result: [Int] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            guard isDigit(bytes[i]) else { i += 1; continue }
            var j = i
            var value = 0
            while j < bytes.count, isDigit(bytes[j]) {
                if j - i < 6 { value = value * 10 + Int(bytes[j] - 0x30) }
                j += 1
            }
            let before: UInt8 = i > 0 ? bytes[i - 1] : 0x20
            let after: UInt8 = j < bytes.count ? bytes[j] : 0x20
            let afterNext: UInt8 = j + 1 < bytes.count ? bytes[j + 1] : 0x20
            // "7.987" and "114,1" are numbers, not years; a year may end a sentence ("năm 2023.").
            let glued = before == 0x2E || before == 0x2C || isLetter(before) || isLetter(after)
                || ((after == 0x2E || after == 0x2C) && isDigit(afterNext))
            if j - i == 4, (1945...2100).contains(value), !glued, !(excludingBirthYears && isBirthYear(bytes, before: i)) {
                result.append(value)
            }
            i = j
        }
        return result
    }

    /// "sinh năm 1991", "SN 1991", "(SN 1991)": a person's birth year.
    private static func isBirthYear(_ bytes: [UInt8], before index: Int) -> Bool {
        let start = max(0, index - 10)
        let head = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        return head.hasSuffix("sinh năm ") || head.hasSuffix("sn ") || head.hasSuffix("sinh ") || head.hasSuffix("sn. ")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    // MARK: - Tokens

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Character)
    }

    /// White space between tokens (space, line feed, tab): `tokenize` drops it and keeps every
    /// other mark, and the byte checks of the date rules skip the same bytes.
    @inline(__always)
    static func isTokenGap(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

    static func isNumber(_ token: Token) -> Bool {
        if case .number = token { return true }
        return false
    }

    /// The tokens of folded text: runs of digits, runs of letters, and every other mark but white space.
    ///
    /// Words are cut from the bytes rather than built scalar by scalar: a folded word is short
    /// enough to be a small string, made without an allocation, and this runs over every
    /// paragraph that holds a digit.
    static func tokenize(_ folded: String) -> [Token] {
        var tokens: [Token] = []
        var copy = folded
        copy.withUTF8 { bytes in
            var number = 0, digits = 0
            var wordStart = -1
            var offset = 0
            func flush(at end: Int) {
                if digits > 0 { tokens.append(.number(number, digits: digits)); number = 0; digits = 0 }
                if wordStart >= 0 {
                    tokens.append(.word(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)))
                    wordStart = -1
                }
            }
            // The scalars of the string's own (valid) UTF-8, decoded in place: quicker than its
            // scalar view, and the same scalars.
            while offset < bytes.count {
                let (v, width) = UTF8Scalar.decode(bytes, at: offset)
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                if v >= 0x30 && v <= 0x39 {
                    // "17h45": a time written with h between digits.
                    if wordStart >= 0 { flush(at: offset) }
                    number = digits < 6 ? number * 10 + Int(v - 0x30) : number
                    digits += 1
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x80 && scalar.properties.isAlphabetic) {
                    if digits > 0 { flush(at: offset) }
                    if wordStart < 0 { wordStart = offset }
                } else {
                    flush(at: offset)
                    if !(v < 0x80 && isTokenGap(UInt8(v))) { tokens.append(.symbol(Character(scalar))) }
                }
                offset += width
            }
            flush(at: offset)
        }
        return tokens
    }

    private struct Found {
        var date: PartialDate
        var used: Set<Int>
    }

    /// The first date in `tokens` with the time next to it, and which tokens they used.
    private static func findDate(in tokens: [Token], dayMonthWithDot: Bool = false) -> Found? {
        var date: PartialDate?
        var used: Set<Int> = []
        var index = 0
        while index < tokens.count, date == nil {
            // ngày D tháng M năm Y
            if case .word("ngay") = tokens[index],
               index + 4 < tokens.count,
               case .number(let d, _) = tokens[index + 1],
               case .word("thang") = tokens[index + 2],
               case .number(let m, _) = tokens[index + 3] {
                var y: Int?
                var last = index + 3
                if index + 5 < tokens.count, case .word("nam") = tokens[index + 4], case .number(let year, 4) = tokens[index + 5] {
                    y = year
                    last = index + 5
                }
                if let valid = validated(day: d, month: m, year: y) {
                    date = valid
                    used.formUnion(index...last)
                    break
                }
            }
            // D/M/Y, D-M-Y, D.M.Y, Y-M-D, and D/M without a year.
            if case .number(let a, let aDigits) = tokens[index],
               index + 2 < tokens.count,
               case .symbol(let separator) = tokens[index + 1], "/-.".contains(separator),
               case .number(let b, let bDigits) = tokens[index + 2], bDigits <= 2 {
                if index + 4 < tokens.count,
                   case .symbol(separator) = tokens[index + 3],
                   case .number(let c, let cDigits) = tokens[index + 4] {
                    if aDigits <= 2, cDigits == 4, let valid = validated(day: a, month: b, year: c) {
                        date = valid
                        used.formUnion(index...(index + 4))
                        break
                    }
                    if aDigits == 4, cDigits <= 2, separator == "-", let valid = validated(day: c, month: b, year: a) {
                        date = valid
                        used.formUnion(index...(index + 4))
                        break
                    }
                } else if aDigits <= 2, separator != "." || dayMonthWithDot, let valid = validated(day: a, month: b, year: nil) {
                    date = valid
                    used.formUnion(index...(index + 2))
                    break
                }
            }
            index += 1
        }
        guard var found = date else { return nil }
        // A time anywhere on the line: H:MM or HhMM.
        var t = 0
        while t + 2 < tokens.count {
            if !used.contains(t), case .number(let h, let hDigits) = tokens[t], hDigits <= 2, h < 24,
               case let separatorToken = tokens[t + 1],
               separatorToken == .symbol(":") || separatorToken == .word("h") || separatorToken == .word("g"),
               case .number(let m, 2) = tokens[t + 2], m < 60 {
                found.hour = h
                found.minute = m
                used.formUnion(t...(t + 2))
                break
            }
            t += 1
        }
        return Found(date: found, used: used)
    }

    private static func validated(day: Int, month: Int, year: Int?) -> PartialDate? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if let year, !(1900...2100).contains(year) { return nil }
        guard day <= daysInMonth(month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// Days in `month` (1–12) of `year` in the Gregorian calendar; February has 29 when the
    /// year is not known.
    package static func daysInMonth(_ month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            let leap = year.map { ($0 % 4 == 0 && $0 % 100 != 0) || $0 % 400 == 0 } ?? true
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Words that may stand beside a publication date on its line (folded; `scripts/article/date-line-words.txt`).
    private static let dateWords = ArticleWords.dateLineWords

    /// Words that may open a paragraph before its date: "Sáng nay 6/2", "Chiều ngày 28/1" (folded;
    /// `scripts/article/date-opening-words.txt`, which says why "Từ" is not one).
    private static let openingWords = ArticleWords.dateOpeningWords
}
