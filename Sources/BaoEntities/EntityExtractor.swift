import BaoArticle

/// Runs the entity extractors over one article, in dependency order: provinces first (documents
/// and organisations are scoped by them), then documents, people and organisations.
public enum EntityExtractor {
    public static func extract(from article: Article) -> ArticleEntities {
        // The body text is joined once and the province analysis handed to the organisation pass
        // directly: the public per-pass entry points would each join the blocks again and go
        // through the per-thread analysis cache, whose look-up compares whole articles.
        let bodyText = article.bodyText
        let analysis = ProvinceExtractor.analyze(article, bodyText: bodyText)
        let provinces = analysis.result
        let documents = DocumentExtractor.extract(
            bodyText: bodyText, title: article.title, published: article.published, provinces: provinces)
        let people = PeopleExtractor.extract(from: article)
        let organizations = OrganizationExtractor.extract(analysis: analysis, primary: provinces.primary)
        return ArticleEntities(
            provinces: provinces.provinces,
            primaryProvince: provinces.primary,
            documents: documents,
            people: people,
            organizations: organizations
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
