import BaoCore

/// One article as `baoterm extract` prints it (SPEC section 6): camelCase, every field present,
/// absent values as null or []. Fields beyond the specification: series, dateline,
/// publishedYearInferred, and per document the qualifiers that could not be known (`unknown`)
/// and what decided a Party Central term (`termEvidence`).
struct ExtractRecord: Encodable {
    var article: Article
    var entities: ArticleEntities

    private enum Key: String, CodingKey {
        case path, title, subtitle, series, section, published, publishedYearInferred, dateline, source, url, author
        case provinces, primaryProvince, documents, people, organizations, related, warnings
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(article.path, forKey: .path)
        try c.encode(article.title, forKey: .title)
        try c.encode(article.subtitle, forKey: .subtitle)
        try c.encode(article.series, forKey: .series)
        try c.encode(article.section, forKey: .section)
        try c.encode(article.published?.iso, forKey: .published)
        try c.encode(article.published?.yearInferred, forKey: .publishedYearInferred)
        try c.encode(article.dateline, forKey: .dateline)
        try c.encode(article.source, forKey: .source)
        try c.encode(article.url, forKey: .url)
        try c.encode(article.author, forKey: .author)
        try c.encode(entities.provinces.map(ProvinceRecord.init), forKey: .provinces)
        try c.encode(entities.primaryProvince, forKey: .primaryProvince)
        try c.encode(entities.documents.map(DocumentRecord.init), forKey: .documents)
        try c.encode(entities.people.map(PersonRecord.init), forKey: .people)
        try c.encode(entities.organizations.map(OrganizationRecord.init), forKey: .organizations)
        try c.encode(article.related.map { RelatedRecord(title: $0.title) }, forKey: .related)
        try c.encode(article.warnings, forKey: .warnings)
    }
}

private struct ProvinceRecord: Encodable {
    var value: ProvinceMention
    init(_ value: ProvinceMention) { self.value = value }
    private enum Key: String, CodingKey { case name, postMerger, mentions, via }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(value.name, forKey: .name)
        try c.encode(value.postMerger, forKey: .postMerger)
        try c.encode(value.mentions, forKey: .mentions)
        try c.encode(value.via, forKey: .via)
    }
}

private struct DocumentRecord: Encodable {
    var value: DocumentCitation
    init(_ value: DocumentCitation) { self.value = value }
    private enum Key: String, CodingKey {
        case id, key, type, number, year, issuer, term, termEvidence, scope, date, title, mentions, unknown
    }
    private struct MentionRecord: Encodable { var text: String; var offset: Int }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(value.id, forKey: .id)
        try c.encode(value.key, forKey: .key)
        try c.encode(value.type, forKey: .type)
        try c.encode(value.number, forKey: .number)
        try c.encode(value.year, forKey: .year)
        try c.encode(value.issuer, forKey: .issuer)
        try c.encode(value.term, forKey: .term)
        try c.encode(value.termEvidence, forKey: .termEvidence)
        try c.encode(value.scope, forKey: .scope)
        try c.encode(value.date, forKey: .date)
        try c.encode(value.title, forKey: .title)
        try c.encode(value.mentions.map { MentionRecord(text: $0.text, offset: $0.offset) }, forKey: .mentions)
        try c.encode(value.unknown, forKey: .unknown)
    }
}

private struct PersonRecord: Encodable {
    var name: String
    var roles: [String]
    init(_ value: Person) { name = value.name; roles = value.roles }
}

private struct OrganizationRecord: Encodable {
    var value: Organization
    init(_ value: Organization) { self.value = value }
    private enum Key: String, CodingKey { case name, abbreviation, province }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(value.name, forKey: .name)
        try c.encode(value.abbreviation, forKey: .abbreviation)
        try c.encode(value.province, forKey: .province)
    }
}

private struct RelatedRecord: Encodable {
    var title: String
}
