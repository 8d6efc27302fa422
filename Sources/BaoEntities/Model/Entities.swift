/// Everything the entity layer finds in one article.
public struct ArticleEntities: Codable, Sendable, Equatable {
    public var provinces: [ProvinceMention]
    /// Canonical short name of the unit the article is mainly about; nil for national or foreign news.
    public var primaryProvince: String?
    public var documents: [DocumentCitation]
    public var people: [Person]
    public var organizations: [Organization]
    /// Where the body names each person, province and organisation and cites each document. Not
    /// part of the entities' JSON: the index keeps the people's, provinces' and documents' in a
    /// column of their own (`article_content.name_ranges`).
    public var names = NameRanges()

    private enum CodingKeys: String, CodingKey {
        case provinces, primaryProvince, documents, people, organizations
    }

    public init(
        provinces: [ProvinceMention] = [], primaryProvince: String? = nil,
        documents: [DocumentCitation] = [], people: [Person] = [], organizations: [Organization] = [],
        names: NameRanges = NameRanges()
    ) {
        self.provinces = provinces
        self.primaryProvince = primaryProvince
        self.documents = documents
        self.people = people
        self.organizations = organizations
        self.names = names
    }
}

/// Where the body names the article's people, provinces and organisations and cites its
/// documents: for each entity, in the order of `ArticleEntities.people`, `.provinces`,
/// `.organizations` and `.documents`, the ranges of the mentions the extractor accepted, in text
/// order (a document's in the order of its mentions; entities made by hand may have no lists at all).
///
/// A range is a pair of UTF-8 byte offsets into `Article.bodyText` (the blocks joined by a blank
/// line): the unit the scanned body is read in, so the extractors record a mention without
/// converting anything, and the unit the index stores the body in (`StoredArticle` cuts it into
/// blocks by UTF-8 lengths). The reader converts them to characters once per article.
///
/// A person's ranges are the sightings of the full name (not "ông Hiểu" or "Bác Hồ", which name
/// someone without spelling the name); a province's are the places credited to it, each spanning
/// the words its shown name is made of: the province's name or alias, a district's name, a ward's
/// type word and name ("phường Thạnh Mỹ Lợi", as `ProvinceMention.via` writes it). An
/// organisation's are the mentions that spell its name as shown ("Ủy ban nhân dân tỉnh Lào Cai",
/// not "UBND tỉnh Lào Cai", whose name is expanded) or, written alone, its abbreviation ("BCT");
/// the index does not keep them (the reader does not mark organisations), so an article read
/// back from the index has none.
public struct NameRanges: Sendable, Equatable {
    public var people: [[Range<Int>]]
    public var provinces: [[Range<Int>]]
    public var organizations: [[Range<Int>]]
    /// For each of `ArticleEntities.documents`, the range of each of its mentions, in the order
    /// of `DocumentCitation.mentions`: the bytes of `Mention.text` at `Mention.offset` (which
    /// counts Unicode scalars, as `baoterm extract` prints it). The index keeps them and the
    /// reader places its citation links by them.
    public var documents: [[Range<Int>]]

    public init(people: [[Range<Int>]] = [], provinces: [[Range<Int>]] = [], organizations: [[Range<Int>]] = [],
                documents: [[Range<Int>]] = []) {
        self.people = people
        self.provinces = provinces
        self.organizations = organizations
        self.documents = documents
    }
}

/// A province-level unit the article speaks of.
public struct ProvinceMention: Codable, Sendable, Equatable {
    /// Canonical short name of the pre-July-2025 unit: "Cần Thơ", "Bà Rịa - Vũng Tàu".
    public var name: String
    /// The unit it belongs to after the July 2025 merger: "Cà Mau" for "Bạc Liêu".
    public var postMerger: String
    /// How many times the article names it, directly or through a place inside it.
    public var mentions: Int
    /// Districts and towns through which the province was inferred: ["Thới Lai", "Ô Môn"].
    public var via: [String]

    public init(name: String, postMerger: String, mentions: Int, via: [String] = []) {
        self.name = name
        self.postMerger = postMerger
        self.mentions = mentions
        self.via = via
    }
}

/// Where and how a document is cited in the body.
public struct Mention: Codable, Sendable, Equatable, Hashable {
    /// The wording as written: "NQ số 59-NQ/TW", "16 - NQ/TU".
    public var text: String
    /// Offset in Unicode scalars into `Article.bodyText` (its UTF-8 range is in `NameRanges.documents`).
    public var offset: Int

    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
    }
}

/// A document (resolution, directive, law, …) cited by the article, with its canonical identity.
public struct DocumentCitation: Codable, Sendable, Equatable {
    /// Canonical symbol or synthetic id: "59-NQ/TW", "19/2017/NQ-CP", "NQTW4-XII", "NQĐH-XIII".
    public var id: String
    /// What makes two citations the same document: id plus term for Party Central documents
    /// ("59-NQ/TW@XII"), plus province for local ones ("16-NQ/TU@Hồ Chí Minh").
    public var key: String
    /// Type name in full: "Nghị quyết", "Chỉ thị", "Nghị định".
    public var type: String
    public var number: String?
    public var year: Int?
    /// Issuer code: "TW", "TU", "CP", "QH", "BYT".
    public var issuer: String?
    /// Party Central Committee term as a Roman numeral: "XII".
    public var term: String?
    /// What decided the term, strongest first (README "Cited documents"): "written" ("khóa XII"
    /// next to the document), "date" (the document's date), "sameSentence" (a term written for
    /// another Central document of the sentence), "reference" (the table of well-known Party
    /// Central documents), "corpus" (what other articles write about it, set by the index),
    /// "articleDate" (a guess from the article's own date); nil when no term applies or none was found.
    public var termEvidence: String?
    /// Province the document belongs to, for local documents.
    public var scope: String?
    /// Date of the document, ISO 8601 ("2020-08-05").
    public var date: String?
    /// Quoted title or "về …" subject.
    public var title: String?
    public var mentions: [Mention]
    /// Qualifiers of the key that could not be known from the text: "term", "scope".
    public var unknown: [String]

    public init(
        id: String, key: String, type: String, number: String? = nil, year: Int? = nil,
        issuer: String? = nil, term: String? = nil, termEvidence: String? = nil, scope: String? = nil,
        date: String? = nil, title: String? = nil, mentions: [Mention] = [], unknown: [String] = []
    ) {
        self.id = id
        self.key = key
        self.type = type
        self.number = number
        self.year = year
        self.issuer = issuer
        self.term = term
        self.termEvidence = termEvidence
        self.scope = scope
        self.date = date
        self.title = title
        self.mentions = mentions
        self.unknown = unknown
    }
}

/// A person named in the article, once, with the roles written next to the name.
public struct Person: Codable, Sendable, Equatable {
    public var name: String
    public var roles: [String]

    public init(name: String, roles: [String] = []) {
        self.name = name
        self.roles = roles
    }
}

/// A Party committee, state body or other organisation named in the article.
public struct Organization: Codable, Sendable, Equatable {
    /// Full name with abbreviations expanded: "Ban Thường vụ Thành ủy Cần Thơ".
    public var name: String
    /// The abbreviation used in the text, if any: "BTV".
    public var abbreviation: String?
    public var province: String?

    public init(name: String, abbreviation: String? = nil, province: String? = nil) {
        self.name = name
        self.abbreviation = abbreviation
        self.province = province
    }
}
