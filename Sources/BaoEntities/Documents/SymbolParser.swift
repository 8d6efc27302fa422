/// A document symbol read from the text ("59-NQ/TW", "19-2017/NQ-CP"), in canonical form.
struct ParsedSymbol: Equatable {
    var family: DocumentCatalog.Family
    /// The number without leading zeros: "5" for "05".
    var number: String
    /// The year written in a State symbol ("2017" in "54/2017/NQ-QH").
    var year: Int?
    /// Type abbreviation as the tables spell it ("QĐi", "NĐ"); nil for a National Assembly symbol
    /// without one ("45/2019/QH14") and for a State letter ("4912/UBND-NC").
    var typeAbbreviation: String?
    /// The full type name the abbreviation stands for, before the word written in front is consulted.
    var typeAbbreviationFolded: [UInt32]?
    /// Issuer codes in canonical spelling: ["TW"], ["BTP", "BCA", "BYT"], ["QH14"].
    var issuers: [String]
    /// The canonical symbol: the document's id.
    var id: String
    var start: Int
    var end: Int
}

/// Reads document symbols over a `ScanText` by hand (no regular expressions: this runs over every
/// digit of a 123 MB corpus).
///
/// Grammar, on the matching form (spaces allowed around every separator, dashes already "-"):
/// ```
/// party  := NUMBER "-" TYPE "/" ISSUER                       59-NQ/TW, 16 - NQ/TU, 08-QĐi/TW
/// state  := NUMBER ("/"|"-") YEAR ("/"|"-") TAIL            67/2014/NĐ-CP, 19-2017/NQ-CP, 82/2005-QĐ-UBND
///         | NUMBER "." SUB "/" YEAR "/" TAIL                66.7/2025/NQ-CP
///         | NUMBER "/" TAIL                                 35/NQ-CP, 1880/QĐ-TTg, 4912/UBND-NC
/// TAIL   := (QH|UBTVQH)DIGITS | TYPE "-" ISSUER ("-" ISSUER)*
/// ```
/// TYPE must be in the type table for the family; an issuer is a known code or an upper-case run.
struct SymbolParser {
    let text: ScanText
    let catalog: DocumentCatalog

    /// The symbol starting at `start` (a digit that does not continue a word or number), or nil.
    /// `letterWord`: a word naming a State letter ("Công văn", "Văn bản") stands before it, so a
    /// letter's issuer need not be a known code ("133/CN-VP").
    func parse(at start: Int, letterWord: Bool = false) -> ParsedSymbol? {
        var numberEnd = text.digitsEnd(start)
        guard numberEnd > start, numberEnd - start <= 5,
              let value = text.number(start, numberEnd), value > 0 else { return nil }
        var number = String(value)
        // "66.7/2025/NQ-CP": a sub-number after a dot, in State symbols with a year (2025 onwards).
        if let (sub, subEnd) = dottedSubNumber(after: numberEnd) {
            number += "." + String(sub)
            numberEnd = subEnd
        }
        var i = skipGap(numberEnd)
        let firstSeparator = text[i]
        guard firstSeparator == 0x2D || firstSeparator == 0x2F else { return nil }
        i = skipGap(i + 1)
        if text.isDigit(i) {
            let yearEnd = text.digitsEnd(i)
            guard yearEnd - i == 4, let year = text.number(i, yearEnd), year >= 1945, year <= 2099 else { return nil }
            var j = skipGap(yearEnd)
            guard text[j] == 0x2F || text[j] == 0x2D else { return nil }
            j = skipGap(j + 1)
            return stateTail(at: j, number: number, year: year, start: start, letterWord: letterWord)
        }
        if firstSeparator == 0x2D {
            return partyTail(at: i, number: number, start: start)
        }
        return stateTail(at: i, number: number, year: nil, start: start, letterWord: letterWord)
    }

    /// The sub-number of a dotted number ("66.7/2025/…"), when a slash and a four-digit year follow it.
    func dottedSubNumber(after numberEnd: Int) -> (Int, Int)? {
        guard text[numberEnd] == 0x2E, text.isDigit(numberEnd + 1) else { return nil }
        let subEnd = text.digitsEnd(numberEnd + 1)
        guard subEnd - numberEnd - 1 <= 2, text[subEnd] == 0x2F, let sub = text.number(numberEnd + 1, subEnd), sub > 0,
              text.digitsEnd(subEnd + 1) - subEnd - 1 == 4 else { return nil }
        return (sub, subEnd)
    }

    /// Up to two spaces: "16 - NQ/TU", "1206 /QĐ-HVTC".
    private func skipGap(_ index: Int) -> Int {
        var i = index
        var spaces = 0
        while text.isSpace(i) && spaces < 2 { i += 1; spaces += 1 }
        return i
    }

    private func partyTail(at start: Int, number: String, start symbolStart: Int) -> ParsedSymbol? {
        let typeEnd = letterRun(start, digits: false)
        guard typeEnd > start else { return nil }
        let typeKey = Array(text.folded[start..<typeEnd])
        guard let type = catalog.types(typeKey, family: .party).first else { return nil }
        var i = skipGap(typeEnd)
        guard text[i] == 0x2F else { return nil }
        i = skipGap(i + 1)
        let issuerEnd = letterRun(i, digits: false)
        guard issuerEnd > i, !text.isWordChar(issuerEnd), let issuer = issuerCode(i, issuerEnd) else { return nil }
        let numberText = number
        return ParsedSymbol(
            family: .party, number: numberText, year: nil, typeAbbreviation: type.abbreviation,
            typeAbbreviationFolded: typeKey, issuers: [issuer],
            id: numberText + "-" + type.abbreviation + "/" + issuer, start: symbolStart, end: issuerEnd)
    }

