/// One sighting of a person in a piece of text, with the roles written next to it.
struct NameSighting {
    /// The full name ("Phạm Văn Hiểu"), or the given name alone for "ông Hiểu".
    var name: String
    var roles: [String]
    /// True for "ông Hiểu", "đồng chí Dung": a later mention of someone named in full elsewhere.
    var isShortReference: Bool = false
    /// UTF-8 byte range of the name as written in the scanned text; nil when the words do not
    /// spell the name ("Bác Hồ" for Hồ Chí Minh, "ông Hiểu").
    var range: Range<Int>? = nil
    /// The `WordKey` phrase key of the name's words and the key of its first word, when it has a
    /// range and only words.
    var key: (phrase: UInt64, first: UInt64)? = nil
}

/// Finds people's names in one paragraph by the shape of its words.
///
/// A name is a run of two to four capitalised syllables, usually starting with a family name,
/// found by one pass over the words (no pattern is matched against the whole text). What stands
/// around the run decides: a title or form of address before it makes it a person and gives
/// roles; a street, school, place or idea word before it makes it something else.
struct NameScanner {
    private let t: WordTokenizer
    private let lex: PeopleLexicon
    /// Index of the last token of the previous accepted name: roles never reach back across it.
    private var lastNameEnd = -1
    private var found: [NameSighting] = []
    /// Runs of capitalised words left open (`scan(_:open:)`), as ranges of the body's tokens.
    private var open: [Range<Int>] = []

    /// Every sighting in the tokens of `text`, in reading order.
    static func scan(_ text: WordTokenizer, lexicon: PeopleLexicon = .shared) -> [NameSighting] {
        var scanner = NameScanner(t: text, lex: lexicon)
        scanner.run()
        return scanner.found
    }

    /// Every sighting in the tokens of `text`, in reading order; adds to `open` the runs of
    /// capitalised words left open, as ranges of the body's tokens: no name was taken in them for
    /// want of evidence, and nothing said that they name something else (a street, an idea, a
    /// place, a country, a credit). A name the article gives elsewhere may stand there without
    /// the words that made the scanner take it ("Tổng thống Mỹ Donald Trump" once, "tỷ phú Donald
    /// Trump" later).
    static func scan(_ text: WordTokenizer, open: inout [Range<Int>], lexicon: PeopleLexicon = .shared) -> [NameSighting] {
        var scanner = NameScanner(t: text, lex: lexicon)
        swap(&scanner.open, &open)
        scanner.run()
        swap(&scanner.open, &open)
        return scanner.found
    }

    private init(t: WordTokenizer, lex: PeopleLexicon) {
        self.t = t
        self.lex = lex
    }

    private var count: Int { t.tokens.count }

    private func kind(_ i: Int) -> WordTokenizer.Kind? {
        t.tokens.indices.contains(i) ? t.tokens[i].kind : nil
    }

    private mutating func run() {
        var i = 0
        while i < count {
            guard kind(i) == .capitalised, !lex.breakers.contains(t.key(i)) else {
                i &+= 1
                continue
            }
            var j = i &+ 1
            while j < count {
                if kind(j) == .capitalised, roleMatch(at: j) == nil, !lex.breakers.contains(t.key(j)) {
                    j &+= 1
                } else if isNameApostrophe(j) {
                    // "H’Yim Kđoh", "Điểu K'Ré": one name part across the apostrophe.
                    j &+= 2
                } else {
                    break
                }
            }
            examine(runStart: i, runEnd: j)
            i = j
        }
    }

    // MARK: - One run of capitalised words

