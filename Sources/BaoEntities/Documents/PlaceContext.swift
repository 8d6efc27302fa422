/// What the document pass knows about places: the provinces the province pass found (with the
/// districts through which it found them), the article's primary province, the centrally-run
/// cities of the tables, and the article's own city when it is a provincial city.
struct PlaceContext {
    /// Where a committee or congress belongs.
    struct Scope: Equatable {
        /// Canonical province name; nil when it cannot be known.
        var province: String?
        /// A place below the province ("thành phố Bạc Liêu", "huyện Thới Lai"); nil for the province itself.
        var locality: String?
        /// True when the locality is below the province but its name is not known.
        var localityUnknown: Bool
        /// True when the text names the place; false when it was taken from the article's primary province.
        var explicit: Bool
    }

    let primary: String?
    private let provinces: [(pattern: [UInt32], name: String)]
    private let districts: [(pattern: [UInt32], province: String)]
    private let catalog: DocumentCatalog
    /// The name of the provincial city the article is about ("Bạc Liêu" for "TP. Bạc Liêu"), if any.
    private(set) var articleCity: String?

    init(provinces result: ProvinceResult, catalog: DocumentCatalog) {
        self.catalog = catalog
        self.primary = result.primary
        var provinces: [(pattern: [UInt32], name: String)] = []
        var districts: [(pattern: [UInt32], province: String)] = []
        for mention in result.provinces {
            provinces.append((FoldedScalars.pattern(mention.name), mention.name))
            for place in mention.via { districts.append((FoldedScalars.pattern(place), mention.name)) }
        }
        if let primary = result.primary, !provinces.contains(where: { $0.name == primary }) {
            provinces.append((FoldedScalars.pattern(primary), primary))
        }
        self.provinces = provinces.sorted { $0.pattern.count > $1.pattern.count }
        self.districts = districts.sorted { $0.pattern.count > $1.pattern.count }
    }

    /// True when `name` is a centrally-run city (its Thành ủy is a provincial committee).
    func isCentralCity(_ name: String?) -> Bool {
        guard let name else { return false }
        return catalog.centralCities.contains { $0.name == name }
    }

    /// The centrally-run city written at `index` ("TPHCM", "TP. Cần Thơ", "Hà Nội"), with its end.
    func centralCity(in text: FoldedScalars, at index: Int) -> (name: String, end: Int)? {
        for place in catalog.centralCities {
            for pattern in place.patterns where text.matches(pattern, at: index) && !text.isWordChar(index + pattern.count) {
                return (place.name, index + pattern.count)
            }
        }
        return nil
    }

    /// The province whose name (as the province pass found it) is `name` or starts it.
    func province(named name: [UInt32]) -> String? {
        for entry in provinces where name.starts(with: entry.pattern) {
            if name.count == entry.pattern.count || name[entry.pattern.count] == 0x20 { return entry.name }
        }
        return nil
    }

    /// The province of a district or town the province pass used as evidence.
    func province(ofDistrict name: [UInt32]) -> String? {
        districts.first { $0.pattern == name }?.province
    }

    /// Finds the provincial city an article is about: the first "thành phố X" / "TP. X" / "TP X"
    /// whose X is the primary province's name, when the primary province is not centrally run.
    mutating func findArticleCity(in texts: [FoldedScalars]) {
        guard let primary, !isCentralCity(primary) else { return }
        let target = FoldedScalars.pattern(primary)
        let markers = ["thành phố", "tp.", "tp"].map(FoldedScalars.pattern)
        for text in texts {
            var i = 0
            while i < text.count {
                if text[i] == 0x74, !text.isWordChar(i - 1) {
                    for marker in markers where text.matches(marker, at: i) && !text.isLetter(i + marker.count) {
                        let nameStart = text.skipSpaces(i + marker.count)
                        if text.matches(target, at: nameStart), !text.isWordChar(nameStart + target.count) {
                            articleCity = primary
                            return
                        }
                    }
                }
                i += 1
            }
        }
    }

    // MARK: - Reading a committee's place

    /// Which kind of committee or Party organisation a phrase names.
    enum Committee {
        case province      // Tỉnh ủy
        case city          // Thành ủy
        case district      // Huyện ủy
        case urbanDistrict // Quận ủy
        case town          // Thị ủy
        case grassroots    // Đảng ủy

