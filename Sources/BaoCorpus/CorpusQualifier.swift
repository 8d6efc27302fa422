import BaoEntities

/// The corpus step of a document's identity (README "Cited documents", term evidence `corpus`):
/// a qualifier an article does not give — a Party Central term, the year of a yearless State
/// symbol ("35/NQ-CP", a công văn number) — is decided by what other articles of the corpus write
/// about the same symbol.
///
/// A citation whose qualifier is unknown ("5-CT/TW@?", "NQTW4@?") or only guessed from its
/// article's date joins the key of the same symbol that other articles give with a written term,
/// a written date or a written year, when that key is the only candidate: its term or year had
/// begun by the citing article's date, its document's known date is not later, and when both the
/// citing article and the articles behind the key write a subject ("về …"), one of them is the
/// same subject (as in the reference table: a symbol is reused for other documents). An article
/// that itself cites the symbol under another key is left as it reads (it already declined to
/// choose). The decision is a pure function of the
/// readings, so the index recomputes it whenever articles come or go, and a refreshed index equals
/// a fresh one of the same files.
enum CorpusQualifier {
    /// Which qualifier of a key is at stake.
    enum Kind: String, Sendable {
        /// A Party Central document's term: "5-CT/TW@XII", "NQTW4-XII".
        case term
        /// A yearless State symbol's year: "35/NQ-CP@2016".
        case year
    }

    /// What an article's own reading says about a key's last qualifier.
    struct Reading: Sendable, Equatable {
        /// The symbol without the qualifier, as `IndexKey.document` folds it ("5-ct/tw", "nqtw4").
        var family: String
        var kind: Kind
        /// The qualifier ("XII", "2016"); nil when the article does not give it ("?").
        var value: String?
        /// How the value was decided: a term's evidence (`TermEvidence`), "written" for a year.
        var evidence: String?

        /// The reading of a cited document's key, when its last qualifier is a term or a year and
        /// nothing else about the key is unknown. The family of a year is the key without it, so
        /// that a local document keeps its province ("1038/QĐ-UBND@Đắk Nông@?").
        init?(_ document: DocumentCitation) {
            let id = document.id
            let key = document.key
            if key == id + "@?" && document.unknown == ["term"] {
                self.init(family: id, kind: .term, value: nil, evidence: nil)
            } else if document.unknown == ["year"], key.hasSuffix("@?") {
                self.init(family: String(key.dropLast(2)), kind: .year, value: nil, evidence: nil)
            } else if !document.unknown.isEmpty {
                return nil
            } else if let term = document.term {
                if key == id + "@" + term {
                    self.init(family: id, kind: .term, value: term, evidence: document.termEvidence)
                } else if key == id, id.hasPrefix("NQTW"), id.hasSuffix("-" + term) {
                    // A plenum's id carries its term: "NQTW4-XII" is of the family of "NQTW4@?".
                    self.init(family: String(id.dropLast(term.count + 1)), kind: .term, value: term, evidence: document.termEvidence)
                } else {
                    return nil
                }
            } else if let year = document.year, key != id, key.hasSuffix("@" + String(year)) {
                self.init(family: String(key.dropLast(String(year).count + 1)), kind: .year, value: String(year), evidence: "written")
            } else {
                return nil
            }
        }

        init(family: String, kind: Kind, value: String?, evidence: String?) {
            self.family = IndexKey.document(family)
            self.kind = kind
            self.value = value
            self.evidence = evidence
        }

        /// True when the article writes the qualifier for this document (its term or date, a year).
        var supports: Bool {
            guard value != nil else { return false }
            switch kind {
            case .term: return evidence == TermEvidence.written.rawValue || evidence == TermEvidence.date.rawValue
            case .year: return true
            }
        }

        /// True when the corpus may decide the qualifier: unknown, or a term guessed from the
        /// article's date (weaker evidence than the corpus).
        var isOpen: Bool {
            value == nil || kind == .term && evidence == TermEvidence.articleDate.rawValue
        }
    }

