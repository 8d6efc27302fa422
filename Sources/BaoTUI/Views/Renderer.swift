import BaoText
import BaoArticle
import BaoStore


/// Draws the whole state into a fresh screen: the pure counterpart of what the terminal shows.
public enum Renderer {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let layout = state.layout
        switch state.location {
        case .browse where state.welcome != nil:
            if let welcome = state.welcome { WelcomeView.draw(state, welcome, into: &screen, rect: layout.main) }
        case .browse:
            if let r = layout.list { ListView.draw(state, into: &screen, rect: r) }
            if let r = layout.reader { ReaderView.draw(state, into: &screen, rect: r) }
            if let r = layout.sidebar { SidebarView.draw(state, into: &screen, rect: r) }
            for x in layout.separators {
                for y in 0..<layout.main.height { screen.put("│", x: x, y: y, role: .separator) }
            }
        case .document:
            PageView.draw(title: state.lang("Văn bản", "Document"), lines: state.documentLines, selection: state.documentView.selection,
                          scroll: state.documentView.scroll, into: &screen, rect: layout.main)
        case .documents:
            DocumentsIndexView.draw(state, into: &screen, rect: layout.main)
        case .provinces:
            PickerView.draw(state, into: &screen, rect: layout.main)
        case .help:
            HelpView.draw(state, into: &screen, rect: layout.main)
        case .bookmarks:
            BookmarksView.draw(state, into: &screen, rect: layout.main)
        }
        StatusLine.draw(state, into: &screen, rect: layout.status)
        return screen
    }

    /// A pane's header line: its title, reversed when the pane has focus.
    static func header(_ title: String, focused: Bool, into screen: inout Screen, rect: Rect) {
        let role: Role = focused ? .headerFocused : .header
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        screen.put(" " + title, x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
    }
}

enum ListView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        let list = state.list
        let position = list.count == 0 ? "0" : "\(list.selection + 1)/\(list.count)"
        Renderer.header(state.lang("Bài viết ", "Articles ") + position, focused: state.focus == .list, into: &screen, rect: rect)
        let rows = Layout.bodyHeight(rect)
        if list.count == 0 && list.loaded {
            let text: String
            if state.unreadOnly && state.filter.isEmpty {
                text = state.lang(" Không còn bài chưa đọc (U: hiện tất cả).", " No unread article left (U: show all).")
            } else if state.filter.isEmpty {
                text = state.lang(" Không có bài nào trong kho.", " No article in the corpus.")
            } else {
                text = state.lang(" Không có bài nào khớp bộ lọc (x: bỏ lọc).", " No article matches the filter (x: clear it).")
            }
            screen.put(text,
                       x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .dim)
            return
        }
        let columns = ListColumns(width: rect.width)
        // A search list shows what matched in each title: the query's phrase, not a lone syllable.
        let highlight = state.filter.query.flatMap(SearchHighlight.init(query:))
        for row in 0..<rows {
            let index = list.scroll + row
            guard index < list.count else { break }
            let selected = index == list.selection
            let line = Rect(x: rect.x, y: rect.y + 1 + row, width: rect.width, height: 1)
            guard let item = list.item(at: index) else {
                // A row not fetched yet (the runtime fetches them before drawing): its place only.
                if selected { screen.fill(line, role: state.focus == .list ? .selected : .selectedUnfocused) }
                continue
            }
            drawRow(item, state, selected: selected, focused: state.focus == .list, columns: columns,
                    highlight: highlight, into: &screen, rect: line)
        }
    }

    /// One article row: unread and bookmark marks, date (~ when its year was inferred),
    /// province, title cut with "…" and, in a search list, what matched in it.
    static func drawRow(_ item: ArticleSummary, _ state: AppState, selected: Bool, focused: Bool, columns: ListColumns,
                        highlight: SearchHighlight? = nil, into screen: inout Screen, rect: Rect) {
        let y = rect.y
        let rowRole: Role = selected ? (focused ? .selected : .selectedUnfocused) : .normal
        screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: rowRole)
        var x = rect.x
        x += screen.put(item.isRead ? " " : "*", x: x, y: y, maxWidth: 1, role: selected ? rowRole : .unread)
        x += screen.put(state.bookmarked.contains(item.id) ? "+ " : "  ", x: x, y: y, maxWidth: 2, role: selected ? rowRole : .unread)
        if columns.date {
            let date = String((item.published ?? "").prefix(10))
            let mark = item.publishedInferred ? PublishedDate.inferredMark : " "
            x += screen.put(DisplayWidth.fit(date, to: 10, ellipsis: false) + mark + " ", x: x, y: y, maxWidth: 12,
                            role: selected ? rowRole : .meta)
        }
        if columns.province {
            let province = DisplayWidth.fit(item.primaryProvince ?? "", to: ListColumns.provinceWidth)
            x += screen.put(province + " ", x: x, y: y, maxWidth: ListColumns.provinceWidth + 1, role: selected ? rowRole : .place)
        }
        let room = rect.x + rect.width - x
        let title = DisplayWidth.fit(item.title, to: room)
        guard let highlight, !selected else {
            screen.put(title, x: x, y: y, maxWidth: room, role: rowRole)
            return
        }
        // The fitted title keeps the original's characters up to the cut, so offsets agree.
        let matched = highlight.ranges(in: item.title)
        let limit = rect.x + rect.width
        for (offset, character) in title.enumerated() {
            let role: Role = matched.contains { $0.contains(offset) } ? .match : rowRole
            x = screen.put(character, x: x, y: y, limit: limit, role: role)
            if x >= limit { break }
        }
    }
}

