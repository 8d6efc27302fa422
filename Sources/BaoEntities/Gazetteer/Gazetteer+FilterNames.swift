extension Gazetteer {
    /// Every province name a filter accepts in its canonical form: the 63 pre-2025 provinces and
    /// the 34 units since July 2025.
    public static var filterNames: [String] {
        allProvinces.map(\.name) + allPostMergerUnits
    }

    /// True when `name` (any alias, accents optional) is a province or a post-2025 unit.
    public static func isProvince(_ name: String) -> Bool {
        !provincesCovered(byFilter: name).isEmpty
    }
}
