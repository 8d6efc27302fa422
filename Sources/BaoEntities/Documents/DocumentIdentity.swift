/// Gives a raw citation its canonical id and key (README "Cited documents").
///
/// Key format: the id, then one "@qualifier" per qualifier the document's numbering depends on,
/// "?" standing for a qualifier the text does not give (its name then goes into `unknown`):
/// - Party Central documents ("/TW", Central bodies, plenums): the term — "59-NQ/TW@XII"; a plenum's
///   id carries its term already — "NQTW4-XII".
/// - Local documents (Party committees TU/HU/QU/ĐU, UBND, HĐND, local congresses): the province,
///   then "/locality" for committees below the province — "16-NQ/TU@Hồ Chí Minh",
///   "2-QĐ/TU@Bạc Liêu/thành phố Bạc Liêu", "NQĐH-XIV@Cần Thơ".
/// - State symbols without a year ("35/NQ-CP", numbered anew each year): the year — "35/NQ-CP@2020".
/// - National State documents with a year in the symbol, and national congresses: the id alone.
struct DocumentIdentity {
    let catalog: DocumentCatalog
    /// The article's publication date, ISO; the last resort for a Party Central term.
    let published: String?
    let places: PlaceContext

    struct Resolved {
        var citation: DocumentCitation
        /// True when every qualifier was written in the text (or the document's date), not defaulted.
        var explicit: Bool
        /// The id before a plenum's term is added to it ("NQTW4"); the id otherwise.
        var baseID: String
    }

    func resolve(_ raw: RawCitation) -> Resolved {
        var unknown: [String] = []
        var qualifiers: [String] = []
        var explicit = true
        var id = raw.id
        var term = raw.term
        var evidence = raw.termEvidence
        var scope = raw.scope
        if let evidence, !evidence.isWritten { explicit = false }

        switch raw.kind {
        case .congress(local: false):
            // "Nghị quyết Đại hội XIII" with neither "của Đảng" nor "Đảng bộ …": national or the
            // article's own committee's congress, the text does not say.
            if raw.level != .central {
                qualifiers.append("?")
                unknown.append("scope")
                explicit = false
            }
        case .congress(local: true):
            appendScope(&scope, raw, &qualifiers, &unknown, &explicit)
        case .plenum:
            if term == nil { term = articleTerm(&evidence, &explicit) }
            if let term { id += "-" + term } else { qualifiers.append("?"); unknown.append("term") }
        default:
            let level = raw.level
            if level == .central {
                if term == nil { term = articleTerm(&evidence, &explicit) }
                qualifiers.append(term ?? "?")
                if term == nil { unknown.append("term") }
            } else if level?.isLocal == true {
                if scope == nil {
                    // A local symbol with no issuer phrase: the article's own province, not certain.
                    scope = defaultScope(for: raw)
                }
                appendScope(&scope, raw, &qualifiers, &unknown, &explicit)
            }
            // A yearless State symbol is numbered per year; a Party body using State punctuation
            // ("352/QĐ-HU") keeps its Party numbering (term or province above).
            if case .symbol(.state) = raw.kind, raw.year == nil, level == .state || level == .statelocal || level == nil {
                let year = raw.date.map { String($0.prefix(4)) } ?? raw.writtenYear.map { String($0) }
                qualifiers.append(year ?? "?")
                if year == nil { unknown.append("year") }
            }
        }

        let key = ([id] + qualifiers).joined(separator: "@")
        let year = raw.year ?? raw.date.flatMap { Int($0.prefix(4)) } ?? raw.writtenYear
        let citation = DocumentCitation(
            id: id, key: key, type: raw.type, number: raw.number, year: year, issuer: raw.issuer,
            term: term, termEvidence: term == nil ? nil : evidence?.rawValue, scope: scope?.province, date: raw.date,
            // A plenum of unknown term stands for the plenums of every term, each with its own
            // resolutions: no subject written for one of them is the title of all.
            title: raw.kind == .plenum && term == nil ? nil : raw.title, mentions: [raw.mention], unknown: unknown)
        return Resolved(citation: citation, explicit: explicit, baseID: raw.id)
    }

    private func appendScope(_ scope: inout PlaceContext.Scope?, _ raw: RawCitation, _ qualifiers: inout [String],
                             _ unknown: inout [String], _ explicit: inout Bool) {
        guard let place = scope, let province = place.province else {
            qualifiers.append("?")
            unknown.append("scope")
            explicit = false
            return
        }
        if !place.explicit { explicit = false }
        if let locality = place.locality {
            qualifiers.append(province + "/" + locality)
        } else if place.localityUnknown {
            qualifiers.append(province + "/?")
            unknown.append("locality")
        } else {
            qualifiers.append(province)
        }
    }

    /// The article's primary province for a local symbol cited without its body; a committee
    /// below the province (HU, QU, ĐU) then has an unknown locality.
    private func defaultScope(for raw: RawCitation) -> PlaceContext.Scope? {
        guard let primary = places.primary else { return nil }
        let below = raw.level == .district || raw.level == .grassroots
        return PlaceContext.Scope(province: primary, locality: nil, localityUnknown: below, explicit: false)
    }

    /// The last resort for a Party Central term: the term in force on the article's date, a guess
    /// (never explicit).
    private func articleTerm(_ evidence: inout TermEvidence?, _ explicit: inout Bool) -> String? {
        explicit = false
        guard let published, let term = catalog.term(onISODate: published) else { return nil }
        evidence = .articleDate
        return term
    }
}
