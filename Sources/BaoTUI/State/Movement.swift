import BaoText

/// j/k, pages, top and bottom in whatever the current page or pane shows.
enum Movement {
    static func move(_ state: inout AppState, _ command: Command) {
        switch state.location {
        case .browse:
            switch state.focus {
            case .list:
                state.list.selection = step(state.list.selection, command, rows: state.listHeight, count: state.list.count)
            case .reader:
                let rows = state.readerHeight
                let maxScroll = max(0, state.reader.lines.count - rows)
                switch command {
                case .down: state.reader.scroll += 1
                case .up: state.reader.scroll -= 1
                case .pageDown: state.reader.scroll += max(1, rows - 1)
                case .pageUp: state.reader.scroll -= max(1, rows - 1)
                case .top: state.reader.scroll = 0
                case .bottom: state.reader.scroll = maxScroll
                default: break
                }
                state.reader.scroll = max(0, min(state.reader.scroll, maxScroll))
                // The selected link stays selected only while it is on screen, as in lynx.
                if let link = state.reader.selectedLink, !Links.isVisible(state, link) { state.reader.selectedLink = nil }
            case .sidebar:
                let selectable = state.sidebarSelectable
                guard let current = selectable.firstIndex(of: state.sidebar.selection) ?? selectable.indices.first else { return }
                let next = step(current, command, rows: state.sidebarHeight, count: selectable.count)
                state.sidebar.selection = selectable[next]
            }
        case .document:
            let lines = state.documentLines
            let selectable = lines.indices.filter { lines[$0].target != nil }
            if selectable.isEmpty {
                state.documentView.scroll = step(state.documentView.scroll, command, rows: state.pageHeight, count: max(1, lines.count - state.pageHeight + 1))
            } else {
                let current = selectable.firstIndex(where: { $0 >= state.documentView.selection }) ?? 0
                state.documentView.selection = selectable[step(current, command, rows: max(1, state.pageHeight / 3), count: selectable.count)]
                if command == .top { state.documentView.scroll = 0 }
            }
        case .documents:
            state.documentsIndex.selection = step(state.documentsIndex.selection, command, rows: state.pageHeight - 1, count: state.documentsShown.count)
        case .provinces:
            state.picker.selection = step(state.picker.selection, command, rows: state.pageHeight - 1, count: state.pickerShown.count)
        case .bookmarks:
            state.bookmarks.selection = step(state.bookmarks.selection, command, rows: state.pageHeight, count: state.bookmarks.items.count)
        case .help:
            let total = HelpView.lines(state.keymap, width: state.width, lang: state.lang).count
            state.helpScroll = step(state.helpScroll, command, rows: state.pageHeight, count: max(1, total - state.pageHeight + 1))
        }
        state.clampAll()
    }

    static func step(_ value: Int, _ command: Command, rows: Int, count: Int) -> Int {
        let page = max(1, rows - 1)
        var v = value
        switch command {
        case .down: v += 1
        case .up: v -= 1
        case .pageDown: v += page
        case .pageUp: v -= page
        case .top: v = 0
        case .bottom: v = count - 1
        default: break
        }
        return max(0, min(v, count - 1))
    }
}

/// `]` and `[`: citation links of the reader, in reading order.
enum Links {
    static func step(_ state: inout AppState, forward: Bool) {
        guard let document = state.reader.document, !document.links.isEmpty else {
            state.message = state.reader.article == nil ? state.lang("Hãy mở một bài trước (Enter ở danh sách)", "Open an article first (Enter in the list)")
                : state.lang("Bài này không trích dẫn văn bản nào", "This article cites no document")
            return
        }
        // Links live in the reader: moving between them shows it.
        state.focus = .reader
        let next: Int
        if let current = state.reader.selectedLink {
            next = forward ? current + 1 : current - 1
        } else {
            // Start from what is on screen, as lynx does.
            let top = state.reader.scroll
            let visible = document.links.indices.filter { isVisible(state, $0) }
            if forward {
                next = visible.first ?? (document.links.indices.first(where: { line(of: state, link: $0) ?? 0 >= top }) ?? 0)
            } else {
                next = visible.last ?? (document.links.indices.last(where: { line(of: state, link: $0) ?? 0 < top }) ?? 0)
            }
        }
        guard document.links.indices.contains(next) else {
            state.message = forward ? state.lang("Không còn liên kết nào phía dưới", "No link further down") : state.lang("Không còn liên kết nào phía trên", "No link further up")
            return
        }
        state.reader.selectedLink = next
        scrollTo(&state, link: next)
    }

