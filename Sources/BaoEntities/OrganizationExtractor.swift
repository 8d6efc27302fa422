import BaoArticle

/// Finds Party committees and other bodies, abbreviations expanded (SPEC section 5).
///
/// Three shapes are recognised, all from the table in `OrganizationData`:
/// - a committee, "Tỉnh ủy X", "Thành ủy", "Huyện ủy Thới Lai", "Quận ủy", "Thị ủy", and the same
///   after "Đảng bộ" ("Đảng bộ TP. Bạc Liêu");
/// - a body of one ("Ban Thường vụ (BTV) Thành ủy", "UBKT Huyện ủy", "BCH Đảng bộ thành phố");
/// - a state or front body of a unit ("UBND tỉnh Lào Cai", "HĐND thành phố") and names complete
///   in themselves ("Bộ Chính trị", "Đoàn TNCS Hồ Chí Minh").
/// A committee or unit written without its name ("Thành ủy", "UBND thành phố") is the article's
/// own: it takes the primary province.
public enum OrganizationExtractor {
    /// The organisations named in `article`'s body, each once, in order of first mention; a bare
    /// committee or unit takes `provinces.primary`.
    public static func extract(from article: Article, provinces: ProvinceResult) -> [Organization] {
        let analysis = ProvinceExtractor.cachedAnalysis(of: article)
        return extract(analysis: analysis, primary: provinces.primary).organizations
    }

    enum Kind: String { case body, state, national }

    struct Name: Sendable {
        var full: String
        var abbreviation: String?
        var kind: Kind
    }

    /// The name table as a phrase dictionary over word keys, like the gazetteer's.
    struct Table: Sendable {
        var phrases = KeyTable()
        var prefixes = KeyTable()
        var names: [Name] = []

        init(records: String) {
            for line in records.split(separator: "\n") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == 3, let kind = Kind(rawValue: f[2]) else { continue }
                add(f[0], Name(full: f[0], abbreviation: nil, kind: kind))
                for abbreviation in f[1].split(separator: "|") where !abbreviation.isEmpty {
                    add(String(abbreviation), Name(full: f[0], abbreviation: String(abbreviation), kind: kind))
                }
            }
        }

        private mutating func add(_ phrase: String, _ name: Name) {
            let keys = WordScanner.scan(phrase).map(\.key)
            var hash = WordKey.phraseSeed
            for (n, key) in keys.enumerated() {
                hash = WordKey.extend(hash, key)
                if n < keys.count - 1 { prefixes[hash] = 0 }
            }
            if phrases[hash] == nil {
                phrases[hash] = Int32(names.count)
                names.append(name)
            }
        }