/// The bookmarks view: bookmarked articles as list rows, most recent first.
enum BookmarksView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        let items = state.bookmarks.items
        Renderer.header(state.lang("Bài đã đánh dấu", "Bookmarks") + " (\(items.count))", focused: true, into: &screen, rect: rect)
        if items.isEmpty && state.bookmarks.loaded {
            screen.put(state.lang(" Chưa có bài nào được đánh dấu: b ở danh sách hoặc khi đọc để đánh dấu. q: đóng",
                                  " No bookmark yet: b in the list or the reader bookmarks an article. q: close"),
                       x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .dim)
            return
        }
        let columns = ListColumns(width: rect.width)
        for row in 0..<Layout.bodyHeight(rect) {
            let index = state.bookmarks.scroll + row
            guard let item = items[safe: index] else { break }
            ListView.drawRow(item, state, selected: index == state.bookmarks.selection, focused: true, columns: columns,
                             into: &screen, rect: Rect(x: rect.x, y: rect.y + 1 + row, width: rect.width, height: 1))
        }
    }
}

/// Which columns a list row has at a width: marks always, the date from 40 columns, the
/// province from 64, so that the title keeps at least about 30 columns.
struct ListColumns {
    static let provinceWidth = 14
    var date: Bool
    var province: Bool

    init(width: Int) {
        date = width >= 40
        province = width >= 64
    }
}

enum ReaderView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        let reader = state.reader
        let lines = reader.lines
        let rows = Layout.bodyHeight(rect)
        var title = state.lang("Đọc", "Reader")
        if !lines.isEmpty {
            let last = min(lines.count, reader.scroll + rows)
            title += " \(lines.count <= rows ? 100 : last * 100 / max(1, lines.count))%"
        }
        Renderer.header(title, focused: state.focus == .reader, into: &screen, rect: rect)
        guard let document = reader.document else {
            screen.put(DisplayWidth.fit(state.lang(" Enter: mở bài đang chọn.", " Enter: open the selected article."), to: rect.width), x: rect.x, y: rect.y + 1,
                       maxWidth: rect.width, role: .dim)
            return
        }
        let matches = reader.search.matches
        let current = reader.search.current.flatMap { matches[safe: $0] }
        for row in 0..<rows {
            guard let line = lines[safe: reader.scroll + row], let para = document.paragraphs[safe: line.paragraph] else { continue }
            let y = rect.y + 1 + row
            var x = rect.x + 1
            let limit = rect.x + rect.width
            let lineMatches = matches.filter { $0.paragraph == line.paragraph && $0.range.overlaps(line.start..<line.end) }
            for i in line.start..<min(line.end, para.chars.count) {
                var role = para.roles[i]
                if let link = para.links[i], link == reader.selectedLink { role = .linkSelected }
                if lineMatches.contains(where: { $0.range.contains(i) }) {
                    role = (current?.paragraph == line.paragraph && current?.range.contains(i) == true) ? .matchCurrent : .match
                }
                x = screen.put(para.chars[i], x: x, y: y, limit: limit, role: role)
                if x >= limit { break }
            }
        }
    }
}