    static func line(of state: AppState, link: Int) -> Int? {
        guard let l = state.reader.document?.links[safe: link] else { return nil }
        return state.reader.lines.firstIndex(where: { $0.paragraph == l.paragraph && $0.end > l.range.lowerBound })
    }

    static func isVisible(_ state: AppState, _ link: Int) -> Bool {
        guard let line = line(of: state, link: link) else { return false }
        return line >= state.reader.scroll && line < state.reader.scroll + state.readerHeight
    }

    static func scrollTo(_ state: inout AppState, link: Int) {
        guard let line = line(of: state, link: link) else { return }
        scrollReader(&state, toShow: line)
    }

    /// Scrolls the reader so that `line` is visible, with a little context above it.
    static func scrollReader(_ state: inout AppState, toShow line: Int) {
        let rows = state.readerHeight
        if line < state.reader.scroll || line >= state.reader.scroll + rows {
            state.reader.scroll = max(0, line - max(0, rows / 3))
        }
        state.clampAll()
    }
}

/// `/`, `n`, `N`: incremental search in the reader (highlighting every match) or in list titles.
enum Search {
    /// Searches as the query is typed. `appended` says the query is the previous one plus a
    /// character: a query that found nothing then finds nothing again, without a look (typing
    /// on after a miss, or a long paste, costs nothing per key).
    static func update(_ state: inout AppState, pane: Pane, query: String, appended: Bool = false) -> [Effect] {
        if pane == .list {
            let missed = appended && state.list.missed
            state.reader.search.query = query
            if missed {
                state.message = notFound(query, state.lang)
                return []
            }
            return selectTitle(&state, query: query, from: state.list.selection, forward: true)
        }
        guard let document = state.reader.document else { return [] }
        if appended, state.reader.search.matches.isEmpty, !state.reader.search.query.trimmedWhitespace.isEmpty {
            state.reader.search.query = query
            return []
        }
        let matches = document.matches(of: query)
        state.reader.search = SearchState(query: query, matches: matches, current: nil)
        guard !matches.isEmpty else { return [] }
        let top = state.reader.scroll
        let index = matches.firstIndex(where: { (line(of: state, $0) ?? 0) >= top }) ?? 0
        state.reader.search.current = index
        if let l = line(of: state, matches[index]) { Links.scrollReader(&state, toShow: l) }
        return []
    }

    static func step(_ state: inout AppState, forward: Bool) -> [Effect] {
        let query = state.reader.search.query
        guard !query.isEmpty else { state.message = state.lang("Chưa có tìm kiếm: gõ / để tìm", "No search yet: / searches"); return [] }
        if state.focus == .list && state.location.isBrowse {
            let start = state.list.selection + (forward ? 1 : -1)
            return selectTitle(&state, query: query, from: start, forward: forward)
        }
        let matches = state.reader.search.matches
        guard !matches.isEmpty else { state.message = notFound(query, state.lang); return [] }
        let count = matches.count
        let current = state.reader.search.current ?? (forward ? -1 : 0)
        let next = ((current + (forward ? 1 : -1)) % count + count) % count
        state.reader.search.current = next
        state.message = state.lang("Kết quả ", "Match ") + "\(next + 1)/\(count)"
        if let l = line(of: state, matches[next]) { Links.scrollReader(&state, toShow: l) }
        return []
    }

    static func line(of state: AppState, _ match: TextMatch) -> Int? {
        state.reader.lines.firstIndex(where: { $0.paragraph == match.paragraph && $0.end > match.range.lowerBound })
    }

    /// Looks for the title through the store, which walks the rows without the list holding
    /// them all (`Effect.findTitle`; the answer is `Action.titleFound`).
    static func selectTitle(_ state: inout AppState, query: String, from: Int, forward: Bool) -> [Effect] {
        state.list.missed = false
        guard !Folding.fold(query.trimmedWhitespace).isEmpty, state.list.count > 0 else { return [] }
        return [.findTitle(query, from: from, forward: forward)]
    }

    /// "Không tìm thấy: QUERY", the query cut to its first 200 columns (looked at no further).
    static func notFound(_ query: String, _ lang: Language) -> String {
        let shown = DisplayWidth.prefix(query, fitting: 200)
        return lang("Không tìm thấy: ", "Not found: ") + shown + (shown.utf8.count < query.utf8.count ? "…" : "")
    }
}

