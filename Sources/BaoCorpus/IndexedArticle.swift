import BaoArticle
import BaoEntities
import BaoStore
import Foundation

/// Everything the index stores for one file, computed off the database thread (parsing, entity
/// extraction, folding, JSON) so that the writer only inserts rows.
struct IndexedArticle: Sendable {
    struct Province: Sendable {
        var name: String
        var postMerger: String
        var mentions: Int
        /// `IndexKey.province` of `name` and of `postMerger`.
        var nameKey: String
        var postMergerKey: String
    }

    struct DocumentRow: Sendable {
        var document: DocumentCitation
        /// `IndexKey.document` of the document's key and of its id.
        var keyKey: String
        var idKey: String
    }

    struct CitationRow: Sendable {
        var documentKey: String
        var mention: String
        var offset: Int
        var sentence: String
        /// The title the article gives the document, on its first mention's row only.
        var title: String? = nil
        /// The date the article gives the document, on its first mention's row only.
        var date: String? = nil
        /// What the article says of the key's term or year, for the corpus step (`CorpusQualifier`).
        var reading: CorpusQualifier.Reading? = nil
    }

    struct PersonRow: Sendable {
        var name: String
        var roles: String
        /// `IndexKey.person` of `name`.
        var nameKey: String
    }

    var file: ListedFile
    var hash: String
    var title: String
    /// Title, subtitle and lead (the "head"): the text of the weighted title columns.
    var searchTitle: String
    var published: String?
    /// The year of `published` was inferred, not written (`PublishedDate.yearInferred`).
    var publishedInferred: Bool
    var primaryProvince: String?
    var primaryPostMerger: String?
    /// `IndexKey.province` of the two primary provinces.
    var primaryKey: String?
    var primaryPostKey: String?
    var section: String?
    var author: String?
    var source: String?
    var url: String?
    var body: String
    var articleJSON: Data
    var entitiesJSON: Data
    /// `PackedNameRanges` of the entities' `names`.
    var nameRanges: Data
    var provinces: [Province]
    var documents: [DocumentRow]
    var citations: [CitationRow]
    var people: [PersonRow]
    var columns: SearchColumns

    init(file: ListedFile, hash: String, article: Article, entities: ArticleEntities) throws {
        self.file = file
        self.hash = hash
        let title = TextWindow.clean(article.title ?? "")
        self.title = title.isEmpty ? (file.path as NSString).lastPathComponent : title
        // The head: what a reader sees first, so a match there ranks above one in the body alone.
        let lead = article.blocks.prefix { $0.kind == .lead }.map(\.text)
        searchTitle = ([article.title, article.subtitle].compactMap { $0 } + lead).joined(separator: "\n")
        published = article.published?.iso
        publishedInferred = article.published?.yearInferred ?? false
        primaryProvince = entities.primaryProvince
        primaryPostMerger = entities.primaryProvince.flatMap { primary in
            entities.provinces.first { $0.name == primary }?.postMerger
        } ?? entities.primaryProvince
        primaryKey = primaryProvince.map(IndexKey.province)
        primaryPostKey = primaryPostMerger.map(IndexKey.province)
        section = article.section
        author = article.author
        source = article.source
        url = article.url
        let body = article.bodyText
        self.body = body
        articleJSON = StoredJSON.article(article)
        entitiesJSON = StoredJSON.entities(entities)
        nameRanges = PackedNameRanges.pack(entities.names)
        // The lookup keys are made here, on the parsing threads, so that the writer only inserts.
        provinces = entities.provinces.map {
            Province(name: $0.name, postMerger: $0.postMerger, mentions: $0.mentions,
                     nameKey: IndexKey.province($0.name), postMergerKey: IndexKey.province($0.postMerger))
        }
        documents = entities.documents.map {
            DocumentRow(document: $0, keyKey: IndexKey.document($0.key), idKey: IndexKey.document($0.id))
        }
        var citations: [CitationRow] = []
        let scalars = entities.documents.isEmpty ? [] : Array(body.unicodeScalars)
        for document in entities.documents {
            let reading = CorpusQualifier.Reading(document)
            if document.mentions.isEmpty {
                citations.append(CitationRow(documentKey: document.key, mention: document.id, offset: -1, sentence: "",
                                             title: document.title, date: document.date, reading: reading))
            }
            for (index, mention) in document.mentions.enumerated() {
                let sentence = TextWindow.sentence(in: scalars, scalarOffset: mention.offset, length: mention.text.unicodeScalars.count)
                citations.append(CitationRow(documentKey: document.key, mention: mention.text, offset: mention.offset, sentence: sentence,
                                             title: index == 0 ? document.title : nil, date: index == 0 ? document.date : nil,
                                             reading: reading))
            }
        }
        self.citations = citations
        people = entities.people.map {
            PersonRow(name: $0.name, roles: $0.roles.joined(separator: "; "), nameKey: IndexKey.person($0.name))
        }
        columns = SearchColumns(title: searchTitle, body: body)
    }
}

/// The four full-text columns of an article: folded and canonical marked forms of title and body.
/// The index is contentless, so deleting a row means giving these values again: they must be a
/// pure function of the stored title and body.
struct SearchColumns: Sendable {
    var titleFolded: String
    var bodyFolded: String
    var titleMarked: String
    var bodyMarked: String

    init(title: String, body: String) {
        // Article text comes out of the parser in NFC.
        (titleFolded, titleMarked) = SearchText.forms(title)
        (bodyFolded, bodyMarked) = SearchText.forms(body)
    }
}

