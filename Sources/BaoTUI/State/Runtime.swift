import BaoText
import BaoArticle
import BaoStore


/// Runs the reducer and performs its effects against a corpus store, synchronously, feeding
/// results back as actions. The terminal, the headless `screen` command and tests share it.
public final class BrowserRuntime {
    public private(set) var state: AppState
    public let store: CorpusStore
    /// Opens a URL outside the browser; returns an error message or nil. Headless runs leave it unset.
    public var openURL: ((String) -> String?)?
    /// Starts fetching new articles in the background; the terminal feeds `.fetchProgress` and
    /// `.fetchFinished` back. Headless runs leave it unset.
    public var startFetch: (() -> Void)?
    /// Recent article lists by filter: going back to a list (clearing filters above all) is then
    /// instant. Emptied when the list is reloaded from scratch (`.start`, after a refresh).
    private var listCache: [(filter: ArticleFilter, listing: ArticleListing)] = []
    private static let listCacheSize = 8
    /// The titles `/` in the list has walked; emptied with the list cache.
    private var titles = FoldedTitles()

    public init(store: CorpusStore, state: AppState) {
        self.store = store
        self.state = state
    }

    /// Applies an action and everything it leads to.
    public func send(_ action: Action) {
        var queue = [action]
        var guardCount = 0
        while !queue.isEmpty, guardCount < 64 {
            guardCount += 1
            let next = queue.removeFirst()
            switch next {
            case .start, .fetchFinished:
                listCache = []
                titles.reset()
            default: break
            }
            for effect in Reducer.reduce(&state, next) {
                if let result = perform(effect) { queue.append(result) }
            }
        }
    }

    /// Types a key sequence in `screen --keys` notation, stopping when the browser quits.
    public func type(_ keys: [Key]) {
        for key in keys {
            if state.shouldQuit { return }
            send(.key(key))
        }
    }

    public func render() -> Screen { Renderer.render(state) }

    /// Remembers the open article and the reader's top line for the next start; returns an
    /// error message when the store could not keep it.
    @discardableResult
    public func saveLastPosition() -> String? {
        do {
            try store.saveLastPosition(state.readingPosition)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .loadList(let filter):
                if let hit = listCache.firstIndex(where: { $0.filter == filter }) {
                    let entry = listCache.remove(at: hit)
                    listCache.insert(entry, at: 0)
                    return .listLoaded(entry.listing)
                }
                let listing = try store.listing(matching: filter)
                listCache.insert((filter, listing), at: 0)
                if listCache.count > Self.listCacheSize { listCache.removeLast() }
                return .listLoaded(listing)
            case .loadRows(let ids):
                return .rowsLoaded(asked: ids, try store.summaries(ids: ids))
            case .findTitle(let query, let from, let forward):
                let index = try titles.first(holding: Folding.fold(query.trimmedWhitespace), in: state.list.listing.ids, from: from,
                                             forward: forward, fetch: store.summaries(ids:))
                return .titleFound(query: query, index: index)
            case .loadArticle(let id):
                guard let found = try store.article(id: id) else { return .failed(state.lang("Bài \(id) không còn trong kho", "Article \(id) is no longer in the corpus")) }
                return .articleLoaded(id: id, found.article, found.entities)
            case .loadDocument(let key):
                return .documentLoaded(try store.document(key), key: key)
            case .loadDocuments:
                return .documentsLoaded(try store.documents())
            case .resolveCites(let filter):
                // The document of the filter, or of a cites: field in its query.
                guard let cites = filter.cites ?? (try? SearchQuery.parse(filter.query ?? ""))?.cites else {
                    return .citesResolved(filter)
                }
                if try store.document(cites) != nil { return .citesResolved(filter) }
                let nearest = NearestNames.nearest(to: cites, among: try store.documents().map(\.id))
                return .unknownDocument(cites, nearest: nearest)
            case .loadProvinces(let merged):
                return .provincesLoaded(try store.provinceCounts(merged: merged), merged: merged)
            case .setRead(let id, let read):
                try store.setRead(id: id, read)
                for i in listCache.indices where listCache[i].listing.ids.contains(id) {
                    if read { listCache[i].listing.read.insert(id) } else { listCache[i].listing.read.remove(id) }
                }
                return nil
            case .setBookmarked(let id, let on):
                try store.setBookmarked(id: id, on)
                return nil
            case .loadBookmarks:
                return .bookmarksLoaded(try store.bookmarks())
            case .loadLastPosition:
                return .lastPositionLoaded(try store.lastPosition())
            case .openURL(let url):
                guard let openURL else { return .failed(state.lang("Sẽ mở ", "Would open ") + url) }
                return openURL(url).map { Action.failed($0) }
            case .fetch:
                guard let startFetch else { return .fetchFinished(state.lang("Không tải tin được ở đây: dùng baoterm fetch", "Fetching is not available here: use baoterm fetch")) }
                startFetch()
                return nil
            case .quit:
                return nil
            }
        } catch let error as SearchQueryError {
            return .failed(error.text(state.lang))
        } catch {
            // The store's own words (a database problem) follow a line the user can read.
            return .failed(state.lang("Lỗi khi đọc kho: ", "The corpus index failed: ") + "\(error)")
        }
    }
}
