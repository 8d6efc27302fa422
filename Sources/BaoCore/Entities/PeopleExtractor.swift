/// Finds people with the roles written next to them (SPEC section 5).
public enum PeopleExtractor {
    public static func extract(from article: Article) -> [Person] {
        []
    }
}