enum SidebarView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        Renderer.header(state.lang("Thực thể", "Entities"), focused: state.focus == .sidebar, into: &screen, rect: rect)
        let items = state.sidebarItems
        if items.isEmpty {
            let text = state.reader.article == nil ? state.lang(" Thực thể của bài đang mở.", " Entities of the open article.")
                : state.lang(" Không có thực thể.", " No entities.")
            screen.put(DisplayWidth.fit(text, to: rect.width), x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .dim)
            return
        }
        for row in 0..<Layout.bodyHeight(rect) {
            let index = state.sidebar.scroll + row
            guard let item = items[safe: index] else { break }
            let y = rect.y + 1 + row
            let selected = index == state.sidebar.selection && item.target != nil
            var role: Role
            switch item.target {
            case nil: role = .subheading
            case .document?: role = .link
            case .province?: role = .place
            case .person?: role = .person
            case .organization?: role = .normal
            }
            if selected { role = state.focus == .sidebar ? .selected : .selectedUnfocused }
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
            screen.put(DisplayWidth.fit(" " + item.text, to: rect.width), x: rect.x, y: y, maxWidth: rect.width, role: role)
        }
    }
}

/// A full-page list of lines with a selectable subset (the document view).
enum PageView {
    static func draw(title: String, lines: [PageLine], selection: Int, scroll: Int, into screen: inout Screen, rect: Rect) {
        Renderer.header(title, focused: true, into: &screen, rect: rect)
        for row in 0..<Layout.bodyHeight(rect) {
            guard let line = lines[safe: scroll + row] else { break }
            let y = rect.y + 1 + row
            let selected = scroll + row == selection && line.target != nil
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selected) }
            var x = rect.x + 1 + line.indent
            let limit = rect.x + rect.width
            for (text, role) in line.segments {
                guard x < limit else { break }
                // A cut is marked with "…", as everywhere else.
                let shown = DisplayWidth.of(text) > limit - x ? DisplayWidth.truncate(text, to: limit - x) : text
                x += screen.put(shown, x: x, y: y, maxWidth: limit - x, role: selected ? .selected : role)
            }
        }
    }
}

enum DocumentsIndexView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        let docs = state.documentsShown
        var title = state.lang("Văn bản được trích dẫn", "Cited documents") + " (\(docs.count)) · " + state.lang("sắp xếp: ", "sort: ")
            + state.documentsIndex.sort.label(state.lang)
        if !state.documentsIndex.filter.isEmpty { title += state.lang(" · lọc: ", " · filter: ") + state.documentsIndex.filter }
        Renderer.header(title, focused: true, into: &screen, rect: rect)
        let idWidth = 20
        let columns = state.lang(" Số  ", "  Nº ") + DisplayWidth.fit(state.lang("Ký hiệu", "Symbol"), to: idWidth)
            + state.lang(" Loại / trích yếu", " Type / subject")
        screen.put(columns, x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .subheading)
        if docs.isEmpty && state.documentsIndex.loaded {
            let text = state.documentsIndex.filter.isEmpty
                ? state.lang(" Kho chưa có văn bản nào được trích dẫn. q: đóng", " No cited document in the corpus. q: close")
                : state.lang(" Không có văn bản nào khớp '", " No document matches '") + state.documentsIndex.filter
                    + state.lang("'. x hoặc Esc: bỏ lọc", "'. x or Esc: clear the filter")
            screen.put(text, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .dim)
            return
        }
        for row in 0..<max(0, Layout.bodyHeight(rect) - 1) {
            let index = state.documentsIndex.scroll + row
            guard let doc = docs[safe: index] else { break }
            let y = rect.y + 2 + row
            let selected = index == state.documentsIndex.selection
            let role: Role = selected ? .selected : .normal
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
            var x = rect.x
            let count = String(doc.count)
            x += screen.put(String(repeating: " ", count: max(0, 4 - count.count)) + count + " ", x: x, y: y, role: selected ? role : .meta)
            x += screen.put(DisplayWidth.fit(doc.shownID, to: idWidth) + " ", x: x, y: y, maxWidth: rect.width - x, role: selected ? role : .link)
            var rest = doc.type
            if let term = doc.term { rest += state.lang(" khóa ", " term ") + term }
            if let scope = doc.scope { rest += " · " + scope }
            if let t = doc.title { rest += " · " + t }
            screen.put(rest, x: x, y: y, maxWidth: rect.x + rect.width - x, role: role)
        }
    }
}

