/// What decided the term of a Party Central citation, strongest first (README "Cited documents").
package enum TermEvidence: String, Sendable {
    /// "khóa XII" written for the document, after it or before it ("Ban Chấp hành Trung ương khóa
    /// XII ban hành …").
    case written
    /// The document's own date written in the article ("ngày 15/5/2016", before or after the symbol).
    case date
    /// A term written for another Central document of the same sentence.
    case sameSentence
    /// The reference table of well-known Party Central documents (`scripts/documents/central.tsv`).
    case reference
    /// What other articles of the corpus write about the same symbol (set by the index).
    case corpus
    /// The article's own date: a guess.
    case articleDate

    /// True for evidence written in the article about this very document.
    var isWritten: Bool { self == .written || self == .date }
}
