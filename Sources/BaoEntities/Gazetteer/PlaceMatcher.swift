/// The type word written before a name: it decides which kind of unit the name is.
enum PlaceType: Sendable, Equatable {
    case none
    /// "tỉnh X", "Tỉnh ủy X".
    case province
    /// "thành phố X", "TP X", "TP. X", "Thành ủy X".
    case city
    /// "huyện X", "quận X", "thị xã X" and their committees; the associated value is the
    /// gazetteer's district type ("Huyện", "Quận", "Thị xã").
    case district(String)
    /// "phường X", "xã X", "thị trấn X"; since July 2025 also "đặc khu X".
    case ward(String)
    /// "Đảng bộ X": a province or a district.
    case partyBody
}

/// One place found in a text.
struct PlaceMatch: Sendable, Equatable {
    /// Word range of the name (the type word excluded).
    var firstWord: Int
    var lastWord: Int
    var type: PlaceType
    /// The type word was a Party committee that acts ("Huyện ủy Thới Lai ban hành …"), not part
    /// of a person's title ("Bí thư Tỉnh ủy Sóc Trăng", "Ủy viên Ban Thường vụ Thành ủy").
    var isCommittee: Bool
    /// Province indices it may belong to; more than one for shared district and ward names.
    var candidates: [Int]
    /// The province itself was named (not inferred through a place inside it).
    var isDirect: Bool
    /// The district or ward through which the province is inferred: "Thới Lai", "phường Thạnh Mỹ Lợi".
    var via: String?
    /// Index into `Gazetteer.allDistricts` when the name is a district.
    var district: Int?
    /// The name is part of a person's title ("Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân",
    /// "đại biểu Quốc hội đoàn TP.HCM"): it says where the person serves, not what the text is about.
    var isInRole = false
    /// The name says where an event takes place or starts ("tại Hà Nội", "rời Hà Nội"): national
    /// meetings are held in a city without being about it.
    var isVenue = false
}

/// A phrase dictionary over word keys: the names of provinces (and their aliases), districts and
/// wards. Walking it costs one dictionary look-up per word of the longest candidate name, so a
/// text is matched in one pass whatever the size of the gazetteer.
struct PlaceMatcher: Sendable {
    struct Entry: Sendable {
        enum Kind: UInt8, Sendable { case province, district, ward, notPlace }
        var kind: Kind
        var provinces: [Int]
        var district: Int?
        var contextOnly: Bool
        var needsTypeWord: Bool
        /// District or ward type: "Huyện", "Phường".
        var unitType: String
        var name: String
        /// The map the name belongs to; nil for names of both (provinces, districts).
        var era: MapEra? = nil
    }

    struct Node: Sendable {
        var hasLonger = false
        var entries: [Entry] = []
        /// Some entry is a name of the map before July 2025 (or of both).
        var hasOlder = false
    }

    private var nodeIndex = KeyTable(capacity: 16384)
    private var nodes: [Node] = []
    /// First words that may start a name written in lower case: "quận 2". A plain array: it holds
    /// one or two keys and is checked for every lower-case word of the text.
    private var lowercaseStarts: [UInt64] = []