    private mutating func examine(runStart: Int, runEnd: Int) {
        var s = runStart
        var addressed = triggerLength(endingAt: s &- 1) > 0
        // Most runs are one capitalised word starting a sentence: leave them at once.
        if runEnd &- s == 1, !addressed { return }
        // "Ông Nguyễn Văn A" at the start of a sentence: the form of address is written with a capital.
        if !addressed, runEnd &- s >= 2, isSentenceStart(s), isTrigger(t.key(s)) {
            s &+= 1
            addressed = true
        }

        // "Bác Hồ" is Hồ Chí Minh; a bare "Bác" is not taken as a mention.
        if runEnd &- s >= 2, t.key(s) == PeopleLexicon.Word.bac, t.key(s &+ 1) == PeopleLexicon.Word.ho {
            accept(name: "Hồ Chí Minh", roles: [], end: runEnd &- 1, range: nil)
            return
        }

        if runEnd &- s == 1 {
            if addressed, isPlausibleSyllable(s, longest: 7) {
                let after = rolesAfter(nameEnd: runEnd)
                found.append(NameSighting(name: t.text(s), roles: after, isShortReference: true))
            }
            return
        }

        guard let start = nameStart(runStart: s, runEnd: runEnd, addressed: addressed) else {
            return leaveOpen(runStart, runEnd)
        }
        var k = start.start
        // "Sputnik Ông Boris Johnson": a capitalised form of address inside the run is not the name.
        var addressedHere = addressed && k == s
        if runEnd &- k >= 3, isTrigger(t.key(k)) {
            k &+= 1
            addressedHere = true
        }
        let length = runEnd &- k
        // Vietnamese syllables have at most seven letters; a foreign name after a title or form of
        // address may have longer words ("ông Hiroshi Tarashima").
        let longest = lex.surnames.contains(t.key(k)) ? 7 : 12
        // Ethnic-minority names run longer ("Y Thanh Hà Niê Kđăm"; "H’Yim" is three tokens).
        let ethnic = isEthnicName(k, runEnd)
        guard length >= 2, length <= (ethnic ? 5 : 4), (k..<runEnd).allSatisfy({ isPlausibleSyllable($0, longest: longest) }) else {
            return leaveOpen(runStart, runEnd)
        }

        if isCreditOrByline(nameStart: k, runStart: s, runEnd: runEnd) { return }
        let before = rolesBefore(nameStart: k, addressed: addressedHere)
        if isNamedThing(nameStart: k, runStart: s, runEnd: runEnd, titled: !before.roles.isEmpty) { return }
        let after = rolesAfter(nameEnd: runEnd)
        let titled = addressedHere || before.immediate || start.byTitle

        // Places and years that look like names are never people; Hồ Chí Minh is the person only
        // with a title or form of address right before ("Chủ tịch Hồ Chí Minh", "Bác Hồ").
        if let key = t.phraseKey(k, runEnd &- 1), lex.notNames.contains(key),
           !(titled && key == PeopleLexicon.Word.hoChiMinh) { return }
        if length == 2, !titled, before.roles.isEmpty, after.isEmpty { return leaveOpen(runStart, runEnd) }
        if !lex.surnames.contains(t.key(k)), !titled,
           !(ethnic && (addressedHere || !before.roles.isEmpty || !after.isEmpty)) { return leaveOpen(runStart, runEnd) }
        // "Ông Phết Ta Von Phi La Văn": the form of address names a run too long for one name.
        if addressed, k > s { return leaveOpen(runStart, runEnd) }
        if length == 2, !addressedHere, isPlace(k, runEnd &- 1) { return }
        // A country, or a body named after one ("Đoàn Việt Nam"), or a name ending in a province
        // ("Hoàng Anh Gia Lai", a company) is not a person.
        if let whole = t.phraseKey(k, runEnd &- 1), lex.countries.contains(whole) { return }
        if !titled, before.roles.isEmpty, after.isEmpty,
           let tail = t.phraseKey(runEnd &- 2, runEnd &- 1), lex.countries.contains(tail) { return }
        if length == 4, let tail = t.phraseKey(runEnd &- 2, runEnd &- 1), lex.provinces.contains(tail) { return }

        let name = (k..<runEnd).contains(where: { kind($0) == .punctuation })
            ? t.text(tokens: k, through: runEnd &- 1)
            : (k..<runEnd).map { t.text($0) }.joined(separator: " ")
        accept(name: name, roles: before.roles + after, end: runEnd &- 1,
               range: Int(t.tokens[k].start)..<Int(t.tokens[runEnd &- 1].end),
               key: t.phraseKey(k, runEnd &- 1).map { ($0, t.key(k)) })
    }

