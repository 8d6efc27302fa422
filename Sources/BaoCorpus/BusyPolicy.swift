/// What a refresh does when another process is refreshing the same index.
public enum BusyPolicy: Sendable {
    /// Wait for it; `notice` is called once after a second of waiting, with its process id.
    case wait(notice: @Sendable (Int32?) -> Void)
    /// Do not refresh: use the index as the other process leaves it (readers, the browser).
    case useAsIs
}
