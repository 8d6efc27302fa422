import BaoArticle
import BaoText
import Foundation

/// A province-level unit in force before 1 July 2025, with the unit it belongs to since.
public struct ProvinceInfo: Sendable, Hashable, Codable {
    /// GSO code before 2025: "92".
    public var code: String
    /// Canonical short name: "Cần Thơ", "Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu".
    public var name: String
    /// "Thành phố Cần Thơ", "Tỉnh Bạc Liêu".
    public var officialName: String
    /// One of the five centrally-run cities, whose "TP X" and "Thành ủy X" are province-level.
    public var isCentralCity: Bool
    /// Short name of the unit since July 2025: "Cà Mau" for Bạc Liêu.
    public var postMerger: String
    public var postMergerCode: String
    public var postMergerOfficialName: String
}

/// A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) before July 2025.
public struct DistrictInfo: Sendable, Hashable, Codable {
    /// GSO code; empty for districts abolished before the data snapshot.
    public var code: String
    /// Short name: "Thới Lai", "Quận 2" (numbered districts keep their type word).
    public var name: String
    /// "Quận", "Huyện", "Thị xã", "Thành phố".
    public var type: String
    /// Canonical short name of its province.
    public var province: String
    /// Abolished before 2025 but still named by older news: "Quận 2".
    public var isHistorical: Bool
    /// The name is also an ordinary word or phrase ("Bình Thủy", "Cờ Đỏ"): only a type word before
    /// it ("Quận ủy Bình Thủy") makes it a place.
    public var isOrdinaryWord: Bool

    /// "Huyện ủy Thới Lai", "Quận ủy Bình Thủy", "Thị ủy Sơn Tây", "Thành ủy Bạc Liêu".
    public var partyCommittee: String {
        let bare = name.hasPrefix(type + " ") ? String(name.dropFirst(type.count + 1)) : name
        switch type {
        case "Quận": return "Quận ủy " + bare
        case "Thị xã": return "Thị ủy " + bare
        case "Thành phố": return "Thành ủy " + bare
        default: return "Huyện ủy " + bare
        }
    }
}

/// The map an article's place names are read with: the 63 provinces with their districts and
/// wards before 1 July 2025, or the 34 units with their communes, wards and special zones since.
public enum MapEra: Sendable, Equatable {
    case before2025
    case since2025

    /// The first day of the 34-unit map, as `PublishedDate.iso` writes it.
    public static let changeover = "2025-07-01"

    /// The map in force on `date`. An article without a date is read with the older map, as the
    /// bulk of any archive is.
    public init(_ date: PublishedDate?) {
        guard let date else {
            self = .before2025
            return
        }
        self = (date.year, date.month, date.day) >= (2025, 7, 1) ? .since2025 : .before2025
    }
}

/// The provinces, districts and wards of Viet Nam before July 2025, with their aliases and the
/// July 2025 merger, and the communes and wards since, loaded once from the generated `GazetteerData`.
///
/// Every lookup is accent-insensitive and accepts any alias: "can tho", "TP.HCM", "Sài Gòn",
/// "thành phố Hồ Chí Minh", "tinh bac lieu", and the post-merger names.
public enum Gazetteer {
    /// The 63 units, in GSO code order.
    public static var allProvinces: [ProvinceInfo] { tables.provinces }

    /// Every district, historical ones included.
    public static var allDistricts: [DistrictInfo] { tables.districts }

    /// The 34 units in force since July 2025, by short name, in code order.
    public static var allPostMergerUnits: [String] { tables.postMergerNames }

    /// The pre-2025 province a name, alias or post-merger unit name refers to, ignoring case,
    /// accents and a leading "tỉnh", "thành phố" or "TP". A post-merger name that is also a
    /// pre-2025 name gives the pre-2025 unit of that name; "Huế" gives Thừa Thiên Huế.
    public static func province(named name: String) -> ProvinceInfo? {
        let key = lookupKey(name)
        guard !key.isEmpty, let index = tables.byLookupKey[key] else { return nil }
        return tables.provinces[index]
    }