    /// Notes a run in which no name was taken for want of evidence, not because it names a thing.
    private mutating func leaveOpen(_ start: Int, _ end: Int) {
        open.append((start &+ t.first)..<(end &+ t.first))
    }

    private mutating func accept(
        name: String, roles: [String], end: Int, range: Range<Int>?, key: (phrase: UInt64, first: UInt64)? = nil
    ) {
        found.append(NameSighting(name: name, roles: roles, range: range, key: key))
        lastNameEnd = end
    }

    /// Where the name begins inside the run: after any place or title words that precede it.
    /// Where the name begins inside the run, and whether a title right before it (and at most a
    /// country between) is what makes it a name.
    private func nameStart(runStart s: Int, runEnd e: Int, addressed: Bool) -> (start: Int, byTitle: Bool)? {
        // A form of address names the whole run: "bà Văn Thị Bạch Tuyết".
        if addressed, e &- s >= 2, e &- s <= 4 { return (s, false) }
        var starts: [Int] = []
        for k in s..<e where e &- k >= 2 && e &- k <= 4 && lex.surnames.contains(t.key(k)) {
            // The family-name syllable closes a place written before the name: "Lai Châu …".
            if k > s, let key = t.phraseKey(k &- 1, k), lex.notNames.contains(key) || isPlace(k &- 1, k) { continue }
            if k > s &+ 1, let key = t.phraseKey(k &- 2, k), lex.notNames.contains(key) { continue }
            // The family-name syllable is inside a country: "Bồ Đào Nha".
            if k > s, let key = t.phraseKey(k &- 1, k &+ 1), lex.countries.contains(key) || lex.notNames.contains(key) {
                continue
            }
            // The run starts with a place that begins like a name: "Hà Nam Lê B".
            if e &- k > 2, let key = t.phraseKey(k, k &+ 1), lex.notNames.contains(key) || isPlace(k, k &+ 1) { continue }
            starts.append(k)
        }
        if var k = starts.first {
            // "Mai Nguyễn Văn A" (Bệnh viện Bạch Mai, then the name): a very common family name
            // right after a rarer one starts the name.
            if e &- k == 4, starts.count > 1, starts[1] == k &+ 1,
               lex.commonSurnames.contains(t.key(k &+ 1)), !lex.commonSurnames.contains(t.key(k)) {
                k &+= 1
            }
            return (k, false)
        }
        // No family name: a personal title right before the run still makes it a name when no
        // word of it names a body ("Tổng thống Donald Trump", but not "Giám đốc Sở Nội vụ"); so
        // does an ethnic-minority name after a title that ends in its unit ("Bí thư Tỉnh ủy Y Biêr
        // Niê"), which `examine` checks.
        if !roleEnds(at: s), let first = ethnicNameStart(s, e), e &- first >= 2,
           !(first..<e).contains(where: { lex.institutions.contains(t.key($0)) }) {
            return (first, false)
        }
        guard roleEnds(at: s) else { return nil }
        // "Bộ Tư lệnh Thái Bình Dương …": a place or thing at the start is not a name.
        for last in [s &+ 1, s &+ 2] where last < e {
            if let key = t.phraseKey(s, last), lex.notNames.contains(key) || lex.places.contains(key) { return nil }
        }
        // "Thủ tướng Nhật Bản Shinzo Abe": the country stands between the title and the name.
        var k = s
        if e &- s >= 3, let key = t.phraseKey(s, s &+ 1), lex.countries.contains(key) {
            k = s &+ 2
        } else if lex.countries.contains(t.key(s)) {
            k = s &+ 1
        }
        if e &- k >= 2, e &- k <= 4,
           !(k..<e).contains(where: { lex.institutions.contains(t.key($0)) }),
           let key = t.phraseKey(k, e &- 1), !lex.countries.contains(key), !isPlace(k, e &- 1) {
            return (k, true)
        }
        return nil
    }


