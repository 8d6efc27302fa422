import BaoStore


/// Lynx-style history: every move to a new place pushes an entry; back and forward restore the
/// place together with its focus, selection, selected link and scroll.
extension AppState {
    /// The current place with the positions the user has in it now.
    func currentEntry() -> HistoryEntry {
        var entry = HistoryEntry(location: location)
        entry.focus = focus
        switch location {
        case .browse:
            entry.scroll = reader.scroll
            entry.selectedLink = reader.selectedLink
            entry.selection = list.selection
        case .document:
            entry.scroll = documentView.scroll
            entry.selection = documentView.selection
        case .documents:
            entry.scroll = documentsIndex.scroll
            entry.selection = documentsIndex.selection
        case .bookmarks:
            entry.scroll = bookmarks.scroll
            entry.selection = bookmarks.selection
        case .provinces, .help:
            break
        }
        return entry
    }

    /// Goes to a new place, dropping the forward entries.
    mutating func push(_ location: Location, focus newFocus: Pane? = nil) -> [Effect] {
        if history.indices.contains(historyIndex) { history[historyIndex] = currentEntry() }
        if case .browse(nil) = self.location, location.isBrowse {
            // An empty reader is not worth going back to.
            history.removeSubrange(historyIndex...)
        } else {
            history.removeSubrange(min(history.count, historyIndex + 1)...)
        }
        var entry = HistoryEntry(location: location)
        entry.focus = newFocus ?? focus
        history.append(entry)
        historyIndex = history.count - 1
        return enter(entry, fresh: true)
    }

    mutating func back() -> [Effect] {
        // Where one pane is shown at a time, the list is what the reader was opened from.
        if location.isBrowse, focus != .list,
           historyIndex == 0 || (showsOnePane && history[historyIndex - 1].location.isBrowse) {
            return leaveReader()
        }
        guard historyIndex > 0 else { message = lang("Đã ở trang đầu của lịch sử", "At the start of the history"); return [] }
        history[historyIndex] = currentEntry()
        historyIndex -= 1
        return enter(history[historyIndex], fresh: false)
    }

    mutating func forward() -> [Effect] {
        guard historyIndex + 1 < history.count else { message = lang("Đã ở trang cuối của lịch sử", "At the end of the history"); return [] }
        history[historyIndex] = currentEntry()
        historyIndex += 1
        return enter(history[historyIndex], fresh: false)
    }

    /// `q`: closes what is on top. The reader (or sidebar) goes back to the view it was opened from,
    /// or to the list; any other view goes back; at the list the browser quits.
    mutating func close() -> [Effect] {
        guard location.isBrowse else { return back() }
        if focus == .list {
            shouldQuit = true
            return []
        }
        if historyIndex > 0, !history[historyIndex - 1].location.isBrowse { return back() }
        return leaveReader()
    }

    /// `Esc`: leaves what is being done without quitting: a reader search, then the reader
    /// (back to the list), then any view on top.
    mutating func cancel() -> [Effect] {
        if location == .documents, !documentsIndex.filter.isEmpty {
            clearDocumentsFilter()
            return []
        }
        guard location.isBrowse else { return back() }
        if !reader.search.query.isEmpty || !reader.search.matches.isEmpty {
            reader.search = SearchState()
            return []
        }
        if focus != .list { return leaveReader() }
        return []
    }

    /// Shows the whole documents index again.
    mutating func clearDocumentsFilter() {
        documentsIndex.filter = ""
        refreshDocumentsShown()
        documentsIndex.selection = 0
        clampAll()
    }

    /// Focus back on the list, the article staying in the reader (where it is shown beside it).
    mutating func leaveReader() -> [Effect] {
        focus = .list
        clampAll()
        return []
    }

    /// Shows the selected list article in the reader beside the list, as mail readers preview
    /// the selected message. History keeps one entry for the browse page: its article follows
    /// the selection. Nothing is marked read by a preview.
    mutating func previewSelection() -> [Effect] {
        guard location.isBrowse, focus == .list, readerBesideList,
              let id = list.id(at: list.selection), id != reader.articleID else { return [] }
        if history.indices.contains(historyIndex) { history[historyIndex].location = .browse(article: id) }
        return [.loadArticle(id)]
    }

