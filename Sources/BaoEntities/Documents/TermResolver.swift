/// Gives Party Central citations whose term the text does not write next to them a term from the
/// next strongest evidence (README "Cited documents"): the document's date, a term written for
/// another Central document of the same sentence, the reference table of well-known documents.
/// What is left is decided by `DocumentIdentity` from the article's date (a guess), or stays unknown;
/// the index may still decide it from other articles of the corpus.
struct TermResolver {
    let catalog: DocumentCatalog
    /// The article's date (ISO), when consistent with its citations: no term may begin after it.
    let published: String?
    /// The start of the sentence holding an offset.
    let sentenceStart: (Int) -> Int

    func resolve(_ raws: [RawCitation]) -> [RawCitation] {
        var resolved = raws
        // Terms written for Central documents, by sentence.
        var writtenBySentence: [Int: Set<String>] = [:]
        for raw in raws where raw.termEvidence == .written && isCentral(raw) {
            if let term = raw.term { writtenBySentence[sentenceStart(raw.mention.offset), default: []].insert(term) }
        }
        for index in resolved.indices where resolved[index].term == nil && needsTerm(resolved[index]) {
            var raw = resolved[index]
            if let date = raw.date, let term = catalog.term(onISODate: date) {
                raw.term = term
                raw.termEvidence = .date
            } else if let year = raw.writtenYear, let term = catalog.term(inYear: year) {
                raw.term = term
                raw.termEvidence = .date
            } else if let terms = writtenBySentence[sentenceStart(raw.mention.offset)], terms.count == 1,
                      let term = terms.first, possible(term), !catalog.referenceExcludes(id: raw.id, term: term) {
                // One term written in the sentence ("Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05 của
                // Bộ Chính trị"), unless the reference table knows the symbol only in other terms.
                raw.term = term
                raw.termEvidence = .sameSentence
            } else if let term = catalog.referenceTerm(id: raw.id, title: raw.title, published: published), possible(term) {
                raw.term = term
                raw.termEvidence = .reference
            }
            resolved[index] = raw
        }
        return resolved
    }

    /// Central documents numbered per term: symbols of Central bodies and plenum resolutions.
    private func needsTerm(_ raw: RawCitation) -> Bool {
        if case .congress = raw.kind { return false }
        return raw.level == .central
    }

    /// Central documents and national congresses whose written term can speak for their sentence.
    private func isCentral(_ raw: RawCitation) -> Bool {
        if case .congress(local: false) = raw.kind { return raw.level == .central }
        return raw.level == .central
    }

    /// A term that had begun by the article's date (any term when the date is not known).
    private func possible(_ term: String) -> Bool {
        guard let published, let start = catalog.terms.first(where: { $0.term == term })?.start else { return true }
        return start <= published
    }
}