    init(
        provinces: [ProvinceInfo], indexByName: [String: Int],
        aliases: [(targets: [String], alias: String, contextOnly: Bool)],
        districts: [DistrictInfo], wards: [(district: Int, type: String, name: String)],
        newWards: [(province: Int, type: String, name: String)] = []
    ) {
        var contextOnlyNames: Set<UInt64> = []
        for alias in aliases where alias.contextOnly {
            contextOnlyNames.insert(Self.phrase(alias.alias))
        }
        for (i, p) in provinces.enumerated() {
            let key = Self.phrase(p.name)
            add(p.name, Entry(
                kind: .province, provinces: [i], district: nil, contextOnly: contextOnlyNames.contains(key),
                needsTypeWord: false, unitType: "", name: p.name))
        }
        for alias in aliases {
            let targets = alias.targets.compactMap { indexByName[$0] }
            if targets.isEmpty {
                add(alias.alias, Entry(
                    kind: .notPlace, provinces: [], district: nil, contextOnly: false,
                    needsTypeWord: false, unitType: "", name: alias.alias))
            } else if Self.phrase(alias.alias) != Self.phrase(alias.targets.first ?? "") {
                add(alias.alias, Entry(
                    kind: .province, provinces: targets, district: nil, contextOnly: alias.contextOnly,
                    needsTypeWord: false, unitType: "", name: alias.alias))
            }
        }
        for (i, d) in districts.enumerated() {
            guard let p = indexByName[d.province] else { continue }
            let words = WordScanner.scan(d.name)
            if words.count > 1, words.last?.isNumber == true, let first = words.first {
                if !lowercaseStarts.contains(first.key) { lowercaseStarts.append(first.key) }
            }
            add(d.name, Entry(
                kind: .district, provinces: [p], district: i, contextOnly: false,
                needsTypeWord: d.isOrdinaryWord || words.count == 1, unitType: d.type, name: d.name))
        }
        // Wards of one name are grouped: the name then points at every province that has it.
        var wardProvinces: [String: [Int]] = [:]
        var wardOrder: [String] = []
        for ward in wards {
            let district = districts[ward.district]
            guard let p = indexByName[district.province] else { continue }
            let id = ward.type + "\t" + ward.name
            if wardProvinces[id] == nil { wardOrder.append(id) }
            if wardProvinces[id]?.contains(p) != true { wardProvinces[id, default: []].append(p) }
        }
        for id in wardOrder {
            let parts = id.split(separator: "\t").map(String.init)
            guard parts.count == 2, let ps = wardProvinces[id] else { continue }
            add(parts[1], Entry(
                kind: .ward, provinces: ps, district: nil, contextOnly: false, needsTypeWord: true,
                unitType: parts[0], name: parts[0].lowercased() + " " + parts[1], era: .before2025))
        }
        // The communes and wards since July 2025, likewise; each credits the unit it belongs to.
        var newProvinces: [String: [Int]] = [:]
        var newOrder: [(type: String, name: String)] = []
        for ward in newWards {
            let id = ward.type + "\t" + ward.name
            if newProvinces[id] == nil { newOrder.append((ward.type, ward.name)) }
            if newProvinces[id]?.contains(ward.province) != true { newProvinces[id, default: []].append(ward.province) }
        }
        for ward in newOrder {
            guard let ps = newProvinces[ward.type + "\t" + ward.name] else { continue }
            add(ward.name, Entry(
                kind: .ward, provinces: ps, district: nil, contextOnly: false, needsTypeWord: true,
                unitType: ward.type, name: ward.type.lowercased() + " " + ward.name, era: .since2025))
        }
    }

    private static func phrase(_ text: String) -> UInt64 {
        WordKey.phraseKey(WordScanner.scan(text).map(\.key))
    }

    private mutating func add(_ name: String, _ entry: Entry) {
        let keys = WordScanner.scan(name).map(\.key)
        guard !keys.isEmpty else { return }
        var hash = WordKey.phraseSeed
        for (n, key) in keys.enumerated() {
            hash = WordKey.extend(hash, key)
            let index: Int
            if let existing = nodeIndex[hash] {
                index = Int(existing)
            } else {
                index = nodes.count
                nodes.append(Node())
                nodeIndex[hash] = Int32(index)
            }
            if n == keys.count - 1 {
                nodes[index].entries.append(entry)
                if entry.era != .since2025 { nodes[index].hasOlder = true }
            } else {
                nodes[index].hasLonger = true
            }
        }
    }

    /// Every place named in `text`, left to right, longest name first, read with the map of `era`.
    /// Since July 2025 the communes and wards are the new ones; a ward of the older map still counts
    /// when no new one has its name ("phường Thạnh Mỹ Lợi cũ").
    func matches(in text: ScannedBody, era: MapEra = .before2025) -> [PlaceMatch] {
        var result: [PlaceMatch] = []
        let words = text.words
        let count = words.count
        var i = 0
        // Reused for every word: a fresh array per capitalised word was an allocation each.
        var ends: [(end: Int, node: Int)] = []
        while i < count {
            let word = words[i]
            guard word.isCapitalized || lowercaseStarts.contains(word.key) else {
                i &+= 1
                continue
            }
            // Walk the phrase dictionary as far as the words go, remembering every name that ends
            // on the way: when the longest is not a place here, a shorter one may be.
            var hash = WordKey.phraseSeed
            var j = i
            ends.removeAll(keepingCapacity: true)
            while j < count {
                let w = words[j]
                if j > i {
                    let gapOK = w.gapBefore <= .dash
                        || (w.gapBefore == .period && words[j &- 1].end &- words[j &- 1].start <= 3)
                    guard gapOK, w.isCapitalized || w.isNumber else { break }
                }
                hash = WordKey.extend(hash, w.key)
                guard let found = nodeIndex[hash], found >= 0, Int(found) < nodes.count else { break }
                let n = Int(found)
                if !nodes[n].entries.isEmpty, era == .since2025 || nodes[n].hasOlder { ends.append((j, n)) }
                if !nodes[n].hasLonger { break }
                j &+= 1
            }
            guard !ends.isEmpty else {
                i &+= 1
                continue
            }
            var (type, isCommittee) = typeWord(before: i, in: words, era: era)
            if isCommittee, i >= 3, ContextWords.roleEndings.contains(words[i &- 3].key) { isCommittee = false }
            var next = i &+ 1
            for candidate in ends.reversed() {
                switch resolve(nodes[candidate.node].entries, first: i, last: candidate.end, type: type,
                               isCommittee: isCommittee, words: words, era: era) {
                case .place(var match):
                    match.isInRole = isInRole(before: i, in: words)
                    match.isVenue = isVenue(before: i, type: type, in: words)
                    if match.isInRole { match.isCommittee = false }
                    result.append(match)
                    next = candidate.end &+ 1
                case .skip:
                    next = candidate.end &+ 1
                case .notHere:
                    continue
                }
                break
            }
            i = next
        }
        return result
    }

