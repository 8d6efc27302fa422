/// Finds cited documents and gives each a canonical identity (SPEC section 4).
public enum DocumentExtractor {
    public static func extract(from article: Article, provinces: ProvinceResult) -> [DocumentCitation] {
        []
    }
}
