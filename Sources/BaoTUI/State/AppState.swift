import BaoArticle
import BaoEntities
import BaoStore


/// The three panes of the browse page.
public enum Pane: Int, Sendable, Equatable, CaseIterable {
    case list, reader, sidebar
}

/// A place in the browser that history can return to.
public enum Location: Sendable, Equatable {
    /// The article list, with an article open in the reader or none.
    case browse(article: Int64?)
    case document(key: String)
    case documents
    case provinces
    case help
    case bookmarks

    var isBrowse: Bool {
        if case .browse = self { return true }
        return false
    }
}

/// A history entry, lynx-style: the location and where the user was in it.
public struct HistoryEntry: Sendable, Equatable {
    public var location: Location
    public var focus: Pane = .list
    /// The focused pane takes the full width (`z`).
    public var zoomed = false
    /// The entity sidebar is hidden (`e`).
    public var sidebarHidden = false
    public var scroll: Int = 0
    public var selection: Int = 0
    public var selectedLink: Int?

    public init(location: Location) { self.location = location }
}

/// The article list pane. The list is loaded as ids (`ArticleListing`, a few bytes a row); the
/// summaries of the rows around the screen are fetched as it moves (`Effect.loadRows`), so a
/// list of 350,000 articles costs what a screen of it costs.
public struct ListState: Sendable, Equatable {
    /// Every row of the list, in order, and the ones read.
    public var listing = ArticleListing()
    /// The summaries fetched so far, by id: the rows around the screen.
    public var rows: [Int64: ArticleSummary] = [:]
    /// Rows asked for whose summaries have not arrived: not asked for again meanwhile.
    var asked: Set<Int64> = []
    public var selection = 0
    public var scroll = 0
    public var loaded = false
    /// The last `/` search found no title.
    var missed = false
    /// Set when a new filter is applied: the list that arrives then drops from the reader an
    /// article it no longer holds.
    var filterChanged = false

    /// How many rows the list has.
    public var count: Int { listing.ids.count }

    /// The id of the row at `index`.
    public func id(at index: Int) -> Int64? { listing.ids[safe: index] }

    /// The row at `index` as the list shows it (read mark and match from the listing); nil until
    /// its summary is fetched.
    public func item(at index: Int) -> ArticleSummary? {
        guard let id = id(at: index), var summary = rows[id] else { return nil }
        summary.isRead = listing.read.contains(id)
        summary.match = listing.matches[safe: index] ?? nil
        return summary
    }

    /// Rows fetched beyond this many are dropped, but for those around the screen.
    static let keptRows = 1_000

    /// The ids to fetch so that the rows on screen can be drawn: when one of them is missing,
    /// those of a screen above to two screens below it that are missing (nil when none is).
    func missingRows(screen rows: Int) -> [Int64]? {
        let shown = max(1, rows)
        let missing = { (id: Int64) in self.rows[id] == nil && !self.asked.contains(id) }
        let visible = max(0, scroll)..<min(count, max(0, scroll) + shown)
        guard visible.contains(where: { missing(listing.ids[$0]) }) else { return nil }
        let wanted = max(0, scroll - shown)..<min(count, scroll + 2 * shown)
        let ids = wanted.map { listing.ids[$0] }.filter(missing)
        return ids.isEmpty ? nil : ids
    }

    /// Keeps fetched summaries; past `keptRows`, only those of the rows near the screen stay.
    mutating func keep(_ summaries: [ArticleSummary], asked ids: [Int64], screen rows: Int, gone: String) {
        asked.subtract(ids)
        for summary in summaries { self.rows[summary.id] = summary }
        // An article the index no longer holds is shown as such, not asked for again and again.
        if summaries.count < ids.count {
            let found = Set(summaries.map(\.id))
            for id in ids where !found.contains(id) { self.rows[id] = ArticleSummary(id: id, path: "", title: gone, published: nil, primaryProvince: nil) }
        }
        guard self.rows.count > Self.keptRows else { return }
        let shown = max(1, rows)
        let near = max(0, scroll - 2 * shown)..<min(count, scroll + 3 * shown)
        var kept: [Int64: ArticleSummary] = [:]
        for i in near { if let row = self.rows[listing.ids[i]] { kept[listing.ids[i]] = row } }
        self.rows = kept
    }
}

/// Search inside the reader or the list.
public struct SearchState: Sendable, Equatable {
    public var query = ""
    public var matches: [TextMatch] = []
    public var current: Int?
}

/// The reader pane: the open article, its layout, scroll, selected link and search.
public struct ReaderState: Sendable, Equatable {
    public var articleID: Int64?
    public var article: Article?
    public var entities = ArticleEntities()
    public var document: ReaderDocument?
    public var lines: [ReaderLine] = []
    public var wrapWidth = 0
    public var scroll = 0
    public var selectedLink: Int?
    public var search = SearchState()
}

/// The entity sidebar.
public struct SidebarState: Sendable, Equatable {
    public var selection = 0
    public var scroll = 0
    /// Columns its lines need, set when an article arrives (see `Layout.Options.sidebarNeed`).
    public var need = Layout.sidebarMinimum
}

