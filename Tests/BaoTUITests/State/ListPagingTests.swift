import BaoCore
import XCTest
@testable import BaoTUI

/// The article list pages its rows in as they are shown: at 350,000 articles every key that moves
/// in the list works as on a short one, and the store is asked for a few screens of rows.
final class ListPagingTests: XCTestCase {
    let size = 350_000

    /// The rows on screen, by their titles.
    func shownTitles(_ rt: BrowserRuntime) -> [String?] {
        let list = rt.state.list
        return (list.scroll..<min(list.count, list.scroll + rt.state.listHeight)).map { list.item(at: $0)?.title }
    }

    func testFirstScreenFetchesTheRowsAroundItOnly() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        XCTAssertEqual(rt.state.list.count, size)
        XCTAssertEqual(store.wholeLists, 0)
        let rows = rt.state.listHeight
        XCTAssertGreaterThan(rows, 10)
        XCTAssertLessThanOrEqual(store.rowsAsked, 3 * rows, "a screen and the next two at most")
        let screen = rt.render()
        XCTAssertTrue(screen.line(0).contains("Bài viết 1/350000"), screen.line(0))
        XCTAssertTrue(screen.line(1).hasSuffix("Tin thứ 1") || screen.line(1).contains("Tin thứ 1 "), screen.line(1))
        XCTAssertEqual(shownTitles(rt), (1...rows).map { "Tin thứ \($0)" })
    }

    func testGoingToTheLastRowAndBackFetchesTheScreensShown() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        let rows = rt.state.listHeight
        rt.type("G")
        XCTAssertEqual(rt.state.list.selection, size - 1)
        XCTAssertEqual(rt.state.list.item(at: size - 1)?.title, "Tin thứ 350000")
        XCTAssertTrue(rt.render().line(0).contains("Bài viết 350000/350000"))
        XCTAssertEqual(rt.state.reader.article?.title, "Tin thứ 350000", "the reader previews the last row")
        XCTAssertEqual(shownTitles(rt).last, "Tin thứ 350000")
        XCTAssertFalse(shownTitles(rt).contains(nil))
        XCTAssertLessThanOrEqual(store.rowsAsked, 5 * rows)
        rt.type("g")
        XCTAssertEqual(rt.state.list.selection, 0)
        XCTAssertEqual(shownTitles(rt).first, "Tin thứ 1")
        XCTAssertEqual(store.wholeLists, 0)
    }

    func testMovingPastTheFetchedRowsByLinesAndPages() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        let rows = rt.state.listHeight
        // Lines: past the two screens fetched first.
        rt.type(String(repeating: "j", count: 3 * rows + 5))
        XCTAssertEqual(rt.state.list.selection, 3 * rows + 5)
        XCTAssertEqual(rt.state.list.item(at: rt.state.list.selection)?.title, "Tin thứ \(3 * rows + 6)")
        XCTAssertFalse(shownTitles(rt).contains(nil))
        // Pages: every screen is drawn whole, and the summaries kept stay few.
        for _ in 0..<300 {
            rt.type("<PgDn>")
            XCTAssertFalse(shownTitles(rt).contains(nil), "scroll \(rt.state.list.scroll)")
        }
        let selection = rt.state.list.selection
        XCTAssertEqual(selection, 3 * rows + 5 + 300 * (rows - 1))
        XCTAssertLessThanOrEqual(rt.state.list.rows.count, ListState.keptRows + 3 * rows)
        XCTAssertLessThan(store.rowsAsked, selection + 4 * rows, "each row is fetched about once on the way down")
        rt.type("<PgUp>kk")
        XCTAssertEqual(rt.state.list.selection, selection - (rows - 1) - 2)
        XCTAssertFalse(shownTitles(rt).contains(nil))
        XCTAssertEqual(store.wholeLists, 0)
    }

    func testReadMarksNextUnreadAndUnreadOnlyOnAPagedList() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        rt.type("Gr")
        XCTAssertEqual(store.read, [Int64(size)])
        XCTAssertEqual(rt.state.list.item(at: size - 1)?.isRead, true)
        XCTAssertTrue(rt.render().line(rt.state.list.selection - rt.state.list.scroll + 1).hasPrefix(" "), "the row lost its unread mark")
        rt.type("kru")
        XCTAssertEqual(rt.state.list.selection, 0, "u passes the two read rows at the end and wraps around")
        rt.type("U")
        XCTAssertEqual(rt.state.list.count, size - 2)
        XCTAssertEqual(rt.state.list.listing.ids.last, Int64(size - 2))
        rt.type("U")
        XCTAssertEqual(rt.state.list.count, size)
        XCTAssertEqual(store.wholeLists, 0)
        XCTAssertLessThan(store.rowsAsked, 20 * rt.state.listHeight)
    }

    func testTitleSearchFindsARowFarBelowTheScreen() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        let rare = Int(store.rareTitleID) - 1
        rt.type("/dac biet")
        XCTAssertEqual(rt.state.list.selection, rare)
        XCTAssertFalse(rt.state.list.missed)
        XCTAssertEqual(rt.state.list.item(at: rare)?.title, "Đặc biệt ở Hòa Bình")
        rt.type("<Enter>n")
        XCTAssertEqual(rt.state.list.selection, rare, "n goes round the whole list to the one title")
        let asked = store.rowsAsked
        rt.type("N")
        XCTAssertEqual(rt.state.list.selection, rare)
        XCTAssertEqual(store.rowsAsked, asked, "the titles walked once are not fetched again")
        rt.type("/dac biet zzz")
        XCTAssertTrue(rt.state.list.missed)
        XCTAssertEqual(rt.state.message, "Không tìm thấy: dac biet zzz")
        XCTAssertEqual(rt.state.list.selection, rare)
    }

    func testSearchListPagesSortsAndCountsWithoutEveryRow() {
        let store = CountingCorpus(size: size)
        let rt = Fixtures.runtime(store: store)
        rt.type("G:search tin<Enter>")
        let count = (size + store.searchStep - 1) / store.searchStep
        XCTAssertEqual(rt.state.list.count, count)
        XCTAssertEqual(rt.state.list.selection, 0, "a new filter starts at the top")
        XCTAssertEqual(rt.state.list.item(at: 1)?.match, .phrase)
        XCTAssertEqual(StatusLine.searchCounts(rt.state), " (50000 bài, 25000 cụm từ, theo độ khớp · s: mới nhất)")
        rt.type("G")
        XCTAssertEqual(rt.state.list.item(at: count - 1)?.title, "Tin thứ \(1 + store.searchStep * (count - 1))")
        XCTAssertEqual(rt.state.list.item(at: count - 1)?.match, .near)
        rt.type("s")
        XCTAssertTrue(rt.state.filter.byDate)
        XCTAssertEqual(rt.state.list.count, count)
        XCTAssertEqual(StatusLine.searchCounts(rt.state), " (50000 bài, 25000 cụm từ, theo ngày · s: khớp nhất)")
        XCTAssertFalse(shownTitles(rt).contains(nil))
        XCTAssertEqual(store.wholeLists, 0)
        XCTAssertLessThan(store.rowsAsked, 20 * rt.state.listHeight)
    }

    /// Without the runtime, the reducer asks for the rows of the screen and draws their places
    /// until they arrive; an article gone from the index is shown as such, not asked for again.
    func testReducerAsksForTheRowsItShows() {
        var state = AppState(width: 100, height: 30, corpusName: "t")
        let ids = (1...Int64(1_000)).map { $0 }
        var effects = Reducer.reduce(&state, .listLoaded(ArticleListing(ids: ids)))
        let rows = state.listHeight
        guard case .loadRows(let asked)? = effects.last else { return XCTFail("\(effects)") }
        XCTAssertEqual(asked, Array(ids.prefix(2 * rows)))
        XCTAssertFalse(Renderer.render(state).line(1).contains("Tin"))
        let store = CountingCorpus(size: 500)
        effects = Reducer.reduce(&state, .rowsLoaded(asked: asked, try! store.summaries(ids: asked)))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(Renderer.render(state).line(1).contains("Tin thứ 1"))
        effects = Reducer.reduce(&state, .key(.char("G")))
        guard case .loadRows(let last)? = effects.last else { return XCTFail("\(effects)") }
        XCTAssertEqual(last.last, 1_000)
        effects = Reducer.reduce(&state, .rowsLoaded(asked: last, try! store.summaries(ids: last)))
        XCTAssertEqual(effects, [], "rows past the store's end are not asked for again")
        XCTAssertEqual(state.list.item(at: 999)?.title, "(bài không còn trong kho)")
    }

    /// Titles kept end to end in one string per block: a query never matches across two of them,
    /// and the rows are those of the list searched.
    func testFoldedTitlesMatchWithinOneTitle() throws {
        let summaries = ["Hòa Bình mở đường", "Đường về Cần Thơ", "Tin Hà Nội"].enumerated().map {
            ArticleSummary(id: Int64($0.offset + 1), path: "\($0.offset).txt", title: $0.element, published: nil, primaryProvince: nil)
        }
        var titles = FoldedTitles()
        var fetched = 0
        let fetch = { (ids: [Int64]) -> [ArticleSummary] in
            fetched += ids.count
            return summaries.filter { ids.contains($0.id) }
        }
        XCTAssertNil(try titles.first(holding: "duongduong", in: [1, 2, 3], from: 0, forward: true, fetch: fetch))
        XCTAssertEqual(try titles.first(holding: "can tho", in: [1, 2, 3], from: 0, forward: true, fetch: fetch), 1)
        XCTAssertEqual(try titles.first(holding: "duong", in: [1, 2, 3], from: 1, forward: false, fetch: fetch), 1)
        XCTAssertEqual(try titles.first(holding: "duong", in: [1, 2, 3], from: 2, forward: true, fetch: fetch), 0, "around the end")
        XCTAssertEqual(fetched, 3, "each title fetched once")
        XCTAssertEqual(try titles.first(holding: "ha noi", in: [3, 1], from: 0, forward: true, fetch: fetch), 0, "another list")
        XCTAssertEqual(fetched, 5)
    }
}
