import BaoStore


/// The browser's state machine: applies an action to the state and returns the work to do.
/// Pure: every read of the corpus goes through an `Effect`.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects = apply(&state, action)
        // Whatever moved the list, the rows it now shows are fetched before it is drawn.
        if let missing = state.list.missingRows(screen: state.listHeight) {
            state.list.asked.formUnion(missing)
            effects.append(.loadRows(missing))
        }
        return effects
    }

    static func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .start:
            // `.start` comes again after a background refresh: the last session is reopened once.
            let first = !state.started
            state.started = true
            return [.loadList(state.filter), .loadBookmarks] + (first && state.options.restoresPosition ? [.loadLastPosition] : [])
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            state.rewrapReader()
            if state.documentView.linesWidth != state.width, state.documentView.detail != nil { state.rebuildDocumentLines() }
            state.clampAll()
            return state.previewSelection()
        case .listLoaded(let all):
            let listing = state.unreadOnly ? all.filter { !all.read.contains($0) } : all
            let previous = state.list.id(at: state.list.selection)
            state.list.listing = listing
            state.list.rows = [:]
            state.list.asked = []
            state.list.missed = false
            state.list.loaded = true
            state.list.selection = previous.flatMap { listing.ids.firstIndex(of: $0) } ?? 0
            state.list.scroll = 0
            if state.list.filterChanged, state.location.isBrowse, let id = state.reader.articleID,
               !listing.ids.contains(id) {
                // The reader shows what the list holds: an article the new filter left out goes.
                state.clearReader()
            }
            state.list.filterChanged = false
            state.clampAll()
            return state.previewSelection()
        case .rowsLoaded(let asked, let summaries):
            state.list.keep(summaries, asked: asked, screen: state.listHeight,
                            gone: state.lang("(bài không còn trong kho)", "(no longer in the corpus)"))
            return []
        case .titleFound(let query, let index):
            // An answer to a query typed over since is dropped.
            guard state.reader.search.query == query else { return [] }
            if let index {
                state.list.missed = false
                state.list.selection = index
                state.clampAll()
            } else {
                state.list.missed = true
                state.message = Search.notFound(query, state.lang)
            }
            return []
        case .articleLoaded(let id, let article, let entities):
            state.reader.articleID = id
            state.reader.article = article
            state.reader.entities = entities
            state.reader.document = ReaderDocument(article: article, entities: entities, lang: state.lang)
            state.reader.wrapWidth = 0
            state.reader.scroll = 0
            state.reader.selectedLink = nil
            state.reader.search = SearchState()
            state.sidebar = SidebarState()
            state.sidebar.need = state.sidebarNeed
            state.rewrapReader()
            if let restore = state.pendingRestore, restore.location == .browse(article: id) {
                state.reader.scroll = restore.scroll
                state.reader.selectedLink = restore.selectedLink
                state.pendingRestore = nil
            }
            state.clampAll()
            state.applyPendingCitation()
            state.applyPendingPosition()
            return []
        case .documentLoaded(let detail, let key):
            state.documentView.key = key
            state.documentView.detail = detail
            state.rebuildDocumentLines()
            state.documentView.selection = state.firstSelectable(state.documentLines) ?? 0
            state.documentView.scroll = 0
            if let restore = state.pendingRestore, restore.location == .document(key: key) {
                state.documentView.selection = restore.selection
                state.documentView.scroll = restore.scroll
                state.pendingRestore = nil
            }
            state.clampAll()
            return []
        case .documentsLoaded(let docs):
            state.documentsIndex.all = docs
            state.documentsIndex.loaded = true
            state.refreshDocumentsShown()
            state.clampAll()
            return []
        case .provincesLoaded(let counts, let merged):
            state.picker.counts = counts
            state.picker.merged = merged
            state.picker.selection = 0
            state.picker.scroll = 0
            return []
        case .failed(let message):
            state.fail(message)
            return []
        case .bookmarksLoaded(let items):
            state.bookmarked = Set(items.map(\.id))
            state.bookmarks.items = items
            state.bookmarks.loaded = true
            state.clampAll()
            return []
        case .lastPositionLoaded(let position):
            guard let position else { return [] }
            let id = position.articleID
            if let index = state.list.listing.ids.firstIndex(of: id) {
                state.list.selection = index
                state.clampAll()
            }
            state.pendingPosition = position
            let effects = state.openArticle(id)
            state.applyPendingPosition()
            return effects
        case .citesResolved(let filter):
            return state.applyFilter(filter)
        case .unknownDocument(let typed, let nearest):
            state.fail(FilterNames.unknownDocument(typed, nearest: nearest, state.lang))
            return []
        case .fetchProgress(let line):
            if state.fetching != nil { state.fetching = line }
            return []
        case .fetchFinished(let message):
            state.fetching = nil
            state.message = message
            return [.loadList(state.filter)]
        case .mouse(let event):
            state.message = nil
            state.messageIsError = false
            return Mouse.handle(&state, event)
        case .key(let key):
            state.message = nil
            state.messageIsError = false
            if state.prompt != nil { return PromptEditing.handle(&state, key) }
            if state.location == .provinces, let effects = Picker.handleTyping(&state, key) { return effects }
            guard let command = state.keymap.command(for: key) else { return [] }
            return Commands.run(&state, command)
        }
    }
}

