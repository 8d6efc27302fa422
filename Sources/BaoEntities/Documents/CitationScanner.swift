/// One citation as found in the text, before citations of the same document are merged.
struct RawCitation: Equatable {
    enum Kind: Equatable {
        /// A written symbol ("59-NQ/TW", "67/2014/NĐ-CP").
        case symbol(DocumentCatalog.Family)
        /// "Chỉ thị 05 của Bộ Chính trị": a Party symbol built from a number and an issuer phrase.
        case resolvedNumber
        /// "Nghị quyết Trung ương 4 (khóa XII)".
        case plenum
        /// "Nghị quyết Đại hội lần thứ XIII của Đảng"; local when `scope` is set.
        case congress(local: Bool)
    }

    var kind: Kind
    /// The id without its term when the term is still to be found (plenums): "NQTW4".
    var id: String
    var type: String
    var number: String?
    var year: Int?
    var issuer: String?
    var level: DocumentCatalog.Level?
    var term: String?
    /// What decided `term`; `.written` when the text writes it for this document.
    var termEvidence: TermEvidence?
    var scope: PlaceContext.Scope?
    var date: String?
    /// A year written for the document without its day ("năm 2007").
    var writtenYear: Int?
    /// The day the document was issued, written without its year ("Ngày 24/5, Bộ Tài chính ban
    /// hành Quyết định số …"): of the article's year, once that is known.
    var issuedWithoutYear: MonthDay?
    var title: String?
    var mention: Mention
}

/// Finds citations in one body text: candidates are digits (for symbols) and trigger words
/// ("Nghị quyết", "NQ", "Chỉ thị", …) at word starts; each candidate is read by hand from there.
struct CitationScanner {
    let text: FoldedScalars
    let catalog: DocumentCatalog
    let places: PlaceContext
    private let triggerPatterns: PatternSet

    init(text: FoldedScalars, catalog: DocumentCatalog, places: PlaceContext) {
        self.text = text
        self.catalog = catalog
        self.places = places
        self.triggerPatterns = catalog.triggerPatterns
    }

    private static let so = FoldedScalars.pattern("số")
    private static let hoiNghi = FoldedScalars.pattern("hội nghị")
    private static let central = ["ban chấp hành trung ương", "trung ương", "tw", "tư"].map(FoldedScalars.pattern)
    private static let lanThu = FoldedScalars.pattern("lần thứ")
    private static let daiHoi = FoldedScalars.pattern("đại hội")
    private static let nqtw = FoldedScalars.pattern("nqtw")
    private static let congressWords = ["đại biểu", "toàn quốc", "lần thứ"].map(FoldedScalars.pattern)
    private static let dangBo = FoldedScalars.pattern("đảng bộ")
    private static let dang = FoldedScalars.pattern("đảng")
    private static let toanQuoc = FoldedScalars.pattern("toàn quốc")
    private static let cua = FoldedScalars.pattern("của")

    private var reader: ContextReader {
        // A subject stops at the next citation: a document type word with its number ("Nghị định
        // 43/2015", "Luật số 12"), or a resolution with its plenum or congress ("Nghị quyết Trung
        // ương 5"). A type word that is only a noun is part of the subject without either
        // ("sửa đổi một số nghị định hướng dẫn …", "thực hiện Kế hoạch phát triển kinh tế - xã
        // hội", "… của Luật Viễn thông", "một số nghị định hướng dẫn thi hành …"); one that is
        // also a verb of the sentence ("quy định", "quyết định") ends it anyway ("Nghị định …
        // về xử phạt … quy định, phạt tiền …"), and "văn bản" is too common inside subjects.
        ContextReader(text: text, catalog: catalog, places: places, isTriggerStart: { index in
            guard let trigger = self.trigger(at: index), trigger.type != "Văn bản" else { return false }
            if CitationScanner.verbTypes.contains(trigger.type) { return true }
            var after = self.text.skipSpaces(index + trigger.pattern.count)
            if self.text.matchesWord(CitationScanner.so, at: after) { after = self.text.skipSpaces(after + CitationScanner.so.count) }
            if self.text.isDigit(after) { return true }
            guard trigger.type == "Nghị quyết" else { return false }
            return CitationScanner.central.contains { self.text.matchesWord($0, at: after) }
                || self.text.matchesWord(CitationScanner.hoiNghi, at: after) || self.text.matchesWord(CitationScanner.daiHoi, at: after)
        })
    }