    private func stateTail(at start: Int, number: String, year: Int?, start symbolStart: Int, letterWord: Bool) -> ParsedSymbol? {
        let firstEnd = letterRun(start, digits: true)
        guard firstEnd > start else { return nil }
        let first = Array(text.folded[start..<firstEnd])
        let head = year.map { number + "/" + String($0) + "/" } ?? number + "/"
        // A law or a National Assembly resolution: "45/2019/QH14", "1211/2016/UBTVQH13".
        if year != nil, let assembly = assemblyCode(start, firstEnd), !text.isWordChar(firstEnd),
           !(text[skipGap(firstEnd)] == 0x2D && text.isLetter(skipGap(skipGap(firstEnd) + 1))) {
            return ParsedSymbol(
                family: .state, number: number, year: year, typeAbbreviation: nil,
                typeAbbreviationFolded: nil, issuers: [assembly], id: head + assembly,
                start: symbolStart, end: firstEnd)
        }
        // TYPE-ISSUER(-ISSUER)*; after a known type a slash is also read as the hyphen ("TT/BTC").
        let typeRow = catalog.types(first, family: .state).first ?? catalog.types(first, family: .party).first
        var issuers: [String] = []
        var i = firstEnd
        var end = firstEnd
        while true {
            let dash = skipGap(i)
            guard text[dash] == 0x2D || (issuers.isEmpty && typeRow != nil && text[dash] == 0x2F) else { break }
            let partStart = skipGap(dash + 1)
            let partEnd = letterRun(partStart, digits: true)
            guard partEnd > partStart, let code = issuerCode(partStart, partEnd) else { break }
            issuers.append(code)
            end = partEnd
            i = partEnd
        }
        guard !issuers.isEmpty, !text.isWordChar(end) else { return nil }
        // "09/NQ-TW": a Central Party document written with State punctuation is the Party symbol "9-NQ/TW".
        if year == nil, issuers.count == 1, let issuer = issuers.first,
           catalog.level(ofIssuer: ScanText.pattern(issuer)) == .central,
           let partyType = catalog.types(first, family: .party).first {
            return ParsedSymbol(
                family: .party, number: number, year: nil, typeAbbreviation: partyType.abbreviation,
                typeAbbreviationFolded: first, issuers: [issuer],
                id: number + "-" + partyType.abbreviation + "/" + issuer, start: symbolStart, end: end)
        }
        if let typeRow {
            let id = head + typeRow.abbreviation + "-" + issuers.joined(separator: "-")
            return ParsedSymbol(
                family: .state, number: number, year: year, typeAbbreviation: typeRow.abbreviation,
                typeAbbreviationFolded: first, issuers: issuers, id: id, start: symbolStart, end: end)
        }
        // A State letter (công văn) carries no type: "4912/UBND-NC" = issuer, drafting unit.
        guard year == nil, catalog.issuers[first] != nil || (letterWord && text.isUpper(start)),
              let firstCode = issuerCode(start, firstEnd) else { return nil }
        let all = [firstCode] + issuers
        return ParsedSymbol(
            family: .state, number: number, year: nil, typeAbbreviation: nil,
            typeAbbreviationFolded: nil, issuers: all, id: head + all.joined(separator: "-"),
            start: symbolStart, end: end)
    }

    /// End of a run of symbol letters (Latin letters, Đ, Ư) and, when allowed, trailing digits.
    private func letterRun(_ start: Int, digits: Bool) -> Int {
        var i = start
        while i < text.count, i - start < 14 {
            let value = text[i]
            let isSymbolLetter = (value >= 0x61 && value <= 0x7A) || value == 0x111 || value == 0x1B0
            if isSymbolLetter || (digits && i > start && ScanText.isDigit(value)) {
                i += 1
            } else {
                break
            }
        }
        // A symbol letter run is a whole word: "NQ/TWxyz" or a run into Vietnamese letters is not a code.
        if text.isLetter(i) { return start }
        return i
    }

    /// The canonical spelling of an issuer code: the table's when known ("TTg", "TW" for "TƯ"),
    /// otherwise the code as written when it starts upper case.
    private func issuerCode(_ start: Int, _ end: Int) -> String? {
        let key = Array(text.folded[start..<end])
        if let issuer = catalog.issuers[key] { return issuer.code }
        if let assembly = assemblyCode(start, end) { return assembly }
        guard text.isUpper(start) else { return nil }
        return canonicalLetters(start, end)
    }

    /// "QH14", "UBTVQH13" (a National Assembly body with its term number).
    private func assemblyCode(_ start: Int, _ end: Int) -> String? {
        for prefix in ["ubtvqh", "qh"] {
            let pattern = ScanText.pattern(prefix)
            if text.matches(pattern, at: start), start + pattern.count < end,
               text.digitsEnd(start + pattern.count) == end {
                return prefix.uppercased() + text.text(start + pattern.count, end)
            }
        }
        return nil
    }

    /// Letters as written, with the eth fixed to Đ.
    private func canonicalLetters(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for i in start..<end {
            guard let scalar = text.scalar(i) else { continue }
            switch scalar.value {
            case 0xD0: view.append("Đ")
            case 0xF0: view.append("đ")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