/// The document view: one document, the articles citing it, documents cited with it.
public struct DocumentViewState: Sendable, Equatable {
    public var key: String?
    public var detail: DocumentDetail?
    /// Rows for the current width (see `rebuildDocumentLines`).
    public var lines: [PageLine] = []
    var linesWidth = 0
    public var selection = 0
    public var scroll = 0
}

/// How the documents index is sorted.
public enum DocumentSort: String, Sendable, Equatable, CaseIterable {
    case count, id, type

    /// The name shown to the reader.
    public func label(_ lang: Language) -> String {
        switch self {
        case .count: return lang("số bài", "articles")
        case .id: return lang("ký hiệu", "symbol")
        case .type: return lang("loại", "type")
        }
    }
}

/// The documents index: every cited document.
public struct DocumentsIndexState: Sendable, Equatable {
    public var all: [DocumentSummary] = []
    /// `all` after filter and sort (see `refreshDocumentsShown`).
    public var shown: [DocumentSummary] = []
    public var sort: DocumentSort = .count
    public var filter = ""
    public var selection = 0
    public var scroll = 0
    public var loaded = false
}

/// The bookmarks view: bookmarked articles, most recent first.
public struct BookmarksState: Sendable, Equatable {
    public var items: [ArticleSummary] = []
    public var selection = 0
    public var scroll = 0
    public var loaded = false
}

/// The province picker.
public struct PickerState: Sendable, Equatable {
    public var counts: [ProvinceCount] = []
    public var merged = false
    public var query = ""
    public var selection = 0
    public var scroll = 0
}

/// A line being typed at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `/` in the reader or the list: incremental.
        case search(Pane)
        /// `/` in the documents index: narrows it.
        case documentsFilter
        /// `:` command line.
        case command
    }
    public var kind: Kind
    public var text = ""
}

/// Which link to select in an article opened from the document view.
struct PendingCitation: Sendable, Equatable {
    var article: Int64
    var key: String
    var ordinal: Int
}

/// Settings of one browser session.
public struct BrowserOptions: Sendable, Equatable {
    /// Mark an article read when it is opened (off for headless screens, so they are repeatable).
    public var markReadOnOpen = false
    /// Reopen where the last session closed (the terminal browser; never headless screens).
    public var restoresPosition = false
    public init(markReadOnOpen: Bool = false, restoresPosition: Bool = false) {
        self.markReadOnOpen = markReadOnOpen
        self.restoresPosition = restoresPosition
    }
}

/// Everything the browser shows, as a value; the reducer is the only thing that changes it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Shown in the status line: the corpus folder or file names.
    public var corpusName: String
    public var keymap: Keymap
    public var options: BrowserOptions
    /// The chrome's language; `lang("…", "…")` picks a text.
    public var lang: Language = .vi

    public var focus: Pane = .list
    /// The focused pane takes the full width (`z`).
    public var zoomed = false
    /// The entity sidebar is hidden (`e`).
    public var sidebarHidden = false
    public var filter = ArticleFilter()
    public var list = ListState()
    public var reader = ReaderState()
    public var sidebar = SidebarState()
    public var documentView = DocumentViewState()
    public var documentsIndex = DocumentsIndexState()
    public var picker = PickerState()
    /// Articles the user bookmarked (`b`), loaded at start and kept in step with the store.
    public var bookmarked: Set<Int64> = []
    public var bookmarks = BookmarksState()
    /// The list shows unread articles only (`U`); articles read meanwhile stay until it reloads.
    public var unreadOnly = false
    public var helpScroll = 0
    /// Set when there is nothing to read: the browse page shows how to open a folder or follow feeds.
    public var welcome: Welcome?
    public var prompt: Prompt?
    /// A one-off message for the status line; cleared by the next key.
    public var message: String?
    /// The message reports a problem (drawn in the error colour).
    public var messageIsError = false
    /// The progress line of a fetch under way; nil when none runs.
    public var fetching: String?
    public var history: [HistoryEntry] = [HistoryEntry(location: .browse(article: nil))]
    public var historyIndex = 0
    /// A position to restore once the article or document being loaded arrives.
    var pendingRestore: HistoryEntry?
    /// A citation link to select once the article being loaded arrives.
    var pendingCitation: PendingCitation?
    /// The reader position to restore once the last session's article arrives.
    var pendingPosition: ReadingPosition?
    public var shouldQuit = false
    /// The first `.start` has been handled.
    var started = false

    public init(width: Int, height: Int, corpusName: String, keymap: Keymap = .standard, options: BrowserOptions = BrowserOptions()) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.corpusName = corpusName
        self.keymap = keymap
        self.options = options
    }

    /// Shows a problem in the status line until the next key.
    mutating func fail(_ text: String) {
        message = text
        messageIsError = true
    }

    public var location: Location {
        history.indices.contains(historyIndex) ? history[historyIndex].location : .browse(article: nil)
    }
}
