import BaoStore


/// The status line's words for what happens behind the browser: what opening the index found,
/// the refresh after the first screen, and a fetch run (its progress, its result, why it could
/// not start), in the chrome's language. The storage's own reasons (a file's error) are
/// quoted as they are.
public enum BackgroundMessages {
    public static func note(_ note: IndexNote, _ lang: Language) -> String {
        switch note {
        case .rebuilt(let path):
            return lang("Chỉ mục \(path) bị hỏng: đã dựng lại từ các bài", "The index \(path) was damaged: it is rebuilt from the articles")
        case .readOnly(let path):
            return lang("Chỉ mục \(path) chỉ đọc: dùng như hiện có, có thể chưa cập nhật",
                        "The index \(path) is read-only: it is used as it is and may be out of date")
        case .stateInMemory(let reason):
            return lang("Dấu đã đọc, đánh dấu và lịch sử chỉ được giữ trong lần chạy này: ",
                        "Read marks, bookmarks and history are kept for this run only: ") + reason
        }
    }

    /// What a refresh changed, one part per kind of change (none when nothing changed), after
    /// what the user should know first: another process updating the index, a rebuild.
    public static func refreshed(_ summary: RefreshSummary, _ lang: Language) -> [String] {
        var notes: [String] = []
        if case .busy = summary.skipped {
            notes.append(lang("Một tiến trình baoterm khác đang cập nhật chỉ mục: dùng chỉ mục như hiện có",
                              "Another baoterm process is updating the index: it is shown as it is"))
        }
        if summary.rebuilt != nil {
            notes.append(lang("Chỉ mục bị hỏng và đã được dựng lại", "The index was damaged and has been rebuilt"))
        }
        var parts: [String] = []
        if summary.added > 0 { parts.append(lang("\(summary.added) bài mới", "\(summary.added) new")) }
        if summary.updated > 0 { parts.append(lang("\(summary.updated) bài đổi", "\(summary.updated) changed")) }
        if summary.removed > 0 { parts.append(lang("\(summary.removed) bài bị xóa", "\(summary.removed) removed")) }
        if !summary.failures.isEmpty {
            parts.append(lang("\(summary.failures.count) tệp không đọc được (xem baoterm index)",
                              "\(summary.failures.count) unreadable (see baoterm index)"))
        }
        if !parts.isEmpty { notes.append(lang("Đã cập nhật chỉ mục: ", "Index refreshed: ") + parts.joined(separator: ", ")) }
        return notes
    }

    public static func notRefreshed(_ reason: String, _ lang: Language) -> String {
        lang("Chưa cập nhật được chỉ mục: ", "Index not refreshed: ") + reason
    }

    /// "Đang tải tin: 3/5 nguồn, 12 bài mới".
    public static func fetchProgress(feedsDone: Int, feedsTotal: Int, stored: Int, failed: Int, _ lang: Language) -> String {
        lang("Đang tải tin: \(feedsDone)/\(feedsTotal) nguồn, \(stored) bài mới", "Fetching: \(feedsDone)/\(feedsTotal) feeds, \(stored) new")
            + (failed > 0 ? lang(", \(failed) lỗi", ", \(failed) failed") : "")
    }

    /// The line a fetch run ends with; `savedIn` names the folder when the browser is not showing it.
    public static func fetched(stored: Int, feeds: Int, failedFeeds: Int, savedIn: String?, _ lang: Language) -> String {
        var message = lang("Đã tải \(stored) bài mới từ \(feeds) nguồn", "Fetched \(stored) new " + (stored == 1 ? "article" : "articles")
                           + " from \(feeds) " + (feeds == 1 ? "feed" : "feeds"))
        if failedFeeds > 0 { message += lang(", \(failedFeeds) nguồn lỗi (xem baoterm fetch)", ", \(failedFeeds) failed (see baoterm fetch)") }
        if let savedIn { message += lang("; bài lưu ở \(savedIn), mở bằng: baoterm", "; saved in \(savedIn), open them with: baoterm") }
        return message
    }

    /// Why a fetch could not start.
    public enum FetchProblem: Sendable, Equatable {
        case noFeedsFile(String)
        case noFeeds(String, problems: Int)
        case failed(String)
    }

    public static func fetchFailed(_ problem: FetchProblem, example: String, _ lang: Language) -> String {
        let head = lang("Không tải được tin: ", "Could not fetch: ")
        switch problem {
        case .noFeedsFile(let path):
            return head + lang("chưa có tệp feeds \(path); tạo tệp, mỗi dòng một URL nguồn tin, vd. \(example)",
                               "no feeds file at \(path); create it with one feed URL a line, e.g. \(example)")
        case .noFeeds(let path, let problems):
            return head + lang("tệp \(path) không có URL nguồn tin nào", "\(path) has no feed URL")
                + (problems > 0 ? lang(" (\(problems) dòng lỗi, xem baoterm fetch)", " (\(problems) bad lines, see baoterm fetch)") : "")
        case .failed(let reason):
            return head + reason
        }
    }
}
