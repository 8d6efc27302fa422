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
        return extract(analysis: analysis, primary: provinces.primary)
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

    /// Committee words: the capitalised first word of "Tỉnh ủy", "Thành ủy", … and its full form.
    private static let committees: [UInt64: String] = {
        var result: [UInt64: String] = [:]
        for (word, name) in [("Tỉnh", "Tỉnh ủy"), ("Thành", "Thành ủy"), ("Huyện", "Huyện ủy"),
                             ("Quận", "Quận ủy"), ("Thị", "Thị ủy"), ("Đảng", "Đảng ủy")] {
            result[WordKey.key(of: word)] = name
        }
        return result
    }()

    /// Unit words after a state body, with the form used in names.
    private static let unitWords: [UInt64: String] = {
        var result: [UInt64: String] = [:]
        for (word, name) in [("tỉnh", "tỉnh"), ("TP", "thành phố"), ("huyện", "huyện"), ("quận", "quận"),
                             ("phường", "phường"), ("xã", "xã")] {
            result[WordKey.key(of: word)] = name
        }
        return result
    }()

    private static let trung = WordKey.key(of: "Trung")
    private static let uong = WordKey.key(of: "ương")
    private static let tw = WordKey.key(of: "TW")
    private static let viet = WordKey.key(of: "Việt")
    private static let nam = WordKey.key(of: "Nam")

    /// True when words `index`, `index + 1` read "Trung ương", or word `index` is "TW".
    private static func isCentral(_ index: Int, _ words: [ScannedWord]) -> Bool {
        guard index < words.count, words[index].gapBefore <= .space else { return false }
        if words[index].key == tw { return true }
        return words[index].key == trung && index &+ 1 < words.count && words[index &+ 1].key == uong
    }

    static func extract(analysis: ProvinceExtractor.Analysis, primary: String?) -> [Organization] {
        let words = analysis.body.words
        let provinces = Gazetteer.tables.provinces
        var matchAt: [Int: Int] = [:]
        for (n, m) in analysis.bodyMatches.enumerated() { matchAt[m.firstWord] = n }

        var result: [Organization] = []
        var seen: [String: Int] = [:]
        func emit(_ name: String, _ abbreviation: String?, _ province: String?) {
            if let n = seen[name] {
                if result[n].abbreviation == nil, let abbreviation { result[n].abbreviation = abbreviation }
                return
            }
            seen[name] = result.count
            result.append(Organization(name: name, abbreviation: abbreviation, province: province))
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
                var unit = start > index ? unitWord(at: index)?.0 ?? "" : ""
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
            guard index &+ 1 < words.count, words[index].isCapitalized, words[index &+ 1].gapBefore == .space
            else { return nil }
            let second = words[index &+ 1].key
            let title: String
            if second == ContextWords.uy, let c = committees[words[index].key] {
                title = c
            } else if second == ContextWords.bo, words[index].key == ContextWords.dang {
                title = "Đảng bộ"
            } else {
                return nil
            }
            if let p = place(at: index &+ 2) {
                // "Đảng bộ thành phố Lào Cai", "Đảng ủy xã Tứ Cường" keep their unit word; "Tỉnh ủy",
                // "Huyện ủy" … say it themselves.
                let keepsUnit = title == "Đảng bộ" || title == "Đảng ủy"
                let unit = keepsUnit && !p.unit.isEmpty ? " " + p.unit : ""
                return (title + unit + " " + p.name, p.province, p.last)
            }
            if title == "Đảng bộ" {
                // "Đảng bộ tỉnh", "Đảng bộ thành phố": the article's own unit.
                if let (unit, last) = unitWord(at: index &+ 2) {
                    return (title + " " + unit + (primary.map { " " + $0 } ?? ""), primary, last)
                }
                return nil
            }
            if title == "Tỉnh ủy" || title == "Thành ủy" {
                return (title + (primary.map { " " + $0 } ?? ""), primary, index &+ 1)
            }
            // A bare "Huyện ủy" or "Đảng ủy" is usually generic ("các Huyện ủy, Quận ủy").
            return nil
        }

        /// "tỉnh", "thành phố", "TP", "huyện", … at `index`.
        func unitWord(at index: Int) -> (String, Int)? {
            guard index < words.count, words[index].gapBefore <= .space else { return nil }
            let key = words[index].key
            if key == ContextWords.thanh, index &+ 1 < words.count, words[index &+ 1].key == ContextWords.pho {
                return ("thành phố", index &+ 1)
            }
            if key == ContextWords.thi, index &+ 1 < words.count {
                if words[index &+ 1].key == ContextWords.xa { return ("thị xã", index &+ 1) }
                if words[index &+ 1].key == ContextWords.tran { return ("thị trấn", index &+ 1) }
            }
            if let unit = unitWords[key] { return (unit, index) }
            return nil
        }

        var i = 0
        while i < words.count {
            let word = words[i]
            guard word.isCapitalized else {
                i &+= 1
                continue
            }
            if let (name, last) = table.longest(at: i, in: words) {
                var next = last &+ 1
                var abbreviation = name.abbreviation
                var bracketed = false
                // "Ban Thường vụ (BTV) Thành ủy": the abbreviation in brackets names the same body.
                if next &+ 1 < words.count, words[next].gapBefore == .hard, words[next].isAcronym,
                   words[next &+ 1].gapBefore == .hard {
                    abbreviation = abbreviation ?? analysis.body.text(from: next, to: next)
                    next &+= 1
                    bracketed = true
                }
                switch name.kind {
                case .national:
                    emit(name.full, abbreviation, nil)
                    i = last &+ 1
                    continue
                case .body:
                    if isCentral(next, words) {
                        emit(name.full + " Trung ương", abbreviation, nil)
                        i = next &+ (words[next].key == tw ? 1 : 2)
                        continue
                    }
                    if next < words.count, bracketed || words[next].gapBefore <= .space, let c = committee(at: next) {
                        emit(name.full + " " + c.name, abbreviation, c.province)
                        emit(c.name, nil, c.province)
                        i = c.last &+ 1
                        continue
                    }
                case .state:
                    // "Ủy ban MTTQ Việt Nam tỉnh …": the country's name is part of the body's.
                    if next &+ 1 < words.count, words[next].key == viet, words[next &+ 1].key == nam {
                        next &+= 2
                    }
                    if let p = place(at: next) {
                        let unit = p.unit.isEmpty ? "" : p.unit + " "
                        emit(name.full + " " + unit + p.name, abbreviation, p.province)
                        i = p.last &+ 1
                        continue
                    }
                    if let (unit, unitLast) = unitWord(at: next) {
                        var last = unitLast
                        var suffix = primary.map { " " + $0 } ?? ""
                        // "UBND phường 3": a numbered ward keeps its number.
                        if unit == "phường" || unit == "xã" || unit == "quận",
                           last &+ 1 < words.count, words[last &+ 1].isNumber, words[last &+ 1].gapBefore == .space {
                            last &+= 1
                            suffix = " " + analysis.body.text(from: last, to: last)
                        }
                        let province = (unit == "tỉnh" || unit == "thành phố" || !suffix.isEmpty) ? primary : nil
                        emit(name.full + " " + unit + suffix, abbreviation, province)
                        i = last &+ 1
                        continue
                    }
                }
            }
            if let c = committee(at: i) {
                emit(c.name, nil, c.province)
                i = c.last &+ 1
                continue
            }
            i &+= 1
        }
        return result
    }
}
