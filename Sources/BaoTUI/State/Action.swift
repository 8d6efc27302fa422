import BaoArticle
import BaoEntities
import BaoStore


/// Everything that can happen to the browser: input from the user and results from the store.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Opening the browser: load the list.
    case start
    /// The list of the filter, as ids (`ArticleListing`); its rows follow as `rowsLoaded`.
    case listLoaded(ArticleListing)
    /// Summaries of list rows asked for by `Effect.loadRows` (those no longer indexed left out).
    case rowsLoaded(asked: [Int64], [ArticleSummary])
    /// The row whose title holds the `/` query typed in the list, or nil when none does.
    case titleFound(query: String, index: Int?)
    case articleLoaded(id: Int64, Article, ArticleEntities)
    case documentLoaded(DocumentDetail?, key: String)
    case documentsLoaded([DocumentSummary])
    case provincesLoaded([ProvinceCount], merged: Bool)
    case failed(String)
    /// `:cites` named a document the store has: apply the filter.
    case citesResolved(ArticleFilter)
    /// `:cites` named no document of the store; the nearest ids it has.
    case unknownDocument(String, nearest: [String])
    case bookmarksLoaded([ArticleSummary])
    /// Where the last session closed (nil: nowhere to return to).
    case lastPositionLoaded(ReadingPosition?)
    /// A fetch in progress says how far it is ("Đang tải tin: 3/5 nguồn, 12 bài mới").
    case fetchProgress(String)
    /// A fetch ended: what it did; the list is reloaded.
    case fetchFinished(String)
}

/// Work the reducer asks for; the runtime performs it against the store and feeds the result back.
public enum Effect: Sendable, Equatable {
    case loadList(ArticleFilter)
    /// The summaries of list rows about to be shown.
    case loadRows([Int64])
    /// The first list row, from `from` on in the direction given and around, whose title holds
    /// the query (folded, SPEC section 2); answered by `Action.titleFound`.
    case findTitle(String, from: Int, forward: Bool)
    case loadArticle(Int64)
    case loadDocument(String)
    case loadDocuments
    case loadProvinces(merged: Bool)
    /// Checks that the filter's cited document (its `cites`, or a `cites:` field of its query)
    /// exists before applying the filter.
    case resolveCites(ArticleFilter)
    case setRead(Int64, Bool)
    case setBookmarked(Int64, Bool)
    case loadBookmarks
    case loadLastPosition
    case openURL(String)
    /// Fetch new articles from the feeds (in the background; progress comes back as actions).
    case fetch
    case quit
}