    // MARK: - What stands around the name

    /// True for a run that names a street, school, work or idea, or a place right after a unit word.
    ///
    /// Words before the run describe a place or body written before the name when a title
    /// precedes them and the name follows two or more capitalised words
    /// ("Giám đốc Bệnh viện Bạch Mai Nguyễn Quang Tuấn").
    private func isNamedThing(nameStart k: Int, runStart s: Int, runEnd e: Int, titled: Bool) -> Bool {
        // A title that ends in a unit word names the unit next: "trưởng thôn Hoàng Xá".
        if k == s, lex.placeTypes.contains(t.key(k &- 1)), fullNameLength(from: k) < 3,
           !(titled && PeopleLexicon.Word.provinceUnits.contains(t.key(k &- 1)) && isOfficialAfterUnit(k, e)) { return true }
        var q = k &- 1
        let floor = max(0, s &- 3)
        while q >= floor {
            guard let kd = kind(q) else { break }
            if kd == .punctuation { break }
            if kd == .lower, triggerLength(endingAt: q) > 0 { break }
            // A word of a title ("Trưởng đoàn") says nothing about what the name names.
            if insideTitle(q) || roleMatch(at: q) != nil { break }
            for length in 1...3 {
                guard let phrase = t.phraseKey(q &- length &+ 1, q) else { break }
                if lex.contexts.contains(phrase), q >= s || !titled || k &- s < 2 { return true }
                // A unit word names the place that follows it; a name may still come after a place
                // of two or more words ("thành phố Cần Thơ Phạm Văn Hiểu").
                // After a title, a unit word may end it ("Chủ tịch UBND tỉnh Trần Văn Lâu"): then a
                // full name of three or four syllables is still a person.
                // A two-syllable name after a title and a province-level unit is the official's when
                // it is no province ("Chủ tịch UBND tỉnh Lê Hùng", not "… tỉnh Hà Nam").
                if lex.placeTypes.contains(phrase), q >= s &- 1, k &- s < 2,
                   !titled || fullNameLength(from: k) < 3,
                   !(titled && PeopleLexicon.Word.provinceUnits.contains(phrase) && isOfficialAfterUnit(k, e)) { return true }
            }
            q &-= 1
        }
        // An address: "số 12 Nguyễn Huệ", "tại 45 Lê Lợi".
        if k == s, kind(s &- 1) == .number { return true }
        return false
    }

    /// True when tokens `k..<e` are two syllables starting with a family name that name no place,
    /// or an ethnic-minority name.
    private func isOfficialAfterUnit(_ k: Int, _ e: Int) -> Bool {
        if isEthnicName(k, e) { return true }
        guard e &- k == 2, lex.surnames.contains(t.key(k)), !isPlace(k, e &- 1) else { return false }
        if let key = t.phraseKey(k, e &- 1), lex.notNames.contains(key) || lex.countries.contains(key) { return false }
        return true
    }

    /// True when a run holds an ethnic-minority name: it opens with "Y" before a capitalised word,
    /// or "H" or "K" glued to one by an apostrophe ("H’Yim", "K'Ré"), or holds a family name of
    /// the list ("Niê", "Ksor", "Rơ Mah").
    private func isEthnicName(_ k: Int, _ e: Int) -> Bool {
        ethnicNameStart(k, e) != nil
    }

    /// The first token of the ethnic-minority name in `k..<e`, if the run holds one.
    private func ethnicNameStart(_ k: Int, _ e: Int) -> Int? {
        guard e &- k >= 2 else { return nil }
        for q in k..<e where kind(q) == .capitalised {
            if t.tokens[q].length == 1 {
                guard lex.ethnic.contains(t.key(q)) else { continue }
                if isNameApostrophe(q &+ 1) { return q }
                if t.key(q) == PeopleLexicon.Word.y, q &+ 1 < e, kind(q &+ 1) == .capitalised { return q }
                continue
            }
            if lex.ethnic.contains(t.key(q)) { return q }
            if q &+ 1 < e, let pair = t.phraseKey(q, q &+ 1), lex.ethnic.contains(pair) { return q }
        }
        return nil
    }

