import BaoStore


extension SearchQueryError {
    /// The problem said in the chrome's language, for the status line.
    func text(_ lang: Language) -> String {
        switch problem {
        case .empty:
            return lang("Truy vấn trống: gõ một từ, một \"cụm từ\" hoặc bộ lọc như province:\"Cần Thơ\"",
                        "Empty query: give a word, a \"phrase\" or a filter such as province:\"Cần Thơ\"")
        case .exclusionsOnly:
            return lang("Chỉ có từ loại trừ thì khớp gần như mọi bài: thêm một từ hoặc bộ lọc",
                        "A query of exclusions alone matches nearly everything: add a word or a filter")
        case .needsValue(let field, let example):
            return "'\(field):' " + lang("cần một giá trị, vd. ", "needs a value, e.g. ") + example
        case .notADate(let field, let value):
            return "'\(field):\(value)' " + lang("không phải ngày: viết YYYY, YYYY-MM hoặc YYYY-MM-DD",
                                                  "is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        case .noSuchDay(let field, let value, let month, let year, let days):
            return "'\(field):\(value)' " + lang("không phải ngày: tháng \(month)/\(year) có \(days) ngày",
                                                  "is not a date: month \(month) of \(year) has \(days) days")
        case .tooManyWords(let words, let limit):
            return lang("Truy vấn có \(words) từ; mỗi lần tìm tối đa \(limit) từ (giữ các từ quan trọng nhất, hoặc đặt một cụm từ trong ngoặc kép)",
                        "The query has \(words) words; at most \(limit) are searched at once (keep the words that matter most, or quote a phrase)")
        case .unknownProvince(let name, let nearest):
            return FilterNames.unknownProvince(name, nearest: nearest, lang)
        }
    }
}
