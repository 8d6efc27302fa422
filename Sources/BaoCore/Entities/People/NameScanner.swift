/// One sighting of a person in a piece of text, with the roles written next to it.
struct NameSighting: Equatable {
    /// The full name ("Phạm Văn Hiểu"), or the given name alone for "ông Hiểu".
    var name: String
    var roles: [String]
    /// True for "ông Hiểu", "đồng chí Dung": a later mention of someone named in full elsewhere.
    var isShortReference: Bool = false
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

    /// Every sighting in `text`, in reading order.
    static func scan(_ text: String, lexicon: PeopleLexicon = .shared) -> [NameSighting] {
        var scanner = NameScanner(t: WordTokenizer(text), lex: lexicon)
        scanner.run()
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
            guard kind(i) == .capitalised else {
                i &+= 1
                continue
            }
            var j = i &+ 1
            while j < count, kind(j) == .capitalised, roleMatch(at: j) == nil { j &+= 1 }
            if j &- i >= 1 { examine(runStart: i, runEnd: j) }
            i = j
        }
    }

    // MARK: - One run of capitalised words

    private mutating func examine(runStart: Int, runEnd: Int) {
        var s = runStart
        let words = (runStart..<runEnd).map { t.text($0) }
        func word(_ index: Int) -> String { words[index &- runStart] }

        var addressed = triggerLength(endingAt: s &- 1) > 0
        // "Ông Nguyễn Văn A" at the start of a sentence: the form of address is written with a capital.
        if !addressed, runEnd &- s >= 2, isSentenceStart(s), isTrigger(word(s).lowercased()) {
            s &+= 1
            addressed = true
        }

        // "Bác Hồ" is Hồ Chí Minh; a bare "Bác" is not taken as a mention.
        if word(s) == "Bác", runEnd &- s >= 2, word(s &+ 1) == "Hồ" {
            accept(name: "Hồ Chí Minh", roles: [], end: runEnd &- 1)
            return
        }

        if runEnd &- s == 1 {
            if addressed, isPlausibleSyllable(word(s)) {
                let after = rolesAfter(nameEnd: runEnd)
                found.append(NameSighting(name: word(s), roles: after, isShortReference: true))
            }
            return
        }

        guard let k = nameStart(runStart: s, runEnd: runEnd, addressed: addressed, word: word) else { return }
        let nameWords = Array(words[(k &- runStart)...])
        guard nameWords.count >= 2, nameWords.count <= 4, nameWords.allSatisfy(isPlausibleSyllable) else { return }
        let name = nameWords.joined(separator: " ")

        if isCreditOrByline(nameStart: k, runStart: s, runEnd: runEnd) { return }
        let before = rolesBefore(nameStart: k, addressed: addressed && k == s)
        if isNamedThing(nameStart: k, runStart: s, titled: !before.roles.isEmpty) { return }
        let after = rolesAfter(nameEnd: runEnd)
        let titled = addressed && k == s || before.immediate

        if lex.notNames.contains(name), !titled { return }
        if nameWords.count == 2, !titled, before.roles.isEmpty, after.isEmpty { return }
        if !lex.surnames.contains(nameWords[0]), !titled { return }

        accept(name: name, roles: before.roles + after, end: runEnd &- 1)
    }

    private mutating func accept(name: String, roles: [String], end: Int) {
        found.append(NameSighting(name: name, roles: roles))
        lastNameEnd = end
    }

    /// Where the name begins inside the run: after any place or title words that precede it.
    private func nameStart(runStart s: Int, runEnd e: Int, addressed: Bool, word: (Int) -> String) -> Int? {
        var starts: [Int] = []
        for k in s..<e where e &- k >= 2 && e &- k <= 4 && lex.surnames.contains(word(k)) {
            // The family-name syllable closes a place written before the name: "Lai Châu …".
            if k > s, lex.notNames.contains(word(k &- 1) + " " + word(k)) { continue }
            // The run starts with a place that begins like a name: "Hà Nam Lê B".
            if e &- k > 2, lex.notNames.contains(word(k) + " " + word(k &+ 1)) { continue }
            starts.append(k)
        }
        if var k = starts.first {
            // "Mai Nguyễn Văn A" (Bệnh viện Bạch Mai, then the name): a very common family name
            // right after a rarer one starts the name.
            if e &- k == 4, starts.count > 1, starts[1] == k &+ 1,
               Self.commonSurnames.contains(word(k &+ 1)), !Self.commonSurnames.contains(word(k)) {
                k &+= 1
            }
            return k
        }
        // No family name: a form of address right before the run still makes it a name
        // ("ông Y Moan Niê"); a title does not ("Giám đốc Sở Nội vụ").
        if e &- s >= 2, e &- s <= 4, addressed { return s }
        return nil
    }

    /// The most frequent family names, which decide where a name starts in a longer run.
    private static let commonSurnames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
    ]

    // MARK: - What stands around the name

    /// True for a run that names a street, school, work or idea, or a place right after a unit word.
    ///
    /// Words before the run describe a place or body written before the name when a title
    /// precedes them and the name follows two or more capitalised words
    /// ("Giám đốc Bệnh viện Bạch Mai Nguyễn Quang Tuấn").
    private func isNamedThing(nameStart k: Int, runStart s: Int, titled: Bool) -> Bool {
        var q = k &- 1
        let floor = max(0, s &- 3)
        while q >= floor {
            guard let kd = kind(q) else { break }
            if kd == .punctuation { break }
            if kd == .lower, triggerLength(endingAt: q) > 0 { break }
            for length in 1...3 {
                guard let phrase = lowerPhrase(endingAt: q, words: length) else { break }
                if lex.contexts.contains(phrase), q >= s || !titled || k &- s < 2 { return true }
                // A unit word names the place that follows it; a name may still come after a place
                // of two or more words ("thành phố Cần Thơ Phạm Văn Hiểu").
                // After a title, a unit word may end it ("Chủ tịch UBND tỉnh Trần Văn Lâu"): then a
                // full name of three or four syllables is still a person.
                if lex.placeTypes.contains(phrase), q >= s &- 1, k &- s < 2,
                   !titled || fullNameLength(from: k) < 3 { return true }
            }
            q &-= 1
        }
        // An address: "số 12 Nguyễn Huệ", "tại 45 Lê Lợi".
        if k == s, kind(s &- 1) == .number { return true }
        return false
    }

    /// True for a photo credit ("Ảnh: Nguyễn Văn A") or a byline standing alone at the end.
    private func isCreditOrByline(nameStart k: Int, runStart s: Int, runEnd e: Int) -> Bool {
        if k == s, t.isPunctuation(s &- 1, ":") {
            let label = t.lower(s &- 2)
            if ["ảnh", "bài", "tin", "video", "clip", "nguồn", "theo"].contains(label) { return true }
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
                if t.isPunctuation(q, ",") || t.isPunctuation(q, ".") && kind(q &- 1) == .allCaps {
                    // commas separate titles; "GS.TS" is one title
                } else if isPlaceHyphen(q) {
                    // "Bà Rịa - Vũng Tàu"
                } else {
                    break
                }
            } else if kd == .lower {
                let w = t.lower(q)
                if lex.stopwords.contains(w) || triggerLength(endingAt: q) > 0 { break }
            }
            q &-= 1
            steps &+= 1
        }
        var result = RolesBefore()
        var r = q &+ 1
        while r <= zoneEnd {
            if roleMatch(at: r) != nil { break }
            r &+= 1
        }
        guard r <= zoneEnd else { return result }
        result.roles = splitRoles(from: r, through: zoneEnd)
        if !addressed {
            var a = r
            while a < k {
                if let end = roleMatch(at: a), end == k { result.immediate = true }
                a &+= 1
            }
        }
        return result
    }

    /// Titles written after the name: "Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố, …".
    private func rolesAfter(nameEnd e: Int) -> [String] {
        guard let open = t.punctuation(e), [",", "-", "–", "("].contains(open) else { return [] }
        var roles: [String] = []
        var p = e
        while p < count {
            p &+= 1
            guard roleMatch(at: p) != nil else { break }
            let start = p
            var q = p
            var cut = false
            while q < count, q &- start < 16 {
                guard let kd = kind(q) else { break }
                if kd == .punctuation {
                    if isPlaceHyphen(q) || t.isPunctuation(q, ".") && kind(q &- 1) == .allCaps {
                        q &+= 1
                        continue
                    }
                    break
                }
                if kd == .lower, q > start, endsTitle(at: q) {
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
        guard lex.surnames.contains(t.text(k)) else { return 0 }
        var e = k &+ 1
        while e < count, kind(e) == .capitalised { e &+= 1 }
        return e &- k
    }

    /// True when a run of three or four capitalised words starting with a family name begins at `q`.
    private func startsFullName(at q: Int) -> Bool {
        guard lex.surnames.contains(t.text(q)) else { return false }
        var e = q &+ 1
        while e < count, kind(e) == .capitalised { e &+= 1 }
        return e &- q >= 3 && e &- q <= 4
    }

    /// True when the lower-case word at `q` ends a title ("… tỉnh cho biết").
    private func endsTitle(at q: Int) -> Bool {
        let w = t.lower(q)
        if w == "chủ" { return t.lower(q &+ 1) == "trì" }
        if w == "và" { return kind(q &+ 1) != .capitalised && kind(q &+ 1) != .allCaps }
        return lex.stopwords.contains(w) || triggerLength(endingAt: q) > 0
    }

    /// Splits the tokens `first...last` at commas into titles; a piece that does not start with a
    /// title word continues the previous title.
    private func splitRoles(from first: Int, through last: Int) -> [String] {
        var roles: [String] = []
        var start = first
        var q = first
        func close(_ end: Int) {
            guard start <= end else { return }
            let piece = t.text(tokens: start, through: end)
            if roleMatch(at: start) != nil || roles.isEmpty {
                roles.append(piece)
            } else if let previous = roles.popLast() {
                roles.append(previous + ", " + piece)
            }
        }
        while q <= last {
            if t.isPunctuation(q, ",") {
                close(q &- 1)
                start = q &+ 1
            }
            q &+= 1
        }
        close(last)
        return roles.filter { !$0.isEmpty }
    }

    // MARK: - Word tests

    /// The end (exclusive) of the title that starts at token `i`, if one does.
    private func roleMatch(at i: Int) -> Int? {
        guard let kd = kind(i), kd != .punctuation, kd != .number else { return nil }
        guard let phrases = lex.rolesByFirstWord[t.lower(i)] else { return nil }
        for phrase in phrases {
            var q = i &+ 1
            var matched = true
            for w in phrase.dropFirst() {
                if t.isPunctuation(q, ".") { q &+= 1 }
                guard let kq = kind(q), kq != .punctuation, t.lower(q) == w else {
                    matched = false
                    break
                }
                q &+= 1
            }
            if matched { return q }
        }
        return nil
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
        let last = t.lower(i)
        for trigger in lex.triggers where trigger.last == last {
            let n = trigger.count
            guard i &- n &+ 1 >= 0 else { continue }
            var ok = true
            for (offset, w) in trigger.enumerated() where offset < n &- 1 {
                let q = i &- n &+ 1 &+ offset
                guard kind(q) == .lower || kind(q) == .capitalised, t.lower(q) == w else {
                    ok = false
                    break
                }
            }
            if ok { return n }
        }
        return 0
    }

    private func isTrigger(_ lowerWord: String) -> Bool {
        lex.triggers.contains { $0.count == 1 && $0[0] == lowerWord }
    }

    /// The lower-case words `q-words+1 ... q` joined by a space, when they are all words.
    private func lowerPhrase(endingAt q: Int, words: Int) -> String? {
        let first = q &- words &+ 1
        guard first >= 0 else { return nil }
        var parts: [String] = []
        for i in first...q {
            guard let kd = kind(i), kd != .punctuation, kd != .number else { return nil }
            parts.append(t.lower(i))
        }
        return parts.joined(separator: " ")
    }

    /// A hyphen between two capitalised words, as in "Bà Rịa - Vũng Tàu".
    private func isPlaceHyphen(_ q: Int) -> Bool {
        guard let mark = t.punctuation(q), mark == "-" || mark == "–" else { return false }
        return kind(q &- 1) == .capitalised && kind(q &+ 1) == .capitalised
    }

    private func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        guard let mark = t.punctuation(i &- 1) else { return false }
        return [".", "!", "?", ":", "\n", "\"", "“", "(", "-", "–", "…"].contains(mark)
    }

    /// A Vietnamese syllable as a name part: a capitalised word of at most seven letters.
    private func isPlausibleSyllable(_ word: String) -> Bool {
        let n = word.unicodeScalars.count
        return n >= 1 && n <= 7
    }
}
