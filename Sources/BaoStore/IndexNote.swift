/// Something a front end should tell the user about the index it opened: kept as data so that
/// each front end says it in its own language (`description` is the command line's English).
public enum IndexNote: Sendable, Equatable, CustomStringConvertible {
    /// The index at this path was damaged and has been made again from the articles.
    case rebuilt(path: String)
    /// The index at this path cannot be written: it is read as it is.
    case readOnly(path: String)
    /// The user's state could not be opened (the storage's reason): it lives in memory for this run.
    case stateInMemory(reason: String)

    public var description: String {
        switch self {
        case .rebuilt(let path): return "the index \(path) was damaged: it is rebuilt from the articles"
        case .readOnly(let path): return "the index \(path) is read-only: it is used as it is and may be out of date"
        case .stateInMemory(let reason): return Self.stateInMemoryLead + reason
        }
    }

    /// What `stateInMemory` says before the storage's reason; the user state says it the same way.
    package static let stateInMemoryLead = "read marks, bookmarks and history are kept for this run only: "
}