    /// Document types whose word is also a verb of the sentence around a citation.
    /// ("hướng dẫn" is not one: inside a subject it is a noun, "nghị định hướng dẫn thi hành").
    private static let verbTypes: Set<String> = ["Quy định", "Quyết định", "Kết luận", "Thông báo"]

    func scan() -> [RawCitation] {
        var found: [RawCitation] = []
        var i = 0
        let count = text.count
        while i < count {
            let value = text.folded[i]
            let startsWord = i == 0 || !text.isWordChar(i - 1)
            if startsWord, FoldedScalars.isDigit(value) {
                let previous = text[i - 1]
                // Not the middle of a number, a date or a symbol ("10/9/2018", "2.500").
                if previous != 0x2F && previous != 0x2D && previous != 0x2E && previous != 0x2C,
                   separatorFollows(i), let citation = standaloneSymbol(at: i) {
                    found.append(citation)
                    i = citation.mention.offset + citation.mention.text.unicodeScalars.count
                    continue
                }
                i = text.digitsEnd(i)
                continue
            }
            // `triggered` reads a citation only after "NQTW" or a trigger word: most words that
            // open like one are neither, and are passed over without entering it.
            if startsWord, triggerPatterns.mayStart(with: value),
               (value == 0x6E && text.matches(CitationScanner.nqtw, at: i)) || triggerPatterns.match(in: text, at: i) != nil {
                if let (citations, end) = triggered(at: i) {
                    found.append(contentsOf: citations)
                    i = max(end, i + 1)
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// The trigger word at `index`, if any (longest first).
    func trigger(at index: Int) -> DocumentCatalog.Trigger? {
        guard let (item, _) = triggerPatterns.match(in: text, at: index), item < catalog.triggers.count else { return nil }
        return catalog.triggers[item]
    }

    // MARK: - Symbols

    /// True when the digits at `index` are followed (after up to two spaces) by "-" or "/": the
    /// cheap test before a symbol is read.
    private func separatorFollows(_ index: Int) -> Bool {
        var i = index
        while FoldedScalars.isDigit(text[i]) { i += 1 }
        if SymbolParser(text: text, catalog: catalog).dottedSubNumber(after: i) != nil { return true }
        var spaces = 0
        while text[i] == 0x20, spaces < 2 { i += 1; spaces += 1 }
        return text[i] == 0x2D || text[i] == 0x2F
    }

    private func standaloneSymbol(at index: Int) -> RawCitation? {
        guard let symbol = SymbolParser(text: text, catalog: catalog).parse(at: index) else { return nil }
        var citation = citation(for: symbol, typeWord: nil, mentionStart: index)
        apply(reader.after(symbol.end), to: &citation)
        dateIssue(&citation, end: symbol.end)
        return citation
    }

    private func citation(for symbol: ParsedSymbol, typeWord: String?, mentionStart: Int) -> RawCitation {
        let type: String
        if let folded = symbol.typeAbbreviationFolded {
            type = catalog.typeName(abbreviation: folded, family: symbol.family, written: typeWord)
                ?? catalog.typeName(abbreviation: folded, family: symbol.family == .party ? .state : .party, written: typeWord)
                ?? typeWord ?? "Văn bản"
        } else if symbol.issuers.first.map({ $0.hasPrefix("QH") || $0.hasPrefix("UBTVQH") }) == true {
            type = typeWord ?? "Luật"
        } else {
            type = "Công văn"
        }
        let levels = symbol.issuers.compactMap { catalog.level(ofIssuer: FoldedScalars.pattern($0)) }
        let level: DocumentCatalog.Level? = levels.first(where: { $0.isLocal }) ?? levels.first
            ?? (symbol.family == .state ? .state : nil)
        let mentionText = text.text(mentionStart, symbol.end)
        return RawCitation(
            kind: .symbol(symbol.family), id: symbol.id, type: type, number: symbol.number, year: symbol.year,
            issuer: symbol.issuers.joined(separator: "-"), level: level,
            mention: Mention(text: mentionText, offset: mentionStart))
    }

    // MARK: - Trigger words

    /// Citations introduced by a trigger word at `index`, and where scanning goes on.
    private func triggered(at index: Int) -> ([RawCitation], Int)? {
        // "NQTW4", "NQTW 4": the plenum written as one word.
        if text[index] == 0x6E, text.matches(CitationScanner.nqtw, at: index), !text.isLetter(index + 4),
           let result = plenum(listAt: text.skipSpaces(index + 4), mentionStart: index) {
            return result
        }
        guard let trigger = trigger(at: index) else { return nil }
        var i = text.skipSpaces(index + trigger.pattern.count)
        i = reader.skipBracketedAcronym(i)
        if text.matchesWord(CitationScanner.so, at: i) {
            i = text.skipSpaces(i + CitationScanner.so.count)
            if text[i] == 0x3A { i = text.skipSpaces(i + 1) }  // "số:"
        }
        if text.isDigit(i) {
            let letterWord = trigger.type == "Công văn" || trigger.type == "Văn bản"
            if let symbol = SymbolParser(text: text, catalog: catalog).parse(at: i, letterWord: letterWord) {
                var citation = self.citation(for: symbol, typeWord: trigger.type, mentionStart: index)
                apply(reader.after(symbol.end), to: &citation)
                dateIssue(&citation, end: symbol.end)
                return ([citation], symbol.end)
            }
            if trigger.partyNumber, let result = resolvedNumber(at: i, trigger: trigger, mentionStart: index) {
                return result
            }
            if trigger.type == "Nghị định", let result = decreeByNumberAndYear(at: i, mentionStart: index) {
                return result
            }
            if let result = numberAndYear(at: i, trigger: trigger, mentionStart: index) {
                return result
            }
            return nil
        }
        guard trigger.type == "Nghị quyết" else { return nil }
        var j = i
        var meeting = false
        if text.matchesWord(CitationScanner.hoiNghi, at: j) {
            j = text.skipSpaces(j + CitationScanner.hoiNghi.count)
            meeting = true
        }
        for word in CitationScanner.central where text.matchesWord(word, at: j) {
            return plenum(listAt: text.skipSpaces(j + word.count), mentionStart: index)
        }
        if meeting, let result = plenumByOrdinal(at: j, mentionStart: index) { return result }
        if text.matchesWord(CitationScanner.daiHoi, at: i) {
            return congress(at: text.skipSpaces(i + CitationScanner.daiHoi.count), mentionStart: index)
        }
        return nil
    }

    /// Copies what the context says onto a citation.
    private func apply(_ context: CitationContext, to citation: inout RawCitation) {
        citation.date = context.date
        citation.writtenYear = context.year
        // "Điều 30 của Nghị định số 174/2013/NĐ-CP về …": the subject is the article's (Điều), not the document's.
        citation.title = citesAPart(before: citation.mention.offset) ? nil : context.title
        if let body = context.body {
            let symbolIssuer = citation.issuer.flatMap { catalog.level(ofIssuer: FoldedScalars.pattern($0)) }
            // The body phrase scopes a local symbol, or names the Central body of a TW symbol.
            if symbolIssuer?.isLocal == true || symbolIssuer == nil {
                if body.level.isLocal { citation.scope = body.scope }
            } else if symbolIssuer == .statelocal, body.level == .statelocal {
                citation.scope = body.scope
            }
            if body.level == .central, symbolIssuer == .central || symbolIssuer == nil, let term = context.term {
                citation.term = term
                citation.termEvidence = .written
            }
            if citation.level == .statelocal, body.level == .statelocal { citation.scope = body.scope }
            if citation.level?.isLocal == true, citation.scope == nil, body.level.isLocal { citation.scope = body.scope }
        } else if let term = context.term, citation.level == .central {
            citation.term = term
            citation.termEvidence = .written
        }
        // "ngày 3/2/2019, Ban Bí thư đã ban hành Chỉ thị số 35-CT/TW": a Central document's date
        // or term written before it.
        if citation.level == .central, citation.term == nil || citation.date == nil,
           let issuing = reader.issuingBefore(citation.mention.offset), issuing.body.level == .central {
            if citation.date == nil { citation.date = issuing.date }
            if citation.term == nil, let term = issuing.term {
                citation.term = term
                citation.termEvidence = .written
            }
        }
    }

    /// A yearless State symbol's date from the words that tell its issue: "ký ngày 9/6/2017" after
    /// it, "Ngày 14/9/2016, UBND tỉnh đã ban hành" or "Tháng 12-2016, … ban hành" before it. Its
    /// year is the key's.
    private func dateIssue(_ citation: inout RawCitation, end: Int) {
        guard citation.date == nil, citation.year == nil, citation.writtenYear == nil,
              case .symbol(.state) = citation.kind else { return }
        switch reader.issuedOnAfter(end) ?? reader.issuedOnBefore(citation.mention.offset) {
        case .full(let date): citation.date = date
        case .withoutYear(let day): citation.issuedWithoutYear = day
        case .year(let year): citation.writtenYear = year
        case nil: break
        }
    }

    /// Words naming a part of a document (`scripts/documents/citation-words.tsv`, role part).
    private static let partWords = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "part")
        .map { FoldedScalars.pattern($0[0]) }

    /// True when "Điều 30 của", "khoản 2 Điều 5", "Phụ lục I" … stands just before `index`: the
    /// citation names a part of the document. Without "của" ("Khoản 4 Điều 6 Nghị định
    /// 46/2016/NĐ-CP về xử phạt …") the subject that follows is as a rule the document's own.
    private func citesAPart(before index: Int) -> Bool {
        let start = max(0, index - 40)
        var i = index - 1
        while i > start, text.isSpace(i) { i -= 1 }
        // "… của" directly before the citation.
        let cuaStart = i - CitationScanner.cua.count + 1
        guard cuaStart > start, text.matchesWord(CitationScanner.cua, at: cuaStart) else { return false }
        var j = cuaStart - 1
        while j > start, text.isSpace(j) || text.isDigit(j) || text[j] == 0x2C || text.isUpper(j) && !text.isLetter(j - 1) { j -= 1 }
        let wordEnd = j + 1
        var wordStart = wordEnd
        while wordStart > start, text.isLetter(wordStart - 1) { wordStart -= 1 }
        return CitationScanner.partWords.contains { text.matchesWord($0, at: wordStart) }
    }

    /// "Chỉ thị 05 của Bộ Chính trị", "BTV Thành ủy … ban hành Quy định 02": a Party document
    /// named by number and issuer, resolved only when the issuing body is written.
    private func resolvedNumber(at index: Int, trigger: DocumentCatalog.Trigger, mentionStart: Int) -> ([RawCitation], Int)? {
        let end = text.digitsEnd(index)
        guard end - index <= 4, let number = text.number(index, end), number > 0, !text.isLetter(end) else { return nil }
        let next = text[end]
        // "54/2017…", "5.000", "12-CT" belong to something else.
        if next == 0x2F || next == 0x2E && text.isDigit(end + 1) || next == 0x2D || next == 0x25 { return nil }
        let context = reader.after(end)
        let issuing = context.body == nil ? reader.issuingBefore(mentionStart) : nil
        guard let body = context.body ?? issuing?.body else { return nil }
        let numberText = String(number)
        if body.level == .statelocal {
            guard let citation = councilDocument(number: numberText, year: nil, type: trigger.type, body: body,
                                                 context: context, mentionStart: mentionStart, end: end) else { return nil }
            return ([citation], end)
        }
        guard body.level != .state, let abbreviation = catalog.partyAbbreviation(of: trigger.type) else { return nil }
        var citation = RawCitation(
            kind: .resolvedNumber, id: numberText + "-" + abbreviation + "/" + body.code, type: trigger.type,
            number: numberText, year: nil, issuer: body.code, level: body.level,
            mention: Mention(text: text.text(mentionStart, end), offset: mentionStart))
        citation.date = context.date ?? issuing?.date
        citation.writtenYear = context.year
        citation.title = context.title
        if body.level == .central {
            citation.term = context.term ?? issuing?.term
            citation.termEvidence = citation.term != nil ? .written : nil
        } else {
            citation.scope = body.scope
        }
        return ([citation], end)
    }

    /// "Nghị quyết số 12 ngày 5/7/2020 của HĐND tỉnh", "Quyết định 25/2019 của UBND tỉnh": a
    /// document of a People's Council or Committee named by number (and year) and its body. The
    /// symbol is the State one of its type and body ("12/NQ-HĐND", "25/2019/QĐ-UBND"), scoped to
    /// the body's province; without a year in it, the key's year comes from the date.
    private func councilDocument(number: String, year: Int?, type: String, body: CitationContext.Body,
                                 context: CitationContext, mentionStart: Int, end: Int) -> RawCitation? {
        guard let abbreviation = catalog.stateAbbreviation(of: type) else { return nil }
        let head = number + "/" + (year.map { String($0) + "/" } ?? "")
        var citation = RawCitation(
            kind: .symbol(.state), id: head + abbreviation + "-" + body.code, type: type, number: number, year: year,
            issuer: body.code, level: .statelocal, mention: Mention(text: text.text(mentionStart, end), offset: mentionStart))
        citation.scope = body.scope
        citation.date = context.date
        // "chỉ thị 09 năm 2013 của UBND tỉnh": the year written for it.
        citation.writtenYear = year == nil ? context.year : nil
        citation.title = context.title
        return citation
    }

    /// "Nghị quyết 43/2022 của Quốc hội", "Nghị quyết số 12/2020 của HĐND tỉnh": a number and a
    /// year, then the issuing body. The National Assembly's symbol carries its legislature
    /// ("43/2022/QH15"), read from the year (or, in a year two legislatures share, the date);
    /// a council's or committee's is its State symbol ("12/2020/NQ-HĐND") scoped to its province.
    private func numberAndYear(at index: Int, trigger: DocumentCatalog.Trigger, mentionStart: Int) -> ([RawCitation], Int)? {
        guard let (number, year, yearEnd) = numberSlashYear(at: index) else { return nil }
        let context = reader.after(yearEnd)
        guard let body = context.body else { return nil }
        let numberText = String(number)
        if body.level == .statelocal {
            guard let citation = councilDocument(number: numberText, year: year, type: trigger.type, body: body,
                                                 context: context, mentionStart: mentionStart, end: yearEnd) else { return nil }
            return ([citation], yearEnd)
        }
        let assembly = body.code == "QH" || body.code == "UBTVQH"
        let assemblyTypes: Set<String> = body.code == "QH" ? ["Nghị quyết", "Luật", "Bộ luật"] : ["Nghị quyết", "Pháp lệnh"]
        guard assembly, assemblyTypes.contains(trigger.type),
              let legislature = catalog.legislature(year: year, date: context.date) else { return nil }
        let code = body.code + String(legislature)
        var citation = RawCitation(
            kind: .symbol(.state), id: numberText + "/" + String(year) + "/" + code, type: trigger.type,
            number: numberText, year: year, issuer: code, level: .state,
            mention: Mention(text: text.text(mentionStart, yearEnd), offset: mentionStart))
        citation.date = context.date
        citation.title = context.title
        return ([citation], yearEnd)
    }

    /// "Nghị định 78/2015": only the Government issues decrees, so number and year give the
    /// symbol "78/2015/NĐ-CP".
    private func decreeByNumberAndYear(at index: Int, mentionStart: Int) -> ([RawCitation], Int)? {
        guard let (number, year, yearEnd) = numberSlashYear(at: index) else { return nil }
        var citation = RawCitation(
            kind: .symbol(.state), id: String(number) + "/" + String(year) + "/NĐ-CP", type: "Nghị định",
            number: String(number), year: year, issuer: "CP", level: .state,
            mention: Mention(text: text.text(mentionStart, yearEnd), offset: mentionStart))
        let context = reader.after(yearEnd)
        citation.date = context.date
        citation.title = context.title
        return ([citation], yearEnd)
    }

    /// "78/2015" at `index`: a number of at most four digits, a slash and a year (1945–2099) that
    /// ends the symbol (no letter, slash or hyphen after it: "78/2015/NĐ-CP" is a full symbol,
    /// read elsewhere). Returns the number, the year and where the year ends.
    private func numberSlashYear(at index: Int) -> (number: Int, year: Int, end: Int)? {
        let numberEnd = text.digitsEnd(index)
        guard numberEnd - index <= 4, let number = text.number(index, numberEnd), number > 0,
              text[numberEnd] == 0x2F else { return nil }
        let yearEnd = text.digitsEnd(numberEnd + 1)
        guard yearEnd - numberEnd - 1 == 4, let year = text.number(numberEnd + 1, yearEnd), year >= 1945, year <= 2099,
              !text.isLetter(yearEnd), text[yearEnd] != 0x2F, text[yearEnd] != 0x2D else { return nil }
        return (number, year, yearEnd)
    }

    // MARK: - Plenums and congresses

    /// "4, 5, 6 (khóa XIII)", "IV khóa XII", "lần thứ 4": plenum numbers, then the term.
    private func plenum(listAt index: Int, mentionStart: Int) -> ([RawCitation], Int)? {
        var i = index
        if text.matchesWord(CitationScanner.lanThu, at: i) { i = text.skipSpaces(i + CitationScanner.lanThu.count) }
        var numbers: [Int] = []
        var end = i
        while let (value, valueEnd) = reader.ordinal(at: i), value <= 20, numbers.count < 8 {
            numbers.append(value)
            end = valueEnd
            guard var j = reader.afterListJoin(valueEnd) else { break }
            // "Nghị quyết Trung ương 4 và Trung ương 5 khóa XII": the body word may be repeated.
            if let word = CitationScanner.central.first(where: { text.matchesWord($0, at: j) }),
               reader.ordinal(at: text.skipSpaces(j + word.count)) != nil {
                j = text.skipSpaces(j + word.count)
            }
            guard reader.ordinal(at: j) != nil else { break }
            i = j
        }
        guard !numbers.isEmpty else { return nil }
        var afterTerm = end
        var terms: [String?] = [nil]
        var j = text.skipSpaces(end)
        if text[j] == 0x2C { j = text.skipSpaces(j + 1) }
        // "Nghị quyết Trung ương 4 (Khóa XI, XII)": the fourth plenum of each term, two documents.
        if let (found, termEnd) = reader.terms(at: j) {
            terms = found
            afterTerm = termEnd
        }
        let mentionText = text.text(mentionStart, afterTerm)
        let context = reader.after(afterTerm)
        if terms == [nil], context.body?.level == .central, let written = context.term { terms = [written] }
        let single = numbers.count == 1 && terms.count == 1
        let citations = terms.flatMap { term in
            numbers.map { number -> RawCitation in
                var citation = RawCitation(
                    kind: .plenum, id: "NQTW" + String(number), type: "Nghị quyết", number: String(number),
                    issuer: "TW", level: .central, mention: Mention(text: mentionText, offset: mentionStart))
                citation.term = term
                citation.termEvidence = term != nil ? .written : nil
                citation.title = single ? context.title : nil
                citation.date = single ? context.date : nil
                return citation
            }
        }
        return (citations, afterTerm)
    }

    /// "lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII" (after "Nghị quyết Hội nghị"): the
    /// formal name of a plenum resolution, its number written as a word, a numeral or a digit.
    private func plenumByOrdinal(at index: Int, mentionStart: Int) -> ([RawCitation], Int)? {
        guard text.matchesWord(CitationScanner.lanThu, at: index) else { return nil }
        let i = text.skipSpaces(index + CitationScanner.lanThu.count)
        guard let (value, end) = reader.ordinal(at: i) ?? ordinalWord(at: i), value <= 20 else { return nil }
        var j = text.skipSpaces(end)
        guard let central = CitationScanner.centralCommittee.first(where: { text.matchesWord($0, at: j) }) else { return nil }
        j += central.count
        var afterTerm = j
        var term: String?
        if let (found, termEnd) = reader.term(at: text.skipSpaces(j)) {
            term = found
            afterTerm = termEnd
        }
        var citation = RawCitation(
            kind: .plenum, id: "NQTW" + String(value), type: "Nghị quyết", number: String(value), issuer: "TW",
            level: .central, mention: Mention(text: text.text(mentionStart, afterTerm), offset: mentionStart))
        citation.term = term
        citation.termEvidence = term != nil ? .written : nil
        let context = reader.after(afterTerm)
        citation.title = context.title
        citation.date = context.date
        return ([citation], afterTerm)
    }

    /// The Central Committee after a plenum's ordinal, longer phrases first
    /// (`scripts/documents/citation-words.tsv`, role centralCommittee).
    private static let centralCommittee = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "centralCommittee")
        .map { FoldedScalars.pattern($0[0]) }

    /// Unit numerals written as words, with their value (`scripts/documents/citation-words.tsv`, role ordinal).
    private static let ordinalUnits: [(pattern: [UInt32], value: Int)] = DocumentCatalog
        .wordRows(DocumentTables.citationWords, role: "ordinal")
        .compactMap { row in row.count == 3 ? Int(row[2]).map { (FoldedScalars.pattern(row[0]), $0) } : nil }

    /// Vietnamese ordinal words as plenum numbers: "nhất" … "mười chín" ("tư" and "bốn" are 4).
    private func ordinalWord(at index: Int) -> (Int, Int)? {
        func unit(at position: Int) -> (Int, Int)? {
            for (pattern, value) in CitationScanner.ordinalUnits where text.matchesWord(pattern, at: position) {
                return (value, position + pattern.count)
            }
            return nil
        }
        let muoi = FoldedScalars.pattern("mười")
        if text.matchesWord(muoi, at: index) {
            let after = index + muoi.count
            if text[after] == 0x20, let (value, end) = unit(at: after + 1), value != 1 { return (10 + value, end) }
            return (10, after)
        }
        return unit(at: index)
    }

    /// "Đại hội đại biểu Đảng bộ thành phố lần thứ XIV", "Đại hội lần thứ XIII của Đảng",
    /// "Đại hội Đảng toàn quốc lần thứ XIII": the congress resolution, national or local.
    private func congress(at index: Int, mentionStart: Int) -> ([RawCitation], Int)? {
        var i = index
        var national = false
        var local = false
        var scope: PlaceContext.Scope?
        var ordinal: Int?
        var end = index
        var steps = 0
        while steps < 8 {
            steps += 1
            i = text.skipSpaces(i)
            if let word = CitationScanner.congressWords.first(where: { text.matchesWord($0, at: i) }) {
                if word == CitationScanner.toanQuoc { national = true }
                i += word.count
                end = i
                continue
            }
            if text.matchesWord(CitationScanner.dangBo, at: i) {
                local = true
                let (found, placeEnd) = congressScope(at: i + CitationScanner.dangBo.count)
                scope = found
                i = placeEnd
                end = i
                continue
            }
            if text.matchesWord(CitationScanner.dang, at: i) {
                national = true
                i += CitationScanner.dang.count
                end = i
                continue
            }
            if ordinal == nil, let (value, valueEnd) = reader.ordinal(at: i) {
                ordinal = value
                i = valueEnd
                end = i
                continue
            }
            if ordinal != nil, !national, !local, text.matchesWord(CitationScanner.cua, at: i) {
                let after = text.skipSpaces(i + CitationScanner.cua.count)
                if text.matchesWord(CitationScanner.dang, at: after) || text.matchesWord(CitationScanner.dangBo, at: after) {
                    i = after
                    continue
                }
            }
            break
        }
        guard let ordinal, let numeral = RomanNumeral.numeral(ordinal) else { return nil }
        let mention = Mention(text: text.text(mentionStart, end), offset: mentionStart)
        // A congress resolution has no subject of its own: a "về …" after it speaks of something
        // the congress resolved, not of the resolution.
        var citation = RawCitation(
            kind: .congress(local: local), id: "NQĐH-" + numeral, type: "Nghị quyết", number: nil,
            issuer: nil, level: local ? .provincial : (national ? .central : nil), mention: mention)
        if local {
            citation.scope = scope
        } else if national {
            citation.term = numeral
            citation.termEvidence = .written
        }
        return ([citation], end)
    }

    /// The place after "Đảng bộ": "thành phố" (the article's own), "tỉnh Lào Cai", "TPHCM", "huyện Thới Lai".
    private func congressScope(at index: Int) -> (PlaceContext.Scope, Int) {
        let start = text.skipSpaces(index)
        if let city = places.centralCity(in: text, at: start) {
            return (PlaceContext.Scope(province: city.name, locality: nil, localityUnknown: false, explicit: true), city.end)
        }
        let committee: PlaceContext.Committee
        let words: [(String, PlaceContext.Committee)] = [
            ("tỉnh", .province), ("thành phố", .city), ("tp.", .city), ("tp", .city),
            ("huyện", .district), ("quận", .urbanDistrict), ("thị xã", .town),
        ]
        guard let (word, kind) = words.first(where: { text.matches(FoldedScalars.pattern($0.0), at: start) && !text.isLetter(start + FoldedScalars.pattern($0.0).count) }) else {
            let (name, nameEnd) = places.placeName(in: text, at: start)
            if let name, let province = places.province(named: FoldedScalars.pattern(name)) {
                return (PlaceContext.Scope(province: province, locality: nil, localityUnknown: false, explicit: true), nameEnd)
            }
            return (PlaceContext.Scope(province: places.primary, locality: nil, localityUnknown: false, explicit: false), start)
        }
        committee = kind
        let afterWord = start + FoldedScalars.pattern(word).count
        let (scope, _, end) = places.scope(of: committee, in: text, at: afterWord)
        return (scope, max(end, afterWord))
    }
}