    /// One citation row as the index holds it.
    struct Row: Sendable, Equatable {
        /// The row's id in the citation table.
        var id: Int64
        var article: Int64
        /// The citing article's date (ISO), when known.
        var published: String?
        /// The key the article itself gives the document.
        var key: String
        var reading: Reading
        /// The title (quoted or "về …" subject) the article gives the document, if any.
        var title: String? = nil
        /// The date of the document of `key`, when some article writes it (ISO).
        var date: String? = nil
    }

    /// The key each open row takes from the rest of the corpus, by row id (rows the corpus does not
    /// decide are absent).
    static func decide(_ rows: [Row], catalog: DocumentCatalog = .shared) -> [Int64: String] {
        var byFamily: [String: [Row]] = [:]
        for row in rows { byFamily[row.reading.family + "\u{1}" + row.reading.kind.rawValue, default: []].append(row) }
        var decided: [Int64: String] = [:]
        for family in byFamily.values {
            // Supported keys with their value, the articles that write it, their subjects and date.
            var supported: [String: Support] = [:]
            var keysByArticle: [Int64: Set<String>] = [:]
            // The subject each article gives each key (the title is on one of its mentions' rows).
            var subjects: [ArticleKey: Set<String>] = [:]
            for row in family {
                keysByArticle[row.article, default: []].insert(row.key)
                if let title = row.title {
                    let words = DocumentCatalog.contentWords(title)
                    if !words.isEmpty { subjects[ArticleKey(article: row.article, key: row.key)] = words }
                }
            }
            for row in family {
                guard row.reading.supports, let value = row.reading.value else { continue }
                var entry = supported[row.key] ?? Support(value: value, date: row.date)
                entry.articles.insert(row.article)
                if let words = subjects[ArticleKey(article: row.article, key: row.key)] { entry.subjects.insert(words) }
                supported[row.key] = entry
            }
            guard !supported.isEmpty else { continue }
            for row in family where row.reading.isOpen && keysByArticle[row.article]?.count == 1 {
                let subject = subjects[ArticleKey(article: row.article, key: row.key)]
                let candidates = supported.filter { _, entry in
                    !entry.articles.subtracting([row.article]).isEmpty
                        && began(entry.value, kind: row.reading.kind, by: row.published, catalog: catalog)
                        && entry.dated(by: row.published) && entry.allows(subject: subject)
                }
                // A guessed term the corpus confirms keeps its key, now decided by the corpus.
                guard candidates.count == 1, let key = candidates.first?.key else { continue }
                decided[row.id] = key
            }
        }
        return decided
    }

    private struct ArticleKey: Hashable {
        var article: Int64
        var key: String
    }

    /// What the articles that write a key's qualifier say of its document.
    private struct Support {
        var value: String
        var date: String?
        var articles: Set<Int64> = []
        var subjects: Set<Set<String>> = []

        /// False when the document's date is known and later than the article's.
        func dated(by published: String?) -> Bool {
            guard let date, let published else { return true }
            return date <= published
        }

        /// False when both sides write a subject and none of the key's is the citing article's.
        func allows(subject: Set<String>?) -> Bool {
            guard let subject, !subjects.isEmpty else { return true }
            return subjects.contains { DocumentCatalog.sameSubject($0, subject) }
        }
    }

    /// True when the term or year `value` had begun by the article's date (always, when the
    /// date is not known).
    static func began(_ value: String, kind: Kind, by published: String?, catalog: DocumentCatalog) -> Bool {
        guard let published else { return true }
        switch kind {
        case .term:
            guard let start = catalog.terms.first(where: { $0.term == value })?.start else { return false }
            return start <= published
        case .year:
            guard let year = Int(value), let articleYear = Int(published.prefix(4)) else { return false }
            return year <= articleYear
        }
    }
}
