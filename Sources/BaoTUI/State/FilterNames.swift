import BaoText
import BaoEntities
import BaoStore


/// Filters named by the user: resolved to what the list will hold, or refused with the nearest
/// known names, and described in the status line with the unit and era they cover.
enum FilterNames {
    /// A typed province name as a filter of one era: a post-2025 unit's name covers every
    /// province merged into it (`Gazetteer.provincesCovered(byFilter:)`), any other name its
    /// pre-2025 province. Nil when the name is no province.
    static func province(_ typed: String) -> (name: String, era: ProvinceEra)? {
        let covered = Gazetteer.provincesCovered(byFilter: typed)
        guard let first = covered.first else { return nil }
        return covered.count > 1 ? (first.postMerger, .since2025) : (first.name, .before2025)
    }

    /// "Không có tỉnh/thành 'Atlantis' · gần nhất: …".
    static func unknownProvince(_ typed: String, nearest names: [String]? = nil, _ lang: Language) -> String {
        lang("Không có tỉnh/thành '", "No province or city '") + typed + "'"
            + nearest(names ?? NearestNames.nearest(to: typed, among: Gazetteer.filterNames), lang)
    }

    static func unknownDocument(_ typed: String, nearest names: [String], _ lang: Language) -> String {
        lang("Kho không có văn bản '", "No cited document '") + typed + "'" + nearest(names, lang)
    }

    static func nearest(_ names: [String], _ lang: Language) -> String {
        names.isEmpty ? "" : lang(" · gần nhất: ", " · nearest: ") + names.joined(separator: ", ")
    }

    /// The province part of the status line: the name, its era, and for a post-2025 unit the
    /// provinces it was formed from.
    static func provinceLabel(_ filter: ArticleFilter, _ lang: Language) -> String? {
        guard let name = filter.province else { return nil }
        let head = lang("tỉnh: ", "province: ") + name
        switch filter.provinceEra {
        case .before2025?:
            // A province merged into a unit of another name is that unit from 1 July 2025 on.
            if let later = Gazetteer.laterUnit(ofFilter: name) {
                return head + lang(" (trước 7/2025; từ 1/7/2025: ", " (before July 2025; from 1 July 2025: ") + later + ")"
            }
            return head + lang(" (trước 2025)", " (before 2025)")
        case .since2025?:
            let former = Gazetteer.formerProvinces(ofMerged: name).map(\.name)
            let parts = former.count > 1 ? ": " + former.joined(separator: " + ") : ""
            return head + lang(" (sau 2025", " (since 2025") + parts + ")"
        case nil:
            return head + (Gazetteer.laterUnit(ofFilter: name).map { lang(" (từ 1/7/2025: ", " (from 1 July 2025: ") + $0 + ")" } ?? "")
        }
    }
}
