import BaoArticle

extension Gazetteer {
    /// Whether `line` is the name of a province, city or district ("Cần Thơ", "TP. Hồ Chí Minh",
    /// "Ô Môn"): what the article parser asks of a short line under the title (the dateline).
    public static func isPlace(_ line: String) -> Bool {
        province(named: line) != nil || !districts(named: line).isEmpty
    }
}

// The article layer knows no places: these are its entry points with the gazetteer's, the ones
// the index, the fetcher and the command line parse with.

extension ArticleParser {
    /// Normalises `text` (SPEC section 2) and parses it, datelines recognised by the gazetteer.
    public static func parse(text: String, path: String) -> Article {
        parse(text: text, path: path, isPlace: Gazetteer.isPlace)
    }

    /// Parses text that has already gone through `TextNormalizer.normalize`, datelines recognised
    /// by the gazetteer.
    public static func parse(normalized text: String, path: String) -> Article {
        parse(normalized: text, path: path, isPlace: Gazetteer.isPlace)
    }
}

extension ArticleLoader {
    /// Reads, decodes, normalises and parses one file, datelines recognised by the gazetteer.
    public static func load(path: String) throws(LoadError) -> Article {
        try load(path: path, isPlace: Gazetteer.isPlace)
    }

    /// Decodes, normalises and parses the bytes of one file, datelines recognised by the gazetteer.
    public static func article(from bytes: [UInt8], path: String) throws(LoadError) -> Article {
        try article(from: bytes, path: path, isPlace: Gazetteer.isPlace)
    }
}
