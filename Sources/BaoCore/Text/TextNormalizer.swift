/// Normalisation of SPEC section 2: what every piece of text goes through before anything else.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        text
    }
}