    /// An apostrophe glued between a one-letter capital and a capitalised word: "H’Yim", "K'Ré".
    private func isNameApostrophe(_ j: Int) -> Bool {
        guard let mark = t.punctuation(j), mark == "’" || mark == "'", j > 0, j &+ 1 < count,
              kind(j &- 1) == .capitalised, t.tokens[j &- 1].length == 1, kind(j &+ 1) == .capitalised else { return false }
        return t.tokens[j &- 1].end == t.tokens[j].start && t.tokens[j].end == t.tokens[j &+ 1].start
    }

    /// True for a photo credit ("Ảnh: Nguyễn Văn A") or a byline standing alone at the end.
    private func isCreditOrByline(nameStart k: Int, runStart s: Int, runEnd e: Int) -> Bool {
        if k == s, t.isPunctuation(s &- 1, ":") {
            if PeopleLexicon.Word.creditLabels.contains(t.key(s &- 2)) { return true }
        }
        guard k == s, isSentenceStart(s) else { return false }
        // Nothing after it but a parenthesised source: "Nguyễn Văn A (TTXVN)".
        var q = e
        if t.isPunctuation(q, "(") {
            while q < count, !t.isPunctuation(q, ")") { q &+= 1 }
            q &+= 1
        }
        return q >= count
    }

    private struct RolesBefore {
        var roles: [String] = []
        /// A title ends right before the name: "Chủ tịch Hồ Chí Minh".
        var immediate = false
    }

    /// Titles written before the name: "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Cần Thơ Phạm Văn Hiểu".
    private func rolesBefore(nameStart k: Int, addressed: Bool) -> RolesBefore {
        var p = k &- 1
        if addressed {
            // "Bí thư Tỉnh ủy, ông Nguyễn Văn A": the title stands before the form of address.
            p &-= triggerLength(endingAt: p)
            guard t.isPunctuation(p, ",") else { return RolesBefore() }
            p &-= 1
        }
        let zoneEnd = p
        var q = p
        var steps = 0
        while q > lastNameEnd, q >= 0, steps < 24 {
            guard let kd = kind(q) else { break }
            if kd == .punctuation {
                if t.isPunctuation(q, ",") || isGluedDot(q) {
                    // commas separate titles; "GS.TS" is one title
                } else if isPlaceHyphen(q) {
                    // "Bà Rịa - Vũng Tàu"
                } else {
                    break
                }
            } else if kd == .lower {
                if lex.stopwords.contains(t.key(q)) && !insideTitle(q) || triggerLength(endingAt: q) > 0 { break }
            }
            q &-= 1
            steps &+= 1
        }
        var result = RolesBefore()
        let zoneStart = q &+ 1
        guard zoneStart <= zoneEnd else { return result }

        // The zone in comma-separated pieces, the one next to the name last.
        var pieces: [(start: Int, end: Int)] = []
        var pieceStart = zoneStart
        for c in zoneStart...zoneEnd where t.isPunctuation(c, ",") {
            if pieceStart < c { pieces.append((pieceStart, c &- 1)) }
            pieceStart = c &+ 1
        }
        if pieceStart <= zoneEnd { pieces.append((pieceStart, zoneEnd)) }
        guard let last = pieces.last else { return result }

        // In the piece next to the name, the title chain ends at the name; it reaches back over
        // earlier titles only across capitalised words ("Thủ tướng quay sang Bí thư Tỉnh ủy …" keeps
        // "Bí thư Tỉnh ủy …"). Titles written back to back are separate: "Hiệu trưởng PGS.TS".
        var starts: [(start: Int, end: Int)] = []
        var r = last.start
        while r <= last.end {
            if let end = roleMatch(at: r) {
                starts.append((r, end))
                r = end
            } else {
                r &+= 1
            }
        }
        guard var chosen = starts.indices.last else { return result }
        var cuts: [Int] = []
        while chosen > 0 {
            let previous = starts[chosen &- 1]
            let gap = previous.end..<starts[chosen].start
            if gap.isEmpty {
                cuts.append(starts[chosen].start)
            } else if !gap.allSatisfy({ kind($0) == .capitalised || kind($0) == .allCaps || isGluedDot($0) }) {
                break
            }
            chosen &-= 1
        }
        var roles: [String] = []
        var from = starts[chosen].start
        for cut in cuts.reversed() {
            roles.append(t.text(tokens: from, through: cut &- 1))
            from = cut
        }
        roles.append(t.text(tokens: from, through: last.end))
        result.immediate = !addressed && starts.contains { $0.end == k }

        // Earlier pieces count while each starts with a title ("Phó Bí thư Thường trực Thành ủy, …").
        if chosen == 0, starts[0].start == last.start {
            for piece in pieces.dropLast().reversed() {
                guard roleMatch(at: piece.start) != nil else { break }
                roles.insert(t.text(tokens: piece.start, through: piece.end), at: 0)
            }
        }
        result.roles = roles.filter { !$0.isEmpty }
        return result
    }