    private enum Resolution {
        case place(PlaceMatch)
        /// A name that is not a place ("Thái Bình Dương"): its words are passed over as a whole.
        case skip
        /// The words do not name a place in this context.
        case notHere
    }

    /// Picks the entry the context allows.
    private func resolve(
        _ entries: [Entry], first: Int, last: Int, type: PlaceType, isCommittee: Bool, words: [ScannedWord],
        era: MapEra
    ) -> Resolution {
        if entries.contains(where: { $0.kind == .notPlace }) { return .skip }
        if type == .none, first > 0, words[first].gapBefore == .space {
            let before = words[first &- 1]
            // A capitalised family or middle name right before: "Trương Hòa Bình" is a person.
            if before.isCapitalized, !before.isAcronym, ContextWords.personNameWords.contains(before.key) {
                return .notHere
            }
            // A capitalised word in mid-sentence that heads no organ: the place name is part of a
            // longer proper name ("Tập đoàn Đức Long Gia Lai").
            if before.isCapitalized, !before.isAcronym, before.gapBefore < .period,
               !ContextWords.nameHeads.contains(before.key) {
                return .notHere
            }
            // "đường Hai Bà Trưng", "phố Huế": a street, but "thành phố Huế" is the city.
            if ContextWords.streetWords.contains(before.key),
               !(before.key == ContextWords.pho && first > 1 && words[first &- 2].key == ContextWords.thanh) {
                return .notHere
            }
        }
        var provinceEntry: Entry?
        var districtEntries: [Entry] = []
        var wardEntry: Entry?
        for entry in entries {
            switch entry.kind {
            case .province:
                switch type {
                case .none, .partyBody:
                    if !entry.contextOnly, provinceEntry == nil { provinceEntry = entry }
                case .province, .city:
                    if provinceEntry == nil { provinceEntry = entry }
                case .district, .ward:
                    break
                }
            case .district:
                switch type {
                case .none:
                    if !entry.needsTypeWord { districtEntries.append(entry) }
                case .partyBody:
                    districtEntries.append(entry)
                case .city:
                    if entry.unitType == "Thành phố" || entry.unitType == "Thị xã" { districtEntries.append(entry) }
                case .district(let t):
                    if entry.unitType == t || (t == "Huyện" && entry.unitType == "Thị xã") {
                        districtEntries.append(entry)
                    }
                case .province, .ward:
                    break
                }
            case .ward:
                guard case .ward(let t) = type else { break }
                if era == .since2025, entry.era == .since2025, Self.sameKindOfWard(t, entry.unitType) {
                    // Many communes became wards and the reverse in 2025, and the old word lingers:
                    // "xã X" may be today's "phường X". Every unit with either is a candidate.
                    if var found = wardEntry, found.era == .since2025 {
                        for p in entry.provinces where !found.provinces.contains(p) { found.provinces.append(p) }
                        wardEntry = found
                    } else {
                        // Named as written: "xã Tân Thành" even where the unit is a ward.
                        wardEntry = entry
                        wardEntry?.name = t.lowercased() + String(entry.name.dropFirst(entry.unitType.count))
                    }
                } else if entry.unitType == t, wardEntry == nil, entry.era == .before2025 {
                    // A ward of the older map: the only kind before July 2025, a former ward's name since.
                    wardEntry = entry
                }
            case .notPlace:
                break
            }
        }
        if let p = provinceEntry {
            return .place(PlaceMatch(
                firstWord: first, lastWord: last, type: type, isCommittee: isCommittee,
                candidates: p.provinces, isDirect: true,
                // A former unit spanning several of today's is named as the way to each of them.
                via: p.provinces.count > 1 ? p.name : nil, district: nil))
        }
        if !districtEntries.isEmpty {
            // An unmarked district name followed by another capitalised word is the start of a
            // longer name: "sân bay Tân Sơn Nhất" is not in Tân Sơn district.
            if type == .none, last &+ 1 < words.count {
                let next = words[last &+ 1]
                if next.gapBefore == .space, next.isCapitalized, !next.isAcronym { return .notHere }
            }
            if type == .none, first > 0, words[first].gapBefore == .space,
               ContextWords.institutionWords.contains(words[first &- 1].key) {
                return .notHere
            }
            // Likewise after one: "Đàm Vĩnh Hưng" is a person, whatever his family name.
            if type == .none, first > 0, words[first].gapBefore == .space {
                let before = words[first &- 1]
                if before.isCapitalized, !before.isAcronym { return .notHere }
            }
            var candidates: [Int] = []
            for d in districtEntries {
                for p in d.provinces where !candidates.contains(p) { candidates.append(p) }
            }
            // "Quận 2" carries its type word in its name: it is as marked as "quận Bình Thạnh".
            let own = districtEntries[0]
            let marked = type == .none && own.name.hasPrefix(own.unitType + " ") ? PlaceType.district(own.unitType) : type
            return .place(PlaceMatch(
                firstWord: first, lastWord: last, type: marked, isCommittee: isCommittee,
                candidates: candidates, isDirect: false, via: districtEntries[0].name,
                district: districtEntries.count == 1 ? districtEntries[0].district : nil))
        }
        if let w = wardEntry {
            return .place(PlaceMatch(
                firstWord: first, lastWord: last, type: type, isCommittee: false,
                candidates: w.provinces, isDirect: false, via: w.name, district: nil))
        }
        return .notHere
    }

