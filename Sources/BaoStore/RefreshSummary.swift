import BaoArticle

/// What a refresh did.
public struct RefreshSummary: Sendable, Equatable {
    /// Files seen in the corpus (loadable or not).
    public var files = 0
    public var added = 0
    public var updated = 0
    public var removed = 0
    /// Files whose size or mtime changed but whose content did not.
    public var touched = 0
    public var unchanged = 0
    /// Files that could not be read as articles (the run goes on without them).
    public var failures: [LoadError] = []
    public var seconds = 0.0
    /// CPU time of the database writer's thread (inserting, deleting, full-text indexing,
    /// committing), within `seconds`.
    public var writerCPUSeconds = 0.0
    /// Time the writer waited for parsed files, and the parsing waited for the writer (at most
    /// two parsed batches wait in memory): which side a load was waiting on.
    public var writerWaitSeconds = 0.0
    public var parserWaitSeconds = 0.0
    /// Why nothing was refreshed, when nothing was: the index is read-only, or another process
    /// holds the writer lock (the index is then used as it is).
    public var skipped: RefreshSkip?
    /// Why the index was rebuilt from scratch before this refresh, when it was (it was damaged).
    public var rebuilt: String?

    public init() {}

    /// True when the refresh found nothing to parse, delete or touch.
    public var isNoOp: Bool { added == 0 && updated == 0 && removed == 0 && touched == 0 }
}
