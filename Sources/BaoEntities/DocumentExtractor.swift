import BaoArticle
import BaoText

/// Finds cited documents and gives each a canonical identity (SPEC section 4).
///
/// Candidates are digits (symbols: "59-NQ/TW", "67/2014/NĐ-CP") and trigger words ("Nghị quyết",
/// "NQ", "Chỉ thị", …) found by one hand-written pass over the body's scalars; each is read from
/// there by `SymbolParser` and `CitationScanner`, its surroundings by `ContextReader`, and its id
/// and key by `DocumentIdentity`. Citations of one document (same key) become one entry with
/// several mentions, in order of first mention.
public enum DocumentExtractor {
    public static func extract(from article: Article, provinces: ProvinceResult) -> [DocumentCitation] {
        read(body: Array(article.bodyText.utf8), title: article.title.map { Array($0.utf8) },
             published: article.published, provinces: provinces).documents
    }

    /// The same over an article's texts as the entity passes scanned them, with the UTF-8 byte
    /// range of each mention in the body (`NameRanges.documents`).
    static func extract(scanned: ScannedArticle, published: PublishedDate?,
                        provinces: ProvinceResult) -> (documents: [DocumentCitation], ranges: [[Range<Int>]]) {
        // Offsets count the scalars of the texts as given: a text the scan composed is read as written.
        read(body: given(scanned.body), title: scanned.title.map(given), published: published, provinces: provinces)
    }

    /// The cited documents of a body given as its UTF-8 bytes, and the range of each mention: it
    /// starts at the byte its offset (in Unicode scalars) falls on and is as long as its wording,
    /// which is the text there as written.
    private static func read(body bytes: [UInt8], title: [UInt8]?, published: PublishedDate?,
                             provinces: ProvinceResult) -> (documents: [DocumentCitation], ranges: [[Range<Int>]]) {
        guard bytes.withUnsafeBufferPointer(CandidateFilter.mayCite(utf8:)) else { return ([], []) }
        let text = FoldedScalars(utf8: bytes)
        let documents = citations(text: text, title: title.map(FoldedScalars.init(utf8:)), published: published, provinces: provinces)
        let starts = text.utf8Offsets(of: documents.flatMap { $0.mentions.map(\.offset) })
        var next = 0
        let ranges = documents.map { document in
            document.mentions.map { mention -> Range<Int> in
                defer { next &+= 1 }
                return starts[next]..<(starts[next] &+ mention.text.utf8.count)
            }
        }
        return (documents, ranges)
    }

    /// The UTF-8 bytes of a scanned text as given: the scan's own, unless it composed them.
    private static func given(_ scanned: ScannedBody) -> [UInt8] {
        scanned.composed ? Array(scanned.text.utf8) : scanned.bytes
    }

    /// The cited documents of the body `text` (with the article's `title`), mentions at scalar
    /// offsets into it.
    private static func citations(text: FoldedScalars, title: FoldedScalars?, published: PublishedDate?,
                                  provinces: ProvinceResult) -> [DocumentCitation] {
        let catalog = DocumentCatalog.shared
        var places = PlaceContext(provinces: provinces, catalog: catalog)
        places.findArticleCity(in: [title].compactMap { $0 } + [text])
        let raws = CitationScanner(text: text, catalog: catalog, places: places).scan()
        guard !raws.isEmpty else { return [] }
        let publishedISO = published.map { PublishedDate(year: $0.year, month: $0.month, day: $0.day).iso }
        let consistent = consistentDate(publishedISO, with: raws, catalog: catalog)
        let dated = consistent.map { published in
            raws.map { raw in
                // A day of issue told without its year is of the article's year.
                var raw = raw
                if raw.date == nil, let day = raw.issuedWithoutYear { raw.date = day.date(before: published) }
                return raw
            }
        } ?? raws
        let sentences = ContextReader(text: text, catalog: catalog, places: places, isTriggerStart: { _ in false })
        let terms = TermResolver(catalog: catalog, published: consistent, sentenceStart: sentences.sentenceStart(before:))
        let identity = DocumentIdentity(catalog: catalog, published: consistent, places: places)
        return merge(terms.resolve(dated).map(identity.resolve))
    }

    /// The article's date when the citations agree with it; nil when the article cites a
    /// document dated later, or a term that began later, than the date it claims (then the date
    /// is wrong, and a term taken from it would be too).
    static func consistentDate(_ published: String?, with raws: [RawCitation], catalog: DocumentCatalog) -> String? {
        guard let published else { return nil }
        for raw in raws {
            if let date = raw.date, date > published { return nil }
            if raw.termEvidence == .written, let term = raw.term,
               let start = catalog.terms.first(where: { $0.term == term })?.start, start > published {
                return nil
            }
        }
        return published
    }

