import BaoStore


/// Typing at the bottom line: `/` searches (incremental), `:` commands, the documents filter.
enum PromptEditing {
    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        // The text is edited in place (`state.prompt?.text`): a local copy would share its buffer
        // and make every key copy the whole line, which a long paste turns quadratic.
        guard let kind = state.prompt?.kind else { return [] }
        var appended = false
        switch key {
        case .esc, .ctrl("c"), .ctrl("g"):
            state.prompt = nil
            if case .search(.reader) = kind { state.reader.search = SearchState() }
            if kind == .documentsFilter { state.clearDocumentsFilter() }
            return []
        case .enter:
            guard let prompt = state.prompt else { return [] }
            state.prompt = nil
            return confirm(&state, prompt)
        case .backspace, .delete:
            if state.prompt?.text.isEmpty ?? true {
                state.prompt = nil
                return []
            }
            state.prompt?.text.removeLast()
        case .ctrl("u"):
            state.prompt?.text = ""
        case .char(let c):
            state.prompt?.text.append(c)
            appended = true
        default:
            return []
        }
        let text = state.prompt?.text ?? ""
        switch kind {
        case .search(let pane):
            return Search.update(&state, pane: pane, query: text, appended: appended)
        case .documentsFilter:
            // A filter that matched nothing matches nothing once it is longer.
            if appended, state.documentsIndex.shown.isEmpty, !state.documentsIndex.filter.isEmpty {
                state.documentsIndex.filter = text
                return []
            }
            state.documentsIndex.filter = text
            state.refreshDocumentsShown()
            state.documentsIndex.selection = 0
            state.clampAll()
        case .command:
            break
        }
        return []
    }

    static func confirm(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
        switch prompt.kind {
        case .search(let pane):
            if pane == .reader {
                if state.reader.search.matches.isEmpty, !prompt.text.isEmpty { state.message = Search.notFound(prompt.text, state.lang) }
                else if !prompt.text.isEmpty {
                    state.message = "\(state.reader.search.matches.count) " + state.lang("kết quả: n/N để chuyển", "matches: n/N to move")
                }
            }
            return []
        case .documentsFilter:
            return []
        case .command:
            return CommandPrompt.run(&state, prompt.text)
        }
    }
}

/// The `:` command line.
enum CommandPrompt {
    /// The commands with their arguments, for help and for a command that does not exist.
    static func help(_ lang: Language) -> String {
        lang(":province TÊN, :cites KÝ_HIỆU, :search TỪ_KHÓA, :source TÊN_BÁO, :fetch, :clear, :open N, :quit",
             ":province NAME, :cites ID, :search QUERY, :source PAPER, :fetch, :clear, :open N, :quit")
    }

    static func run(_ state: inout AppState, _ text: String) -> [Effect] {
        let trimmed = text.trimmedWhitespace
        let name = String(trimmed.prefix(while: { !$0.isWhitespace }))
        let argument = String(trimmed.dropFirst(name.count)).trimmedWhitespace
        switch name.lowercased() {
        case "":
            return []
        case "province", "p":
            guard !argument.isEmpty else { return state.push(.provinces) }
            guard let (name, era) = FilterNames.province(argument) else {
                state.fail(FilterNames.unknownProvince(argument, state.lang))
                return []
            }
            var filter = state.filter
            filter.province = name
            filter.provinceEra = era
            return state.applyFilter(filter)
        case "cites", "c":
            guard !argument.isEmpty else {
                state.message = state.lang("Cách dùng: :cites KÝ_HIỆU (ký hiệu hoặc định danh văn bản, vd. 5-CT/TW)",
                                           "Usage: :cites ID (a document's symbol or key, e.g. 5-CT/TW)")
                return []
            }
            var filter = state.filter
            filter.cites = argument
            // The store says whether the document exists before the list changes.
            return [.resolveCites(filter)]
        case "search", "s":
            var filter = state.filter
            filter.query = argument.isEmpty ? nil : argument
            // A query that cannot be read (an unknown province, a date that is none) is refused
            // here, the list unchanged, rather than shown as an empty list.
            do throws(SearchQueryError) {
                // A cites: field names a document the store must hold, as :cites does.
                if try SearchQuery.parse(argument).cites != nil { return [.resolveCites(filter)] }
            } catch {
                state.fail(error.text(state.lang))
                return []
            }
            return state.applyFilter(filter)
        case "source", "nguon":
            // The paper is a search field, so it stays when the province or document changes.
            var filter = state.filter
            filter.query = SourceFilter.query(state.filter.query, source: argument.isEmpty ? nil : argument)
            return state.applyFilter(filter)
        case "fetch":
            return Commands.startFetch(&state)
        case "clear":
            return state.applyFilter(ArticleFilter())
        case "open", "o":
            guard let n = Int(argument), n > 0 else {
                state.message = state.lang("Cách dùng: :open N (số liên kết trong bài)", "Usage: :open N (a link number of the article)")
                return []
            }
            guard let doc = state.reader.document?.documents[safe: n - 1] else {
                state.message = state.lang("Bài đang mở không có liên kết ", "The open article has no link ") + "[\(n)]"
                return []
            }
            if state.location.isBrowse, let i = state.reader.document?.links.firstIndex(where: { $0.number == n }) {
                state.reader.selectedLink = i
            }
            return state.openDocument(doc.key)
        case "quit", "q", "q!", "qa":
            state.shouldQuit = true
            return []
        case "help":
            return state.push(.help)
        default:
            state.fail(state.lang("Lệnh không rõ :", "Unknown command :") + name + state.lang(". Các lệnh: ", ". Commands: ") + help(state.lang))
            return []
        }
    }
}