        /// The longest name starting at word `index`, and its last word.
        func longest(at index: Int, in words: [ScannedWord]) -> (name: Name, last: Int)? {
            var hash = WordKey.phraseSeed
            var best: (Name, Int)?
            var j = index
            while j < words.count {
                if j > index, words[j].gapBefore > .dash { break }
                hash = WordKey.extend(hash, words[j].key)
                if let n = phrases[hash], n >= 0, Int(n) < names.count { best = (names[Int(n)], j) }
                guard prefixes.contains(hash) else { break }
                j &+= 1
            }
            return best
        }
    }

    static let table = Table(records: OrganizationData.records)

    /// A short list of phrases of one or two words, looked up by their word keys, longest first.
    struct Phrases<Value: Sendable>: Sendable {
        /// The first word's key of each entry, kept apart so that a miss reads one flat array.
        private var firsts: [UInt64] = []
        private var rests: [[UInt64]] = []
        private var values: [Value] = []

        /// Reads the tab-separated `rows` of a generated table; the first field is the phrase as
        /// written, and `value` makes the entry from all the fields (nil leaves the row out).
        init(rows: String, value: ([String]) -> Value?) {
            var entries: [(keys: [UInt64], value: Value)] = []
            for line in rows.split(separator: "\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard let entry = value(fields) else { continue }
                let keys = WordScanner.scan(fields[0]).map(\.key)
                if !keys.isEmpty { entries.append((keys, entry)) }
            }
            // Stable, so that rows of one length keep the table's order.
            for (keys, value) in entries.enumerated().sorted(by: {
                $0.element.keys.count != $1.element.keys.count
                    ? $0.element.keys.count > $1.element.keys.count : $0.offset < $1.offset
            }).map(\.element) {
                firsts.append(keys[0])
                rests.append(Array(keys.dropFirst()))
                values.append(value)
            }
        }

        /// The longest entry whose words start at word `index`, and its last word. Only the words'
        /// keys are compared: the gap before the first word is the caller's to check.
        func match(at index: Int, in words: [ScannedWord]) -> (value: Value, last: Int)? {
            guard index < words.count else { return nil }
            let first = words[index].key
            var n = 0
            while n < firsts.count {
                if firsts[n] == first, index &+ rests[n].count < words.count {
                    let rest = rests[n]
                    var k = 0
                    while k < rest.count && words[index &+ 1 &+ k].key == rest[k] { k &+= 1 }
                    if k == rest.count { return (values[n], index &+ rest.count) }
                }
                n &+= 1
            }
            return nil
        }
    }

    /// What a committee written without a place names (column bare of organization-committees.tsv).
    enum Bare: String, Sendable {
        /// The article's own committee: "Thành ủy" takes the primary province.
        case primary
        /// The article's own only with a unit word after it: "Đảng bộ tỉnh".
        case unit
        /// Nothing: "các Huyện ủy" is generic.
        case none
    }

    /// A Party committee's two words ("Tỉnh ủy", "Đảng bộ") and how it takes its place.
    struct Committee: Sendable {
        var title: String
        /// The unit word before the place stays in the name: "Đảng bộ thành phố Lào Cai".
        var keepsUnit: Bool
        var bare: Bare
    }

    /// A unit word after a body ("tỉnh", "TP"), with the form used in names.
    struct Unit: Sendable {
        var name: String
        /// A number after the word is the unit's name: "UBND phường 3".
        var numbered: Bool
    }

    /// Committee words, written with a capital (`scripts/gazetteer/organization-committees.tsv`).
    static let committees = Phrases<Committee>(rows: OrganizationData.committees) { f in
        guard f.count == 3, let bare = Bare(rawValue: f[2]) else { return nil }
        return Committee(title: f[0], keepsUnit: f[1] == "yes", bare: bare)
    }

    /// Unit words after a state body or "Đảng bộ" (`scripts/gazetteer/organization-units.tsv`).
    static let units = Phrases<Unit>(rows: OrganizationData.units) { f in
        f.count == 3 ? Unit(name: f[1], numbered: f[2] == "yes") : nil
    }

    /// Words after a body of a committee that make it the Central Committee's: "Trung ương", "TW"
    /// (`scripts/gazetteer/organization-words.tsv`, role central); the value is the name's form.
    static let central = Phrases<String>(rows: OrganizationData.words) { f in
        f.count == 3 && f[1] == "central" ? f[2] : nil
    }

    /// The country's name, part of a front body's before its unit: "Ủy ban MTTQ Việt Nam tỉnh …"
    /// (`scripts/gazetteer/organization-words.tsv`, role country).
    static let country = Phrases<String>(rows: OrganizationData.words) { f in
        f.count == 3 && f[1] == "country" ? f[2] : nil
    }

    /// The organisations of the analysed body, with, for each, the ranges of its mentions that
    /// spell it as shown (`NameRanges.organizations`).
    static func extract(analysis: ProvinceExtractor.Analysis, primary: String?) -> (organizations: [Organization], ranges: [[Range<Int>]]) {
        var scan = Scan(analysis: analysis, primary: primary)
        return scan.run()
    }

    /// One pass over an article's body words: what the steps read, and the organisations found.
    private struct Scan {
        let analysis: ProvinceExtractor.Analysis
        let words: [ScannedWord]
        let primary: String?
        let provinces = Gazetteer.tables.provinces
        /// The body's place matches by their first word.
        let matchAt: [Int: Int]
        var result: [Organization] = []
        /// For each of `result`, the byte ranges of the words each of its mentions was read from.
        var mentions: [[Range<Int>]] = []
        /// Each name's index in `result`.
        var seen: [String: Int] = [:]

        init(analysis: ProvinceExtractor.Analysis, primary: String?) {
            self.analysis = analysis
            self.words = analysis.body.words
            self.primary = primary
            var matchAt: [Int: Int] = [:]
            for (n, m) in analysis.bodyMatches.enumerated() { matchAt[m.firstWord] = n }
            self.matchAt = matchAt
        }

        /// Walks the capitalised words: a name from the table with what follows it, else a
        /// committee alone.
        mutating func run() -> (organizations: [Organization], ranges: [[Range<Int>]]) {
            var i = 0
            while i < words.count {
                guard words[i].isCapitalized else {
                    i &+= 1
                    continue
                }
                if let next = named(at: i) {
                    i = next
                    continue
                }
                if let c = committee(at: i) {
                    emit(c.name, nil, c.province, from: i, to: c.last)
                    i = c.last &+ 1
                    continue
                }
                i &+= 1
            }
            return (result, shownRanges())
        }

        /// Adds an organisation once, and the mention read from words `first` through `last`; a
        /// later mention may give it the abbreviation it lacked.
        mutating func emit(_ name: String, _ abbreviation: String?, _ province: String?, from first: Int, to last: Int) {
            let n: Int
            if let known = seen[name] {
                n = known
                if result[n].abbreviation == nil, let abbreviation { result[n].abbreviation = abbreviation }
            } else {
                n = result.count
                seen[name] = n
                result.append(Organization(name: name, abbreviation: abbreviation, province: province))
                mentions.append([])
            }
            if first >= 0, first <= last, last < words.count {
                mentions[n].append(words[first].start..<words[last].end)
            }
        }

        /// The mentions that spell their organisation as it is shown, its name or (written alone,
        /// "BCT") its abbreviation: "UBND tỉnh Lào Cai", "Ban Thường vụ (BTV) Thành ủy" or a bare
        /// "Thành ủy" name it without spelling it. Checked once all mentions are in, as a later
        /// one may give the organisation its abbreviation.
        func shownRanges() -> [[Range<Int>]] {
            zip(result, mentions).map { organization, ranges in
                ranges.filter { range in
                    analysis.body.spells(organization.name, at: range)
                        || organization.abbreviation.map { analysis.body.spells($0, at: range) } == true
                }
            }
        }

        /// A name of the table at `index` with what completes it (a committee, a unit, "Trung
        /// ương"); emits it and returns where the scan goes on, or nil when it names nothing.
        mutating func named(at index: Int) -> Int? {
            guard let (name, last) = OrganizationExtractor.table.longest(at: index, in: words) else { return nil }
            let (next, abbreviation, bracketed) = abbreviationInBrackets(after: last, of: name)
            switch name.kind {
            case .national:
                emit(name.full, abbreviation, nil, from: index, to: last)
                return last &+ 1
            case .body:
                return committeeBody(name, abbreviation, from: index, at: next, bracketed: bracketed)
            case .state:
                return stateBody(name, abbreviation, from: index, at: next)
            }
        }

        /// "Ban Thường vụ (BTV) Thành ủy": an acronym in brackets after a name names the same body.
        /// Returns the word after the name (and the brackets), the abbreviation and whether
        /// brackets were read.
        func abbreviationInBrackets(after last: Int, of name: Name) -> (next: Int, abbreviation: String?, bracketed: Bool) {
            let next = last &+ 1
            if next &+ 1 < words.count, words[next].gapBefore == .hard, words[next].isAcronym,
               words[next &+ 1].gapBefore == .hard {
                return (next &+ 1, name.abbreviation ?? analysis.body.text(from: next, to: next), true)
            }
            return (next, name.abbreviation, false)
        }

        /// A body of a committee at `next`: the Central Committee's ("Ban Chấp hành Trung ương")
        /// or a committee's ("Ban Thường vụ Thành ủy", which names the committee too).
        mutating func committeeBody(_ name: Name, _ abbreviation: String?, from first: Int, at next: Int, bracketed: Bool) -> Int? {
            if next < words.count, words[next].gapBefore <= .space, let (central, last) = OrganizationExtractor.central.match(at: next, in: words) {
                emit(name.full + " " + central, abbreviation, nil, from: first, to: last)
                return last &+ 1
            }
            if next < words.count, bracketed || words[next].gapBefore <= .space, let c = committee(at: next) {
                emit(name.full + " " + c.name, abbreviation, c.province, from: first, to: c.last)
                emit(c.name, nil, c.province, from: next, to: c.last)
                return c.last &+ 1
            }
            return nil
        }

        /// A state or front body at `next`: of a named place ("UBND tỉnh Lào Cai") or of a unit
        /// written without its name ("UBND thành phố", "UBND phường 3").
        mutating func stateBody(_ name: Name, _ abbreviation: String?, from first: Int, at start: Int) -> Int? {
            var next = start
            // "Ủy ban MTTQ Việt Nam tỉnh …": the country's name is part of the body's.
            if let (_, last) = OrganizationExtractor.country.match(at: next, in: words) { next = last &+ 1 }
            if let p = place(at: next) {
                let unit = p.unit.isEmpty ? "" : p.unit + " "
                emit(name.full + " " + unit + p.name, abbreviation, p.province, from: first, to: p.last)
                return p.last &+ 1
            }
            guard let (unit, unitLast) = unitWord(at: next) else { return nil }
            var last = unitLast
            var suffix = primary.map { " " + $0 } ?? ""
            // "UBND phường 3": a numbered ward keeps its number.
            if unit.numbered, last &+ 1 < words.count, words[last &+ 1].isNumber, words[last &+ 1].gapBefore == .space {
                last &+= 1
                suffix = " " + analysis.body.text(from: last, to: last)
            }
            // A unit written without its name is the article's own (and a numbered one is within it).
            emit(name.full + " " + unit.name + suffix, abbreviation, primary, from: first, to: last)
            return last &+ 1
        }

        /// A place written at `index` (after optional type words): its name for the organisation
        /// and its province, and the last word used.
        func place(at index: Int) -> (name: String, unit: String, province: String?, last: Int)? {
            for start in index...(index &+ 2) {
                guard start < words.count, let n = matchAt[start], n < analysis.bodyMatches.count else { continue }
                let m = analysis.bodyMatches[n]
                if start > index, m.type == .none { return nil }
                if start > index, words[index].gapBefore > .period { return nil }
                var province: String?
                if n < analysis.resolved.count, let p = analysis.resolved[n], p < provinces.count {
                    province = provinces[p].name
                }
                // The unit word as written ("thành phố", "huyện"), else the unit's own type, so that
                // "UBND TPHCM" and "UBND thành phố Hồ Chí Minh" are one body.
                var unit = start > index ? unitWord(at: index)?.unit.name ?? "" : ""
                let name: String
                if let d = m.district, d < Gazetteer.tables.districts.count {
                    let district = Gazetteer.tables.districts[d]
                    name = district.name
                    if name.hasPrefix(district.type + " ") {
                        unit = ""
                    } else if unit.isEmpty {
                        unit = district.type.lowercased()
                    }
                } else if m.isDirect, m.candidates.count == 1, let p = m.candidates.first, p < provinces.count {
                    name = provinces[p].name
                    if unit.isEmpty { unit = provinces[p].isCentralCity ? "thành phố" : "tỉnh" }
                } else {
                    name = analysis.body.text(from: m.firstWord, to: m.lastWord)
                }
                return (name, unit, province, m.lastWord)
            }
            return nil
        }

        /// "Tỉnh ủy X", "Thành ủy", "Đảng bộ TP. X" at `index`.
        func committee(at index: Int) -> (name: String, province: String?, last: Int)? {
            guard index &+ 1 < words.count, words[index].isCapitalized, words[index &+ 1].gapBefore == .space,
                  let (c, titleLast) = OrganizationExtractor.committees.match(at: index, in: words)
            else { return nil }
            if let p = place(at: titleLast &+ 1) {
                // "Đảng bộ thành phố Lào Cai", "Đảng ủy xã Tứ Cường" keep their unit word; "Tỉnh ủy",
                // "Huyện ủy" … say it themselves.
                let unit = c.keepsUnit && !p.unit.isEmpty ? " " + p.unit : ""
                return (c.title + unit + " " + p.name, p.province, p.last)
            }
            switch c.bare {
            case .unit:
                // "Đảng bộ tỉnh", "Đảng bộ thành phố": the article's own unit.
                guard let (unit, last) = unitWord(at: titleLast &+ 1) else { return nil }
                return (c.title + " " + unit.name + (primary.map { " " + $0 } ?? ""), primary, last)
            case .primary:
                return (c.title + (primary.map { " " + $0 } ?? ""), primary, titleLast)
            case .none:
                return nil
            }
        }

        /// "tỉnh", "thành phố", "TP", "huyện", … at `index`.
        func unitWord(at index: Int) -> (unit: Unit, last: Int)? {
            guard index < words.count, words[index].gapBefore <= .space,
                  let (unit, last) = OrganizationExtractor.units.match(at: index, in: words) else { return nil }
            return (unit, last)
        }
    }
}
