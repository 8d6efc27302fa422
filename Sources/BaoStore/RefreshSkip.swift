/// Why a refresh did not run.
public enum RefreshSkip: Sendable, Equatable {
    case readOnly
    /// Another process was refreshing the index (its id when known).
    case busy(holder: Int32?)
}
