/// Files the workers prepared, and how far into the refresh's work list they reach.
struct ParsedBatch: Sendable {
    var outcomes: [CorpusIndex.Outcome]
    var end: Int
}
