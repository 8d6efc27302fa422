/// Finds Party committees and other bodies, abbreviations expanded (SPEC section 5).
public enum OrganizationExtractor {
    public static func extract(from article: Article, provinces: ProvinceResult) -> [Organization] {
        []
    }
}
