import BaoStore


/// What each keymap command does, depending on the page and the focused pane.
enum Commands {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .quit:
            state.shouldQuit = true
            return []
        case .help:
            return state.location == .help ? state.back() : state.push(.help)
        case .back:
            return state.back()
        case .forward:
            return state.forward()
        case .close:
            return state.close()
        case .cancel:
            return state.cancel()
        case .nextUnread:
            return Unread.next(&state)
        case .unreadOnly:
            guard state.location.isBrowse else { return [] }
            state.unreadOnly.toggle()
            state.list.filterChanged = true
            state.message = state.unreadOnly ? state.lang("Chỉ hiện bài chưa đọc (U: hiện tất cả)", "Unread articles only (U: show all)") : nil
            return [.loadList(state.filter)]
        case .bookmark:
            return Unread.toggleBookmark(&state)
        case .bookmarks:
            return state.location == .bookmarks ? [] : state.push(.bookmarks)
        case .zoom:
            guard state.location.isBrowse else { return [] }
            state.zoomed.toggle()
            if state.zoomed && state.focus == .sidebar && state.sidebarHidden { state.focus = .reader }
            state.rewrapReader()
            state.clampAll()
            state.message = state.zoomed ? state.lang("Phóng to khung đang chọn (z: trở lại)", "Focused pane zoomed (z: back)") : nil
            return state.previewSelection()
        case .toggleSidebar:
            guard state.location.isBrowse else { return [] }
            state.sidebarHidden.toggle()
            if state.sidebarHidden && state.focus == .sidebar { state.focus = .reader }
            state.rewrapReader()
            state.clampAll()
            return []
        case .provinces:
            return state.location == .provinces ? [] : state.push(.provinces)
        case .documents:
            return state.location == .documents ? [] : state.push(.documents)
        case .clearFilters:
            if state.location == .documents {
                state.clearDocumentsFilter()
                return []
            }
            state.reader.search = SearchState()
            state.unreadOnly = false
            return state.applyFilter(ArticleFilter())
        case .commandLine:
            state.prompt = Prompt(kind: .command)
            return []
        case .search:
            switch state.location {
            case .documents:
                // A new / starts a new filter: the old one is replaced as it is typed over.
                state.prompt = Prompt(kind: .documentsFilter)
            case .browse:
                state.prompt = Prompt(kind: .search(state.focus == .list ? .list : .reader))
                if state.focus != .list { state.focus = .reader }
            default:
                state.message = state.lang("Chỉ tìm được trong bài, danh sách bài và danh mục văn bản",
                                           "Search works in the reader, the article list and the documents index")
            }
            return []
        case .searchNext, .searchPrevious:
            return Search.step(&state, forward: command == .searchNext)
        case .citesFilter:
            guard let key = state.selectedDocumentKey else {
                state.message = state.lang("Hãy chọn một văn bản trước (liên kết trong bài, khung thực thể hoặc danh mục văn bản)",
                                           "Select a document first (a link in the reader, the entity sidebar or the documents index)")
                return []
            }
            var filter = state.filter
            filter.cites = key
            return state.applyFilter(filter)
        case .toggleRead:
            guard state.location.isBrowse else { return [] }
            let id = state.focus == .list ? state.list.id(at: state.list.selection)
                : state.reader.articleID ?? state.list.id(at: state.list.selection)
            guard let id, state.list.listing.ids.contains(id) else { return [] }
            let read = !state.list.listing.read.contains(id)
            if read { state.list.listing.read.insert(id) } else { state.list.listing.read.remove(id) }
            return [.setRead(id, read)]
        case .openSource:
            guard let url = state.reader.article?.url, !url.isEmpty else {
                state.message = state.lang("Bài này không có URL nguồn", "This article has no source URL")
                return []
            }
            return [.openURL(url)]
        case .fetch:
            return startFetch(&state)
        case .sort:
            if state.location.isBrowse, state.filter.query != nil {
                // A search list: best match first, or newest first.
                var filter = state.filter
                filter.byDate.toggle()
                state.message = filter.byDate ? state.lang("Kết quả tìm: mới nhất trước", "Search results: newest first")
                    : state.lang("Kết quả tìm: khớp nhất trước", "Search results: best match first")
                return state.applyFilter(filter)
            }
            guard state.location == .documents else { return [] }
            let all = DocumentSort.allCases
            let next = ((all.firstIndex(of: state.documentsIndex.sort) ?? 0) + 1) % all.count
            state.documentsIndex.sort = all[next]
            state.refreshDocumentsShown()
            state.documentsIndex.selection = 0
            state.clampAll()
            state.message = state.lang("Sắp xếp theo ", "Sorted by ") + all[next].label(state.lang)
            return []
        case .nextPane, .previousPane:
            guard state.location.isBrowse else { return [] }
            let panes = Pane.allCases.filter { $0 != .sidebar || !state.sidebarHidden }
            let step = command == .nextPane ? 1 : panes.count - 1
            state.focus = panes[((panes.firstIndex(of: state.focus) ?? 0) + step) % panes.count]
            state.rewrapReader()
            state.clampAll()
            return []
        case .nextLink, .previousLink:
            guard state.location.isBrowse else { return [] }
            Links.step(&state, forward: command == .nextLink)
            return []
        case .open:
            return open(&state)
        case .down, .up, .pageDown, .pageUp, .top, .bottom:
            Movement.move(&state, command)
            return state.previewSelection()
        }
    }

    /// `u` and `b`: the next unread article, bookmarks.