        var localityWord: String {
            switch self {
            case .province: return "tỉnh"
            case .city: return "thành phố"
            case .district: return "huyện"
            case .urbanDistrict: return "quận"
            case .town: return "thị xã"
            case .grassroots: return "Đảng ủy"
            }
        }
    }

    /// The scope of a committee whose place name (possibly none) follows at `index`, and the end of the name.
    func scope(of committee: Committee, in text: FoldedScalars, at index: Int) -> (scope: Scope, code: String, end: Int) {
        let start = text.skipSpaces(index)
        if let city = centralCity(in: text, at: start) {
            let scope = Scope(province: city.name, locality: nil, localityUnknown: false, explicit: true)
            switch committee {
            case .province, .city: return (scope, "TU", city.end)
            default: break
            }
        }
        let (name, nameEnd) = placeName(in: text, at: start)
        if let name {
            let folded = FoldedScalars.pattern(name)
            let province = self.province(named: folded)
            switch committee {
            case .province:
                // "Tỉnh ủy X" names a province even when the province pass missed X.
                return (Scope(province: province ?? name, locality: nil, localityUnknown: false, explicit: true), "TU", nameEnd)
            case .city where isCentralCity(province):
                return (Scope(province: province, locality: nil, localityUnknown: false, explicit: true), "TU", nameEnd)
            default:
                let inProvince = province ?? self.province(ofDistrict: folded) ?? primary
                let locality = committee.localityWord + " " + name
                return (Scope(province: inProvince, locality: locality, localityUnknown: false,
                              explicit: province != nil || self.province(ofDistrict: folded) != nil),
                        code(of: committee), nameEnd)
            }
        }
        // No name: the committee of the article's own place ("Thành ủy" in a city's article).
        switch committee {
        case .province:
            return (Scope(province: primary, locality: nil, localityUnknown: false, explicit: false), "TU", start)
        case .city:
            if isCentralCity(primary) {
                return (Scope(province: primary, locality: nil, localityUnknown: false, explicit: false), "TU", start)
            }
            let locality = articleCity.map { "thành phố " + $0 }
            return (Scope(province: primary, locality: locality, localityUnknown: locality == nil, explicit: false), "TU", start)
        default:
            return (Scope(province: primary, locality: nil, localityUnknown: true, explicit: false), code(of: committee), start)
        }
    }

    private func code(of committee: Committee) -> String {
        switch committee {
        case .province, .city: return "TU"
        case .district: return "HU"
        case .urbanDistrict: return "QU"
        case .town: return "TxU"
        case .grassroots: return "ĐU"
        }
    }

    /// A capitalised place name at `index`, after an optional "tỉnh"/"thành phố"/"TP."/"huyện"/… marker:
    /// "Lào Cai", "TP. Bạc Liêu" → "Bạc Liêu", "Bà Rịa - Vũng Tàu".
    func placeName(in text: FoldedScalars, at index: Int) -> (String?, Int) {
        var i = text.skipSpaces(index)
        for marker in PlaceContext.markers where text.matches(marker, at: i) && !text.isLetter(i + marker.count) {
            let after = text.skipSpaces(i + marker.count)
            if text.isUpper(after) { i = after }
            break
        }
        guard text.isUpper(i) else { return (nil, index) }
        var end = i
        var words = 0
        var j = i
        while words < 4, text.isUpper(j) {
            var k = j
            while text.isLetter(k) { k += 1 }
            end = k
            words += 1
            // Next word: one space, or " - " inside a double name.
            if text[k] == 0x20, text.isUpper(k + 1) {
                j = k + 1
            } else if text[k] == 0x20, text[k + 1] == 0x2D, text[k + 2] == 0x20, text.isUpper(k + 3) {
                j = k + 3
            } else {
                break
            }
        }
        guard end > i else { return (nil, index) }
        return (text.text(i, end), end)
    }

    /// The end of a place-type word with no name after it ("UBND tỉnh ngày …": the article's own
    /// province), or nil.
    func bareMarkerEnd(in text: FoldedScalars, at index: Int) -> Int? {
        let i = text.skipSpaces(index)
        guard let marker = PlaceContext.markers.first(where: { text.matches($0, at: i) && !text.isLetter(i + $0.count) }),
              !text.isUpper(text.skipSpaces(i + marker.count)) else { return nil }
        return i + marker.count
    }

    private static let markers = ["thành phố", "tp.", "tp", "tỉnh", "huyện", "quận", "thị xã", "tx."].map(FoldedScalars.pattern)
}