    /// Titles written after the name: "Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố, …".
    private func rolesAfter(nameEnd e: Int) -> [String] {
        guard let open = t.punctuation(e), [",", "-", "–", "("].contains(open) else { return [] }
        var roles: [String] = []
        var p = e
        while p < count {
            p &+= 1
            guard let keywordEnd = roleMatch(at: p) else { break }
            let start = p
            var q = keywordEnd
            var cut = false
            while q < count, q &- start < 16 {
                guard let kd = kind(q) else { break }
                if kd == .punctuation {
                    if isPlaceHyphen(q) || isGluedDot(q) {
                        q &+= 1
                        continue
                    }
                    break
                }
                if kd == .lower && endsTitle(at: q) && !insideTitle(q) || kd == .capitalised && lex.breakers.contains(t.key(q)) {
                    cut = true
                    break
                }
                // "…, Chủ tịch UBND tỉnh Trần Văn Lâu": the next person's title, not this one's.
                if kd == .capitalised, q > start, startsFullName(at: q) { return roles }
                q &+= 1
            }
            if q > start { roles.append(t.text(tokens: start, through: q &- 1)) }
            guard !cut, q < count, let mark = t.punctuation(q), mark == "," else { break }
            p = q
        }
        return roles
    }

    /// The number of capitalised words from `k` on, when `k` holds a family name; otherwise 0.
    private func fullNameLength(from k: Int) -> Int {
        guard lex.surnames.contains(t.key(k)) else { return 0 }
        var e = k &+ 1
        while e < count, kind(e) == .capitalised { e &+= 1 }
        return e &- k
    }

    /// True when a run of three or four capitalised words starting with a family name begins at `q`.
    private func startsFullName(at q: Int) -> Bool {
        guard lex.surnames.contains(t.key(q)) else { return false }
        var e = q &+ 1
        while e < count, kind(e) == .capitalised { e &+= 1 }
        return e &- q >= 3 && e &- q <= 4
    }

    /// True when the lower-case word at `q` ends a title ("… tỉnh cho biết").
    private func endsTitle(at q: Int) -> Bool {
        let w = t.key(q)
        if w == PeopleLexicon.Word.chu { return t.key(q &+ 1) == PeopleLexicon.Word.tri }
        if w == PeopleLexicon.Word.va { return kind(q &+ 1) != .capitalised && kind(q &+ 1) != .allCaps }
        return lex.stopwords.contains(w) || triggerLength(endingAt: q) > 0
    }

    // MARK: - Word tests