enum Unread {
    /// Selects the next unread article after the selection, wrapping around; previews it from
    /// the list, opens it from the reader.
    static func next(_ state: inout AppState) -> [Effect] {
        guard state.location.isBrowse else { return [] }
        let list = state.list.listing
        let start = state.list.selection
        guard let offset = (1...max(1, list.count)).first(where: { offset in
            list.ids[safe: (start + offset) % max(1, list.count)].map { !list.read.contains($0) } ?? false
        }) else {
            state.message = state.lang("Không còn bài chưa đọc trong danh sách", "No unread article left in the list")
            return []
        }
        let index = (start + offset) % list.count
        state.list.selection = index
        state.clampAll()
        if state.focus == .list { return state.previewSelection() }
        return state.openArticle(list.ids[index])
    }

    /// Bookmarks the selected article (list, bookmarks view) or the one being read, or removes the bookmark.
    static func toggleBookmark(_ state: inout AppState) -> [Effect] {
        let id: Int64?
        switch state.location {
        case .bookmarks: id = state.bookmarks.items[safe: state.bookmarks.selection]?.id
        case .browse: id = state.focus == .list ? state.list.id(at: state.list.selection) : state.reader.articleID
        default: id = nil
        }
        guard let id else {
            state.message = state.lang("Hãy chọn một bài trước", "Select an article first")
            return []
        }
        let on = !state.bookmarked.contains(id)
        if on { state.bookmarked.insert(id) } else { state.bookmarked.remove(id) }
        state.message = on ? state.lang("Đã đánh dấu bài (B: danh sách đánh dấu)", "Bookmarked (B: bookmarks)")
                           : state.lang("Đã bỏ đánh dấu", "Bookmark removed")
        return [.setBookmarked(id, on)]
    }
}

/// Enter: open the selected article, follow the selected link or entity, pick the selected row.
    static func open(_ state: inout AppState) -> [Effect] {
        switch state.location {
        case .browse:
            switch state.focus {
            case .list:
                guard let id = state.list.id(at: state.list.selection) else { return [] }
                if state.reader.articleID == id {
                    // Already previewed: reading it is moving into the reader.
                    state.focus = .reader
                    state.rewrapReader()
                    state.clampAll()
                    return state.markOpened(id)
                }
                return state.openArticle(id)
            case .reader:
                guard let link = state.reader.selectedLink.flatMap({ state.reader.document?.links[safe: $0] }) else {
                    state.message = state.lang("Chưa chọn liên kết: ] và [ để chuyển giữa các liên kết trích dẫn",
                                               "No link selected: ] and [ move between citation links")
                    return []
                }
                return state.openDocument(link.key)
            case .sidebar:
                guard let item = state.sidebarItems[safe: state.sidebar.selection], let target = item.target else { return [] }
                switch target {
                case .province(let name):
                    // The sidebar names the article's pre-2025 provinces.
                    return state.applyFilter(ArticleFilter(province: name, provinceEra: .before2025))
                case .document(let key):
                    return state.openDocument(key)
                case .person(let name), .organization(let name):
                    return state.applyFilter(ArticleFilter(query: "\"" + name + "\""))
                }
            }
        case .document:
            guard let line = state.documentLines[safe: state.documentView.selection], let target = line.target else { return [] }
            switch target {
            case .article(let id): return state.openArticle(id)
            case .citation(let id, let key, let ordinal): return state.openCitation(article: id, key: key, ordinal: ordinal)
            case .document(let key): return state.openDocument(key)
            case .province(let name): return state.applyFilter(ArticleFilter(province: name, provinceEra: .before2025))
            }
        case .documents:
            guard let doc = state.documentsShown[safe: state.documentsIndex.selection] else { return [] }
            return state.openDocument(doc.key)
        case .provinces:
            return Picker.pick(&state)
        case .bookmarks:
            guard let item = state.bookmarks.items[safe: state.bookmarks.selection] else { return [] }
            return state.openArticle(item.id)
        case .help:
            return state.back()
        }
    }
}

extension Commands {
    /// Starts a fetch unless one is running; the status line shows its progress until it ends.
    static func startFetch(_ state: inout AppState) -> [Effect] {
        guard state.fetching == nil else {
            state.message = state.lang("Đang tải tin, chờ lượt này xong", "Fetching already: wait for this run to end")
            return []
        }
        state.fetching = state.lang("Đang tải tin…", "Fetching…")
        return [.fetch]
    }
}

extension AppState {
    /// The document the user points at: the selected link, sidebar entry, document view or index row.
    var selectedDocumentKey: String? {
        switch location {
        case .document(let key):
            if let line = documentLines[safe: documentView.selection], case .document(let other)? = line.target { return other }
            return key
        case .documents:
            return documentsShown[safe: documentsIndex.selection]?.key
        case .browse:
            if focus == .sidebar, case .document(let key)? = sidebarItems[safe: sidebar.selection]?.target { return key }
            if let link = reader.selectedLink.flatMap({ reader.document?.links[safe: $0] }) { return link.key }
            return nil
        default:
            return nil
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
