import BaoCore

/// Names on the command line that match nothing: a message with the nearest known names and
/// status 2, as for any other wrong usage, instead of an empty answer that looks like one.
enum UnknownName {
    /// Stops when `name` is neither a province (pre-2025, any alias) nor a post-2025 unit.
    static func checkProvince(_ name: String) throws {
        guard !Gazetteer.isProvince(name) else { return }
        Output.error(SearchQueryError(.unknownProvince(name, nearest: NearestNames.nearest(to: name, among: Gazetteer.filterNames))).message)
        throw Output.usage
    }

    /// Stops when no document of the index has `id` as its id or key.
    static func checkDocument(_ id: String, in index: CorpusIndex) throws {
        guard try index.documentKeys(matching: id).isEmpty else { return }
        let known = try index.documents().map(\.id)
        Output.error("no cited document '\(id)' in the index" + NearestNames.hint(NearestNames.nearest(to: id, among: known)))
        throw Output.usage
    }
}