    /// The pre-2025 provinces a post-merger unit was formed from ("Cà Mau" → Bạc Liêu, Cà Mau).
    /// A pre-2025 name is first taken to its post-merger unit, so "Bạc Liêu" gives the same list.
    public static func formerProvinces(ofMerged name: String) -> [ProvinceInfo] {
        let key = lookupKey(name)
        let merged: String
        if let unit = tables.postMergerByLookupKey[key] {
            merged = unit
        } else if let province = province(named: name) {
            merged = province.postMerger
        } else {
            return []
        }
        return tables.provinces.filter { $0.postMerger == merged }
    }

    /// The unit that absorbed the pre-2025 province `name` on 1 July 2025, when it has another
    /// name ("Bạc Liêu" → "Cà Mau", "Bình Dương" → "Hồ Chí Minh"); nil for a unit that goes on
    /// under its name ("Cà Mau", "Cần Thơ", "Thừa Thiên Huế") and for names that are no province.
    /// A filter by such a province finds, from that day on, the articles of the unit that absorbed it.
    public static func laterUnit(ofFilter name: String) -> String? {
        let key = lookupKey(name)
        guard tables.postMergerByLookupKey[key] == nil, let index = tables.byLookupKey[key],
              index < tables.continuingUnit.count, tables.continuingUnit[index] != index else { return nil }
        return tables.provinces[index].postMerger
    }

    /// The pre-2025 provinces a filter by `name` covers: a post-merger unit's name covers every
    /// province merged into it ("Cà Mau" → Bạc Liêu, Cà Mau; "Cần Thơ" → Cần Thơ, Hậu Giang, Sóc
    /// Trăng), any other name or alias only its own province ("Bạc Liêu", "Sài Gòn"). Empty when
    /// the name is not a province.
    public static func provincesCovered(byFilter name: String) -> [ProvinceInfo] {
        let key = lookupKey(name)
        if let merged = tables.postMergerByLookupKey[key] {
            return tables.provinces.filter { $0.postMerger == merged }
        }
        if let province = province(named: name) {
            if province.name == province.postMerger || province.postMerger == "Huế" {
                return tables.provinces.filter { $0.postMerger == province.postMerger }
            }
            return [province]
        }
        return []
    }

    /// Every district of that name, accent-insensitive ("vinh thanh" → Cần Thơ's and Bình Định's).
    public static func districts(named name: String) -> [DistrictInfo] {
        let key = lookupKey(name)
        return (tables.districtsByLookupKey[key] ?? []).map { tables.districts[$0] }
    }

    /// The districts of one province.
    public static func districts(of province: String) -> [DistrictInfo] {
        tables.districts.filter { $0.province == province }
    }

    /// The folded form used by lookups: lower case, no marks, đ→d, only letters and digits,
    /// a leading "tinh"/"thanh pho"/"tp" removed.
    public static func lookupKey(_ name: String) -> String {
        let words = Folding.fold(name)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
        var rest = words[...]
        if rest.first == "tinh" {
            rest = rest.dropFirst()
        } else if rest.first == "tp" {
            rest = rest.dropFirst()
        } else if rest.count > 2, rest.first == "thanh", rest.dropFirst().first == "pho" {
            rest = rest.dropFirst(2)
        }
        return rest.joined()
    }

    static let tables = Tables(records: GazetteerData.records)
}

/// The parsed gazetteer: plain arrays plus the dictionaries the lookups and the matcher use.
final class Tables: Sendable {
    let provinces: [ProvinceInfo]
    let districts: [DistrictInfo]
    let postMergerNames: [String]
    let byLookupKey: [String: Int]
    let postMergerByLookupKey: [String: String]
    let districtsByLookupKey: [String: [Int]]
    let provinceIndexByName: [String: Int]
    /// For each province, the province whose name its post-merger unit goes on under ("Bạc Liêu"
    /// → Cà Mau's index, "Thừa Thiên Huế" → its own): how an article since July 2025 is credited.
    let continuingUnit: [Int]
    /// The phrase matcher over the text's word keys, for the map before July 2025.
    let matcher: PlaceMatcher
    /// The same with the communes and wards since July 2025: a matcher of its own, so that older
    /// articles walk no more names than before.
    let matcherSince2025: PlaceMatcher