    /// "xã" and "phường" are taken for each other since July 2025; a special zone is only itself.
    static func sameKindOfWard(_ written: String, _ unit: String) -> Bool {
        written == unit || (written != "Đặc khu" && unit != "Đặc khu")
    }

    /// True when "tại" or "rời" comes right before the name or its type word.
    func isVenue(before index: Int, type: PlaceType, in words: [ScannedWord]) -> Bool {
        var k = index &- 1
        if type != .none {
            // Step over the type word: "tại TP. Hồ Chí Minh", "tại thành phố Cần Thơ".
            if k >= 0, words[k].key == ContextWords.pho { k &-= 1 }
            k &-= 1
        }
        guard k >= 0, k &+ 1 < words.count, words[k &+ 1].gapBefore <= .space else { return false }
        return ContextWords.venueWords.contains(words[k].key)
    }

    /// True when a title word ("Bí thư", "Chủ tịch", "Giám đốc", "đại biểu", "Ủy viên") comes
    /// within the few words before `index` in the same clause.
    func isInRole(before index: Int, in words: [ScannedWord]) -> Bool {
        var k = index
        var steps = 0
        while k > 0 && steps < 5 {
            if words[k].gapBefore == .hard { return false }
            k &-= 1
            steps &+= 1
            if ContextWords.titleWords.contains(words[k].key) { return true }
        }
        return false
    }

    /// The type word right before word `index`, and whether it is a Party committee. "Đặc khu"
    /// is a unit only since July 2025 (earlier it named planned economic zones).
    func typeWord(before index: Int, in words: [ScannedWord], era: MapEra = .before2025) -> (PlaceType, Bool) {
        guard index > 0, index < words.count, words[index].gapBefore <= .period else { return (.none, false) }
        let w1 = words[index &- 1].key
        let w2: UInt64? = index > 1 && words[index &- 1].gapBefore <= .dash ? words[index &- 2].key : nil
        let c = ContextWords.self
        switch w1 {
        case c.tp: return (.city, false)
        case c.pho where w2 == c.thanh: return (.city, false)
        case c.tinh: return (.province, false)
        case c.huyen: return (.district("Huyện"), false)
        case c.quan: return (.district("Quận"), false)
        case c.xa where w2 == c.thi: return (.district("Thị xã"), false)
        case c.tran where w2 == c.thi: return (.ward("Thị trấn"), false)
        case c.xa: return (.ward("Xã"), false)
        case c.phuong: return (.ward("Phường"), false)
        case c.khu where w2 == c.dac && era == .since2025: return (.ward("Đặc khu"), false)
        case c.bo where w2 == c.dang: return (.partyBody, false)
        case c.uy:
            switch w2 {
            case c.tinh: return (.province, true)
            case c.thanh: return (.city, true)
            case c.huyen: return (.district("Huyện"), true)
            case c.quan: return (.district("Quận"), true)
            case c.thi: return (.district("Thị xã"), true)
            default: return (.none, false)
            }
        default:
            return (.none, false)
        }
    }
}