    /// Marks an opened article read when the session does so.
    mutating func markOpened(_ id: Int64) -> [Effect] {
        guard options.markReadOnOpen, !list.listing.read.contains(id), list.listing.ids.contains(id) else { return [] }
        list.listing.read.insert(id)
        return [.setRead(id, true)]
    }

    /// Returns to the nearest browse page behind the current one (or pushes one).
    mutating func returnToBrowse() -> [Effect] {
        if location.isBrowse { return [] }
        if let index = history[..<min(historyIndex, history.count)].lastIndex(where: { $0.location.isBrowse }) {
            history[historyIndex] = currentEntry()
            historyIndex = index
            return enter(history[index], fresh: false)
        }
        return push(.browse(article: reader.articleID), focus: .list)
    }

    /// Shows an entry; loads what it needs and restores positions now or when the load arrives.
    private mutating func enter(_ entry: HistoryEntry, fresh: Bool) -> [Effect] {
        focus = entry.focus
        pendingRestore = nil
        switch entry.location {
        case .browse(let id):
            if !fresh { list.selection = entry.selection }
            guard let id else { return [] }
            if reader.articleID == id {
                if !fresh {
                    reader.scroll = entry.scroll
                    reader.selectedLink = entry.selectedLink
                }
                clampAll()
                return []
            }
            if !fresh { pendingRestore = entry }
            return [.loadArticle(id)] + (focus == .list ? [] : markOpened(id))
        case .document(let key):
            if documentView.key == key && documentView.detail != nil {
                if !fresh {
                    documentView.scroll = entry.scroll
                    documentView.selection = entry.selection
                } else {
                    documentView.scroll = 0
                    documentView.selection = firstSelectable(documentLines) ?? 0
                }
                clampAll()
                return []
            }
            if !fresh { pendingRestore = entry }
            return [.loadDocument(key)]
        case .documents:
            if !fresh {
                documentsIndex.scroll = entry.scroll
                documentsIndex.selection = entry.selection
            }
            return documentsIndex.loaded ? [] : [.loadDocuments]
        case .provinces:
            picker.query = ""
            return [.loadProvinces(merged: picker.merged)]
        case .help:
            helpScroll = 0
            return []
        case .bookmarks:
            if !fresh {
                bookmarks.scroll = entry.scroll
                bookmarks.selection = entry.selection
            } else {
                bookmarks.selection = 0
                bookmarks.scroll = 0
            }
            return [.loadBookmarks]
        }
    }

    /// Applies a new filter and reloads the list on the browse page.
    mutating func applyFilter(_ newFilter: ArticleFilter) -> [Effect] {
        filter = newFilter
        var effects = returnToBrowse()
        focus = .list
        list.selection = 0
        list.scroll = 0
        list.filterChanged = true
        // A list search belongs to the list it was typed in.
        reader.search = SearchState()
        effects.append(.loadList(filter))
        return effects
    }

    /// Opens the document view for a key (pushes history).
    mutating func openDocument(_ key: String) -> [Effect] {
        push(.document(key: key), focus: focus)
    }

    /// Opens a citing article with its `ordinal`-th link to the document `key` selected and in view.
    mutating func openCitation(article id: Int64, key: String, ordinal: Int) -> [Effect] {
        let effects = openArticle(id)
        pendingCitation = PendingCitation(article: id, key: key, ordinal: ordinal)
        if reader.articleID == id { applyPendingCitation() }
        return effects
    }

    /// Selects the link a document view asked for, once its article is in the reader.
    mutating func applyPendingCitation() {
        guard let pending = pendingCitation, pending.article == reader.articleID else { return }
        pendingCitation = nil
        let links = (reader.document?.links ?? []).indices.filter { reader.document?.links[$0].key == pending.key }
        guard let link = links[safe: min(pending.ordinal, links.count - 1)] else { return }
        reader.selectedLink = link
        Links.scrollTo(&self, link: link)
    }

    /// Opens an article in the reader (pushes history).
    mutating func openArticle(_ id: Int64) -> [Effect] {
        push(.browse(article: id), focus: .reader)
    }
}