    /// One entry per key. A citation whose qualifiers were not written for it (a term from the
    /// reference table or the article's date, the article's primary province) joins the one entry of
    /// the same id whose qualifiers were written, when there is exactly one: within an article,
    /// "16-NQ/TU" after "16-NQ/TU của Thành ủy TPHCM" is that one, and "Nghị quyết Trung ương 4"
    /// after "Nghị quyết Trung ương 4 khóa XII" is NQTW4-XII.
    static func merge(_ resolved: [DocumentIdentity.Resolved]) -> [DocumentCitation] {
        let resolved = joinYears(resolved)
        var explicitKeys: [String: Set<String>] = [:]
        var termedKeys: [String: Set<String>] = [:]
        var firstByKey: [String: DocumentCitation] = [:]
        for entry in resolved {
            if entry.explicit {
                explicitKeys[entry.baseID, default: []].insert(entry.citation.key)
            }
            if entry.citation.term != nil { termedKeys[entry.baseID, default: []].insert(entry.citation.key) }
            if firstByKey[entry.citation.key] == nil {
                firstByKey[entry.citation.key] = entry.citation
            }
        }
        var order: [String] = []
        var byKey: [String: DocumentCitation] = [:]
        for entry in resolved {
            var citation = entry.citation
            // With no written one, a citation whose term is unknown joins the one of the same id
            // whose term the other evidence decided ("Chỉ thị 05" after "Chỉ thị 05 … về đẩy mạnh …").
            let candidates = explicitKeys[entry.baseID]
                ?? (entry.citation.unknown.contains("term") ? termedKeys[entry.baseID] : nil)
            if !entry.explicit, let keys = candidates, keys.count == 1, let key = keys.first,
               let target = byKey[key] ?? firstByKey[key] {
                citation.key = key
                citation.id = target.id
                citation.term = target.term
                citation.termEvidence = target.termEvidence
                citation.scope = target.scope
                citation.unknown = target.unknown
            }
            // Taken out of the dictionary so that appending does not copy the mentions array.
            if var existing = byKey.removeValue(forKey: citation.key) {
                existing.mentions.append(contentsOf: citation.mentions)
                if existing.date == nil { existing.date = citation.date }
                if existing.title == nil { existing.title = citation.title }
                if existing.year == nil { existing.year = citation.year }
                if existing.term == nil {
                    existing.term = citation.term
                    existing.termEvidence = citation.termEvidence
                }
                if existing.scope == nil { existing.scope = citation.scope }
                byKey[citation.key] = existing
            } else {
                order.append(citation.key)
                byKey[citation.key] = citation
            }
        }
        return order.compactMap { key in
            guard var citation = byKey[key] else { return nil }
            var seen = Set<Int>()
            citation.mentions = citation.mentions.filter { seen.insert($0.offset).inserted }
            return citation
        }
    }

    /// A yearless State symbol cited without its year ("35/NQ-CP@?") takes the year the article
    /// writes for the same symbol elsewhere ("Nghị quyết 35/NQ-CP ngày 16/5/2016"), when it writes
    /// exactly one: numbers restart every year, and one article names one document by one number.
    static func joinYears(_ resolved: [DocumentIdentity.Resolved]) -> [DocumentIdentity.Resolved] {
        guard resolved.contains(where: { $0.citation.unknown.contains("year") }) else { return resolved }
        // The keys with a year, by the key without it (scope included: "1038/QĐ-UBND@Đắk Nông").
        var yearKeys: [String: [String: Int]] = [:]
        for entry in resolved where !entry.citation.unknown.contains("year") {
            guard let year = entry.citation.year, entry.citation.key.hasSuffix("@" + String(year)) else { continue }
            let family = String(entry.citation.key.dropLast(String(year).count + 1))
            yearKeys[family, default: [:]][entry.citation.key] = year
        }
        guard !yearKeys.isEmpty else { return resolved }
        return resolved.map { entry in
            guard entry.citation.unknown.contains("year"), entry.citation.key.hasSuffix("@?"),
                  let keys = yearKeys[String(entry.citation.key.dropLast(2))], keys.count == 1,
                  let (key, year) = keys.first else { return entry }
            var joined = entry
            joined.citation.key = key
            joined.citation.year = year
            joined.citation.unknown.removeAll { $0 == "year" }
            return joined
        }
    }
}