extension AppState {
    /// Scrolls the reader to the last session's top line, once its article is open: the line
    /// holding the first character shown then, wherever the new width wraps it (a position saved
    /// without one keeps its line index).
    mutating func applyPendingPosition() {
        guard let position = pendingPosition, position.articleID == reader.articleID else { return }
        pendingPosition = nil
        if let anchor = position.anchor, let line = reader.lines.firstIndex(where: { $0.paragraph == anchor.paragraph && $0.end > anchor.offset })
            ?? reader.lines.lastIndex(where: { $0.paragraph == anchor.paragraph }) {
            reader.scroll = line
        } else {
            reader.scroll = position.scroll
        }
        clampAll()
        if let link = position.selectedLink, reader.document?.links.indices.contains(link) == true, Links.isVisible(self, link) {
            reader.selectedLink = link
        }
    }

    /// The article being read (the reader focused, not a preview of the list's selection), its
    /// top line and selected link, for the next start; nil forgets.
    var readingPosition: ReadingPosition? {
        guard let id = reader.articleID, location.isBrowse, focus != .list else { return nil }
        let top = reader.lines[safe: reader.scroll]
        return ReadingPosition(articleID: id, scroll: reader.scroll, selectedLink: reader.selectedLink,
                               anchor: top.map { TextAnchor(paragraph: $0.paragraph, offset: $0.start) })
    }

    /// Empties the reader (and the sidebar that shows its entities).
    mutating func clearReader() {
        reader = ReaderState()
        sidebar = SidebarState()
        if history.indices.contains(historyIndex), location.isBrowse { history[historyIndex].location = .browse(article: nil) }
        if focus != .list { focus = .list }
    }

    /// Re-wraps the open article when the reader width changed, keeping the top paragraph in view.
    mutating func rewrapReader() {
        guard let document = reader.document else { reader.lines = []; return }
        let width = readerWidth
        guard width != reader.wrapWidth else { return }
        let anchor = reader.lines.indices.contains(reader.scroll) ? reader.lines[reader.scroll] : nil
        reader.lines = document.wrap(width: width)
        reader.wrapWidth = width
        if let anchor {
            reader.scroll = reader.lines.firstIndex(where: { $0.paragraph == anchor.paragraph && $0.end > anchor.start }) ?? 0
        }
    }

    /// Keeps every selection and scroll inside its content and the selection on screen.
    mutating func clampAll() {
        let listRows = listHeight
        list.selection = clamp(list.selection, count: list.count)
        list.scroll = scrollFor(selection: list.selection, scroll: list.scroll, rows: listRows, count: list.count)

        let readerRows = readerHeight
        reader.scroll = max(0, min(reader.scroll, max(0, reader.lines.count - readerRows)))

        // The other views are clamped only while shown: their rows can be long to compute.
        switch location {
        case .browse: clampSidebar()
        case .document: clampDocumentView()
        case .documents: clampDocumentsIndex()
        case .provinces: clampPicker()
        case .bookmarks:
            bookmarks.selection = clamp(bookmarks.selection, count: bookmarks.items.count)
            bookmarks.scroll = scrollFor(selection: bookmarks.selection, scroll: bookmarks.scroll, rows: pageHeight, count: bookmarks.items.count)
        case .help: helpScroll = max(0, min(helpScroll, max(0, HelpView.lines(keymap, width: width, lang: lang).count - pageHeight)))
        }
    }

    mutating func clampSidebar() {
        let selectable = sidebarSelectable
        if selectable.isEmpty { sidebar.selection = 0 } else if !selectable.contains(sidebar.selection) {
            sidebar.selection = selectable.first(where: { $0 >= sidebar.selection }) ?? selectable.last ?? 0
        }
        sidebar.scroll = scrollFor(selection: sidebar.selection, scroll: sidebar.scroll, rows: sidebarHeight, count: sidebarItems.count)
    }

    mutating func clampDocumentView() {
        let docLines = documentLines
        documentView.selection = clamp(documentView.selection, count: docLines.count)
        documentView.scroll = scrollFor(selection: documentView.selection, scroll: documentView.scroll, rows: pageHeight, count: docLines.count)
    }

    mutating func clampDocumentsIndex() {
        let docs = documentsShown.count
        documentsIndex.selection = clamp(documentsIndex.selection, count: docs)
        documentsIndex.scroll = scrollFor(selection: documentsIndex.selection, scroll: documentsIndex.scroll, rows: max(0, pageHeight - 1), count: docs)
    }

    mutating func clampPicker() {
        let provinces = pickerShown.count
        picker.selection = clamp(picker.selection, count: provinces)
        picker.scroll = scrollFor(selection: picker.selection, scroll: picker.scroll, rows: max(0, pageHeight - 1), count: provinces)
    }

    func clamp(_ value: Int, count: Int) -> Int { max(0, min(value, count - 1)) }

    func scrollFor(selection: Int, scroll: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var s = scroll
        if selection < s { s = selection }
        if selection >= s + rows { s = selection - rows + 1 }
        return max(0, min(s, max(0, count - rows)))
    }

    func firstSelectable(_ lines: [PageLine]) -> Int? {
        lines.firstIndex(where: { $0.target != nil })
    }
}
