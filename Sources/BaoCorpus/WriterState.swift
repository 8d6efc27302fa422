import BaoArticle

/// Counters the writer thread fills in while the main thread parses the next batch.
struct WriterState: Sendable {
    var writerCPUSeconds = 0.0
    var added = 0
    var updated = 0
    var touched = 0
    var unchanged = 0
    var failures: [LoadError] = []
    var error: (any Error)?

    mutating func add(_ counts: CorpusIndex.WriteCounts) {
        added += counts.added
        updated += counts.updated
        touched += counts.touched
        unchanged += counts.unchanged
        failures += counts.failures
    }
}
