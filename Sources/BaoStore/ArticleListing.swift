/// An article list as the browser pages it: every row's id in list order and which rows are read,
/// loaded at once (8 bytes a row: 2.8 MB at 350,000 articles); the rows' summaries are fetched a
/// screen at a time (`CorpusStore.summaries(ids:)`).
public struct ArticleListing: Sendable, Equatable {
    /// The articles in list order.
    public var ids: [Int64]
    /// The articles of the list the user has read.
    public var read: Set<Int64>
    /// In a list searched for several syllables in a row: how close they were found, row by row
    /// (empty otherwise).
    public var matches: [SearchPlan.Proximity?]
    /// In such a list: how many rows hold the syllables as a phrase (nil in any other list).
    public let phrases: Int?

    public init(ids: [Int64] = [], read: Set<Int64> = [], matches: [SearchPlan.Proximity?] = []) {
        self.ids = ids
        self.read = read
        // A row list and its matches always go together: a short one would misplace every match.
        self.matches = matches.count == ids.count ? matches : []
        self.phrases = self.matches.contains { $0 != nil } ? self.matches.reduce(0) { $0 + ($1 == .phrase ? 1 : 0) } : nil
    }

    /// The listing of summaries already loaded whole (what a simple store answers).
    public init(_ summaries: [ArticleSummary]) {
        let matches = summaries.map(\.match)
        self.init(ids: summaries.map(\.id), read: Set(summaries.lazy.filter(\.isRead).map(\.id)),
                  matches: matches.contains { $0 != nil } ? matches : [])
    }

    public var count: Int { ids.count }

    /// The rows the predicate keeps, in order, with their matches.
    public func filter(_ keep: (Int64) -> Bool) -> ArticleListing {
        var ids: [Int64] = []
        var matches: [SearchPlan.Proximity?] = []
        for (i, id) in self.ids.enumerated() where keep(id) {
            ids.append(id)
            if !self.matches.isEmpty { matches.append(self.matches[i]) }
        }
        return ArticleListing(ids: ids, read: read.filter(keep), matches: matches)
    }
}