    init(records: String) {
        var provinces: [ProvinceInfo] = []
        var codeIndex: [String: Int] = [:]
        var districts: [DistrictInfo] = []
        var districtCodeIndex: [String: Int] = [:]
        var aliases: [(targets: [String], alias: String, contextOnly: Bool)] = []
        var wards: [(district: Int, type: String, name: String)] = []
        var newWards: [(unitCode: String, type: String, name: String)] = []
        for line in records.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let tag = f.first else { continue }
            switch tag {
            case "P" where f.count >= 8:
                codeIndex[f[1]] = provinces.count
                provinces.append(ProvinceInfo(
                    code: f[1], name: f[2], officialName: f[3], isCentralCity: f[4] == "city",
                    postMerger: f[5], postMergerCode: f[6], postMergerOfficialName: f[7]))
            case "A" where f.count >= 4:
                aliases.append((f[1].split(separator: "+").map(String.init), f[2], f[3] == "context"))
            case "D" where f.count >= 6:
                guard let p = codeIndex[f[2]] else { continue }
                if !f[1].isEmpty { districtCodeIndex[f[1]] = districts.count }
                districts.append(DistrictInfo(
                    code: f[1], name: f[4], type: f[3], province: provinces[p].name,
                    isHistorical: f[5].contains("h"), isOrdinaryWord: f[5].contains("c")))
            case "W" where f.count >= 4:
                guard let d = districtCodeIndex[f[1]] else { continue }
                wards.append((d, f[2], f[3]))
            case "N" where f.count >= 4:
                newWards.append((f[1], f[2], f[3]))
            default:
                continue
            }
        }
        self.provinces = provinces
        self.districts = districts
        var indexByName: [String: Int] = [:]
        for (i, p) in provinces.enumerated() { indexByName[p.name] = i }
        provinceIndexByName = indexByName

        var postMergerNames: [String] = []
        var postMergerByKey: [String: String] = [:]
        for p in provinces.sorted(by: { $0.postMergerCode < $1.postMergerCode })
        where !postMergerNames.contains(p.postMerger) {
            postMergerNames.append(p.postMerger)
            postMergerByKey[Gazetteer.lookupKey(p.postMerger)] = p.postMerger
        }
        self.postMergerNames = postMergerNames
        postMergerByLookupKey = postMergerByKey

        var byKey: [String: Int] = [:]
        for (i, p) in provinces.enumerated() {
            byKey[Gazetteer.lookupKey(p.name)] = i
            byKey[Gazetteer.lookupKey(p.officialName)] = i
        }
        for alias in aliases where alias.targets.count == 1 {
            if let i = indexByName[alias.targets[0]], byKey[Gazetteer.lookupKey(alias.alias)] == nil {
                byKey[Gazetteer.lookupKey(alias.alias)] = i
            }
        }
        // Post-merger names that are not pre-2025 names ("Huế") name the unit they continue.
        for p in provinces where byKey[Gazetteer.lookupKey(p.postMerger)] == nil {
            if let i = indexByName[p.name], p.postMerger == "Huế" || p.name == p.postMerger {
                byKey[Gazetteer.lookupKey(p.postMerger)] = i
            }
        }
        byLookupKey = byKey
        // Each post-merger unit goes on under the name of one of its provinces ("Huế": Thừa Thiên Huế).
        continuingUnit = provinces.indices.map { i in byKey[Gazetteer.lookupKey(provinces[i].postMerger)] ?? i }
        var unitByCode: [String: Int] = [:]
        for (i, p) in provinces.enumerated() where continuingUnit[i] == i { unitByCode[p.postMergerCode] = i }

        var districtsByKey: [String: [Int]] = [:]
        for (i, d) in districts.enumerated() {
            districtsByKey[Gazetteer.lookupKey(d.name), default: []].append(i)
        }
        districtsByLookupKey = districtsByKey

        matcher = PlaceMatcher(
            provinces: provinces, indexByName: indexByName, aliases: aliases, districts: districts, wards: wards)
        matcherSince2025 = PlaceMatcher(
            provinces: provinces, indexByName: indexByName, aliases: aliases, districts: districts,
            wards: wards, newWards: newWards.compactMap { ward in
                unitByCode[ward.unitCode].map { (province: $0, type: ward.type, name: ward.name) }
            })
    }
}
