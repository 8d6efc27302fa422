/// Finds the province-level units an article speaks of (SPEC section 3).
public enum ProvinceExtractor {
    public static func extract(from article: Article) -> ProvinceResult {
        ProvinceResult()
    }
}