enum PickerView {
    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        let shown = state.pickerShown
        let unit = state.picker.merged ? state.lang("sau 2025", "since 2025") : state.lang("trước 2025", "before 2025")
        // The typed text comes first so that it stays visible on narrow terminals.
        Renderer.header(state.lang("Tỉnh/thành: ", "Province: ") + state.picker.query + "▏ (\(unit)"
                        + state.lang(", Tab đổi, gõ để lọc)", ", Tab switches, type to narrow)"),
                        focused: true, into: &screen, rect: rect)
        let nameWidth = max(10, min(24, rect.width - 20))
        for row in 0..<max(0, Layout.bodyHeight(rect)) {
            let index = state.picker.scroll + row
            guard let p = shown[safe: index] else {
                if index == 0 {
                    screen.put(state.lang(" Không có tỉnh/thành nào khớp '", " No province matches '") + state.picker.query
                               + state.lang("'. Esc: xóa, Tab: đơn vị ", "'. Esc: clear, Tab: ")
                               + (state.picker.merged ? state.lang("trước 2025", "units before 2025") : state.lang("sau 2025", "units since 2025")),
                               x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .dim)
                }
                break
            }
            let y = rect.y + 1 + row
            let selected = index == state.picker.selection
            let role: Role = selected ? .selected : .normal
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: role) }
            let count = String(p.count)
            var text = " " + DisplayWidth.fit(p.name, to: nameWidth) + " " + String(repeating: " ", count: max(0, 5 - count.count)) + count
            if !state.picker.merged && p.postMerger != p.name && !p.postMerger.isEmpty { text += "  → " + p.postMerger }
            screen.put(text, x: rect.x, y: y, maxWidth: rect.width, role: role)
        }
    }
}

/// The help page, generated from the keymap table so that it is never out of date.
public enum HelpView {
    /// The help rows for a screen `width` columns wide: long explanations wrap under their keys.
    public static func lines(_ keymap: Keymap, width: Int = 120, lang: Language = .vi) -> [String] {
        let room = max(10, width - 2)
        var lines: [String] = []
        func add(_ head: String, _ text: String) {
            let indent = DisplayWidth.of(head)
            let parts = TextWrapper.lines(text, width: max(8, room - indent))
            for (i, part) in parts.enumerated() {
                lines.append((i == 0 ? head : String(repeating: " ", count: indent)) + part)
            }
        }
        let keyColumn = width >= 60 ? 18 : 10
        for binding in keymap.bindings where !binding.keys.isEmpty {
            let keys = binding.keys.map(\.notation).joined(separator: " ")
            if DisplayWidth.of(keys) > keyColumn {
                lines.append(keys)
                add(String(repeating: " ", count: keyColumn + 1), binding.help(lang))
            } else {
                add(DisplayWidth.pad(keys, to: keyColumn) + " ", binding.help(lang))
            }
        }
        lines.append("")
        for note in notes(lang) { add(note.topic + ": ", note.text) }
        return lines
    }

    /// What the help page says after the key table: the command line, the picker, the mouse
    /// (also printed by the manual page).
    public static var notes: [(topic: String, text: String)] { notes(.vi) }

    public static func notes(_ lang: Language) -> [(topic: String, text: String)] {
        [
            (lang("Dòng lệnh", "Command line"), CommandPrompt.help(lang)),
            (lang("Chọn tỉnh/thành", "Province picker"),
             lang("gõ để lọc (không cần dấu; q là một chữ), Tab đổi giữa đơn vị trước/sau 2025, Enter chọn, Esc đóng",
                  "type to narrow (marks optional; q is a letter), Tab switches units before/since 2025, Enter picks, Esc closes")),
            (lang("Danh sách", "List"), lang("* chưa đọc, + đã đánh dấu, ~ sau ngày: năm được suy ra",
                                             "* unread, + bookmarked, ~ after a date: its year was inferred")),
            (lang("Chuột", "Mouse"), lang("nhấp để chọn và mở, lăn bánh xe để cuộn, nhấp vào liên kết để theo liên kết",
                                          "click selects and opens, the wheel scrolls, a click on a link follows it")),
        ]
    }

    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        Renderer.header(state.lang("Trợ giúp · phím", "Help · keys"), focused: true, into: &screen, rect: rect)
        let lines = lines(state.keymap, width: rect.width, lang: state.lang)
        for row in 0..<Layout.bodyHeight(rect) {
            guard let line = lines[safe: state.helpScroll + row] else { break }
            screen.put(" " + line, x: rect.x, y: rect.y + 1 + row, maxWidth: rect.width)
        }
    }
}

