/// Runs the entity extractors over one article, in dependency order: provinces first (documents
/// and organisations are scoped by them), then documents, people and organisations.
public enum EntityExtractor {
    public static func extract(from article: Article) -> ArticleEntities {
        let provinces = ProvinceExtractor.extract(from: article)
        let documents = DocumentExtractor.extract(from: article, provinces: provinces)
        let people = PeopleExtractor.extract(from: article)
        let organizations = OrganizationExtractor.extract(from: article, provinces: provinces)
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