/// The paper facet: a `source:` field in the list's query.
enum SourceFilter {
    /// `query` with its `source:` field set to `source` (or removed when nil); nil when empty.
    static func query(_ query: String?, source: String?) -> String? {
        var words = (query ?? "").split(separator: " ").map(String.init)
        // A quoted value may span words: drop from "source:" to the word closing its quote.
        var kept: [String] = []
        var skipping = false
        for word in words {
            if skipping {
                if word.hasSuffix("\"") { skipping = false }
                continue
            }
            let lower = word.lowercased()
            if lower.hasPrefix("source:") || lower.hasPrefix("nguon:") {
                let value = word.drop(while: { $0 != ":" }).dropFirst()
                skipping = value.hasPrefix("\"") && !(value.count > 1 && value.hasSuffix("\""))
                continue
            }
            kept.append(word)
        }
        words = kept
        if let source { words.append(source.contains(" ") ? "source:\"\(source)\"" : "source:" + source) }
        let joined = words.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}

/// The province picker: typing narrows (accents optional), Tab switches pre/post-2025 units.
enum Picker {
    /// Handles keys that mean typing in the picker; nil lets the keymap handle the key.
    static func handleTyping(_ state: inout AppState, _ key: Key) -> [Effect]? {
        // Names match without regard to case, so a capital Q is never needed in a query: it
        // quits here as everywhere (a lower-case q is typed: Quảng Nam, Quảng Ninh…).
        if case .char(let c) = key, c.isUppercase, state.keymap.command(for: key) == .quit { return nil }
        switch key {
        case .char(let c) where c.isLetter || c == " " || c == "-" || c.isNumber:
            if c == " " && state.picker.query.isEmpty { return nil }
            state.picker.query.append(c)
        case .backspace:
            if state.picker.query.isEmpty { return state.back() }
            state.picker.query.removeLast()
        case .tab, .backTab:
            return [.loadProvinces(merged: !state.picker.merged)]
        case .ctrl("u"):
            state.picker.query = ""
        case .esc:
            if !state.picker.query.isEmpty { state.picker.query = ""; break }
            return state.back()
        default:
            return nil
        }
        state.picker.selection = 0
        state.clampAll()
        return []
    }

    static func pick(_ state: inout AppState) -> [Effect] {
        guard let choice = state.pickerShown[safe: state.picker.selection] else {
            state.message = state.lang("Không có tỉnh/thành nào khớp ", "No province matches ") + state.picker.query
            return []
        }
        // The list then holds exactly the articles the picker counted: primary province, one era.
        var filter = state.filter
        filter.province = choice.name
        filter.provinceEra = state.picker.merged ? .since2025 : .before2025
        return state.applyFilter(filter)
    }
}