enum StatusLine {
    /// As many hints as fit in `room` columns, dropped from the middle: the first and the last two (help, close) stay.
    static func hints(_ state: AppState, room: Int) -> String {
        var items = StatusHints.hints(state)
        while items.count > 3, DisplayWidth.of(items.joined(separator: " ")) > room { items.remove(at: items.count - 3) }
        return items.joined(separator: " ")
    }

    /// " (1234 bài, 56 cụm từ, theo độ khớp · s: mới nhất)": how many articles matched a
    /// search, how many of them hold its syllables as a phrase, the order and the key that
    /// switches it.
    static func searchCounts(_ state: AppState) -> String {
        guard state.list.loaded else { return "" }
        let count = state.list.count
        let lang = state.lang
        var text = " (\(count) " + lang("bài", count == 1 ? "article" : "articles")
        if let phrases = state.list.listing.phrases {
            text += ", \(phrases) " + lang("cụm từ", phrases == 1 ? "as a phrase" : "as phrases")
        }
        text += state.filter.byDate ? lang(", theo ngày", ", by date") : lang(", theo độ khớp", ", by relevance")
        // The key that switches the order, as bound (the sort key of the documents index).
        if let binding = state.keymap.bindings.first(where: { $0.command == .sort }), case .char(let key)? = binding.keys.first {
            text += " · \(key): " + (state.filter.byDate ? lang("khớp nhất", "best match") : lang("mới nhất", "newest"))
        }
        return text + ")"
    }

    static func draw(_ state: AppState, into screen: inout Screen, rect: Rect) {
        guard rect.height > 0 else { return }
        let y = rect.y
        if let prompt = state.prompt {
            screen.fill(rect, role: .prompt)
            let lead: String
            switch prompt.kind {
            case .search: lead = "/"
            case .documentsFilter: lead = state.lang("lọc: ", "filter: ")
            case .command: lead = ":"
            }
            var tail = ""
            if case .search(.reader) = prompt.kind, !prompt.text.isEmpty {
                tail = "   (\(state.reader.search.matches.count))"
            }
            // Keep the end of a long line visible: only the part that fits is looked at, so a
            // long paste costs the same to draw as a word.
            let room = max(1, rect.width - 1)
            let shown = DisplayWidth.suffix(lead + DisplayWidth.suffix(prompt.text, fitting: room) + tail, fitting: room)
            screen.put(shown + "▏", x: rect.x, y: y, maxWidth: rect.width, role: .prompt)
            return
        }
        screen.fill(rect, role: .status)
        var parts = [" " + state.corpusName]
        var filters: [String] = []
        if let p = FilterNames.provinceLabel(state.filter, state.lang) { filters.append(p) }
        if let c = state.filter.cites { filters.append(state.lang("trích: ", "cites: ") + c) }
        if let q = state.filter.query { filters.append(state.lang("tìm: ", "search: ") + q + searchCounts(state)) }
        if state.unreadOnly { filters.append(state.lang("chưa đọc", "unread")) }
        if !filters.isEmpty { parts.append(filters.joined(separator: " · ")) }
        if !state.reader.search.query.isEmpty, state.location.isBrowse {
            let m = state.reader.search
            parts.append("/" + m.query + (m.matches.isEmpty ? "" : " \((m.current ?? 0) + 1)/\(m.matches.count)"))
        }
        let left = parts.joined(separator: " │ ")
        let right = state.message ?? state.fetching ?? hints(state, room: rect.width - DisplayWidth.of(left) - 2)
        let role: Role = state.message != nil && state.messageIsError ? .error : .status
        let rightWidth = DisplayWidth.of(right)
        let leftRoom = max(0, rect.width - rightWidth - 2)
        if state.message != nil && DisplayWidth.of(left) + rightWidth + 2 > rect.width {
            // A message matters more than the corpus name.
            screen.put(" " + right, x: rect.x, y: y, maxWidth: rect.width, role: role)
            return
        }
        screen.put(DisplayWidth.fit(left, to: leftRoom), x: rect.x, y: y, maxWidth: leftRoom, role: .status)
        if rightWidth + 1 <= rect.width {
            screen.put(right, x: rect.x + rect.width - rightWidth - 1, y: y, role: role)
        }
    }
}