    /// The end (exclusive) of the title that starts at token `i`, if one does.
    private func roleMatch(at i: Int) -> Int? {
        guard let kd = kind(i), kd != .punctuation, kd != .number else { return nil }
        let first = t.key(i)
        // "nguyên Bí thư": a former office is still a title.
        if first == PeopleLexicon.Word.nguyen { return roleMatch(at: i &+ 1) }
        guard let group = lex.roleGroups[first] else { return nil }
        let words = lex.roleWords
        for title in lex.roleGroupSpans[Int(group)] {
            let span = lex.roleSpans[title]
            var q = i &+ 1
            var matched = true
            var k = span.lowerBound &+ 1
            while k < span.upperBound {
                if isGluedDot(q) { q &+= 1 }
                guard let kq = kind(q), kq != .punctuation, t.key(q) == words[k] else {
                    matched = false
                    break
                }
                q &+= 1
                k &+= 1
            }
            if matched { return q }
        }
        return nil
    }

    /// True when token `q` lies inside a title that starts a few words earlier ("Tổng Thư ký").
    private func insideTitle(_ q: Int) -> Bool {
        var a = max(0, q &- 4)
        while a < q {
            if let end = roleMatch(at: a), end > q { return true }
            a &+= 1
        }
        return false
    }

    /// True when tokens `first...last` name a province or a district ("Long An", "Hoàng Mai").
    private func isPlace(_ first: Int, _ last: Int) -> Bool {
        guard let key = t.phraseKey(first, last) else { return false }
        return lex.places.contains(key)
    }

    /// True when some title ends right before token `i`.
    private func roleEnds(at i: Int) -> Bool {
        var a = max(0, i &- 6)
        while a < i {
            if roleMatch(at: a) == i { return true }
            a &+= 1
        }
        return false
    }

    /// How many tokens the form of address ending at token `i` has ("đồng chí" → 2), or 0.
    private func triggerLength(endingAt i: Int) -> Int {
        guard kind(i) == .lower else { return 0 }
        let last = t.key(i)
        for trigger in lex.triggers where trigger.last == last {
            let n = trigger.count
            guard i &- n &+ 1 >= 0 else { continue }
            var ok = true
            for (offset, w) in trigger.enumerated() where offset < n &- 1 {
                let q = i &- n &+ 1 &+ offset
                guard kind(q) == .lower || kind(q) == .capitalised, t.key(q) == w else {
                    ok = false
                    break
                }
            }
            if ok { return n }
        }
        return 0
    }

    private func isTrigger(_ key: UInt64) -> Bool {
        lex.triggers.contains { $0.count == 1 && $0[0] == key }
    }

    /// A full stop inside an abbreviation: "PGS.TS", "TP.HCM".
    private func isGluedDot(_ q: Int) -> Bool {
        guard t.isPunctuation(q, "."), q > 0, q &+ 1 < count else { return false }
        let before = t.tokens[q &- 1], after = t.tokens[q &+ 1]
        guard before.end == t.tokens[q].start, after.start == t.tokens[q].end else { return false }
        return (before.kind == .allCaps || before.kind == .mixed || before.kind == .capitalised)
            && (after.kind == .allCaps || after.kind == .mixed || after.kind == .capitalised)
    }

    /// A hyphen between two capitalised words, as in "Bà Rịa - Vũng Tàu".
    private func isPlaceHyphen(_ q: Int) -> Bool {
        guard let mark = t.punctuation(q), mark == "-" || mark == "–" else { return false }
        return kind(q &- 1) == .capitalised && kind(q &+ 1) == .capitalised
    }

    private func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        guard let mark = t.punctuation(i &- 1) else { return false }
        switch mark {
        case ".", "!", "?", ":", "\n", "\"", "“", "(", "-", "–", "…": return true
        default: return false
        }
    }

    /// A name part: a capitalised word of at most `longest` letters.
    private func isPlausibleSyllable(_ i: Int, longest: Int) -> Bool {
        guard t.tokens.indices.contains(i) else { return false }
        return Int(t.tokens[i].length) <= longest
    }
}
