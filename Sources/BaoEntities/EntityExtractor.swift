import BaoArticle

/// Runs the entity extractors over one article, in dependency order: provinces first (documents
/// and organisations are scoped by them), then documents, people and organisations.
public enum EntityExtractor {
    public static func extract(from article: Article) -> ArticleEntities {
        // The article's texts are scanned once, here, and every pass reads the same scan; the
        // province analysis goes to the organisation pass directly: the public per-pass entry
        // points would each scan the texts again and go through the per-thread analysis cache,
        // whose look-up compares whole articles.
        let scanned = ScannedArticle(article)
        let analysis = ProvinceExtractor.analyze(article, scanned: scanned)
        let provinces = analysis.result
        let documents = DocumentExtractor.extract(scanned: scanned, published: article.published, provinces: provinces)
        let people = PeopleExtractor.extract(from: scanned)
        let organizations = OrganizationExtractor.extract(analysis: analysis, primary: provinces.primary)
        return ArticleEntities(
            provinces: provinces.provinces,
            primaryProvince: provinces.primary,
            documents: documents.documents,
            people: people.people,
            organizations: organizations.organizations,
            names: NameRanges(people: people.ranges, provinces: analysis.ranges, organizations: organizations.ranges,
                              documents: documents.ranges)
        )
    }
}

/// What the province pass found; later passes use it to scope local documents and organisations.
public struct ProvinceResult: Sendable, Equatable {
    public var provinces: [ProvinceMention]
    public var primary: String?

    public init(provinces: [ProvinceMention] = [], primary: String? = nil) {
        self.provinces = provinces
        self.primary = primary
    }
}
