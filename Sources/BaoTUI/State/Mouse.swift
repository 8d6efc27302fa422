import BaoText

/// Click to select (and open), wheel to scroll, click a link to follow it.
enum Mouse {
    static func handle(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        if state.prompt != nil { return [] }
        let layout = state.layout
        switch state.location {
        case .browse:
            let panes: [(Pane, Rect?)] = [(.list, layout.list), (.reader, layout.reader), (.sidebar, layout.sidebar)]
            guard let (pane, rect) = panes.first(where: { $0.1?.contains(x: event.x, y: event.y) == true }),
                  let rect else { return [] }
            let row = event.y - rect.y - 1
            switch event.kind {
            case .wheelUp, .wheelDown:
                let previous = state.focus
                state.focus = pane
                for _ in 0..<3 { Movement.move(&state, event.kind == .wheelDown ? .down : .up) }
                let effects = state.previewSelection()
                state.focus = previous
                state.clampAll()
                return effects
            case .click:
                state.focus = pane
                guard row >= 0 else { return [] }
                switch pane {
                case .list:
                    let index = state.list.scroll + row
                    guard index >= 0, index < state.list.count else { return [] }
                    state.list.selection = index
                    return Commands.open(&state)
                case .sidebar:
                    let index = state.sidebar.scroll + row
                    guard state.sidebarSelectable.contains(index) else { return [] }
                    state.sidebar.selection = index
                    return Commands.open(&state)
                case .reader:
                    guard let link = linkAt(state, rect: rect, x: event.x, row: row) else { return [] }
                    state.reader.selectedLink = link
                    return Commands.open(&state)
                }
            }
        case .document, .documents, .provinces, .help, .bookmarks:
            switch event.kind {
            case .wheelUp, .wheelDown:
                for _ in 0..<3 { Movement.move(&state, event.kind == .wheelDown ? .down : .up) }
                return []
            case .click:
                let row = event.y - 1
                guard row >= 0 else { return [] }
                switch state.location {
                case .document:
                    let index = state.documentView.scroll + row
                    guard state.documentLines[safe: index]?.target != nil else { return [] }
                    state.documentView.selection = index
                case .documents:
                    let index = state.documentsIndex.scroll + row - 1
                    guard state.documentsShown.indices.contains(index) else { return [] }
                    state.documentsIndex.selection = index
                case .provinces:
                    let index = state.picker.scroll + row - 1
                    guard state.pickerShown.indices.contains(index) else { return [] }
                    state.picker.selection = index
                case .bookmarks:
                    let index = state.bookmarks.scroll + row
                    guard state.bookmarks.items.indices.contains(index) else { return [] }
                    state.bookmarks.selection = index
                default:
                    return []
                }
                return Commands.open(&state)
            }
        }
    }

    /// The link under a click in the reader, by walking the line's graphemes and their widths.
    static func linkAt(_ state: AppState, rect: Rect, x: Int, row: Int) -> Int? {
        guard let document = state.reader.document,
              let line = state.reader.lines[safe: state.reader.scroll + row],
              let para = document.paragraphs[safe: line.paragraph] else { return nil }
        var column = rect.x + 1
        for i in line.start..<min(line.end, para.chars.count) {
            let w = DisplayWidth.of(para.chars[i])
            if x >= column && x < column + max(1, w) { return para.links[i] }
            column += w
        }
        return nil
    }
}
