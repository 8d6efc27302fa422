/// `$BROWSER` read by its convention: a colon-separated list of commands tried in order; in each,
/// `%s` stands for the URL and `%%` for a literal `%`, and a command without `%s` gets the URL as
/// its last argument. Arguments are split on spaces and run directly, never through a shell, so
/// nothing in a URL is ever interpreted.
public enum ExternalBrowser {
    /// The commands to try, in order: each a program followed by its arguments, the URL in place.
    public static func commands(browser: String, url: String) -> [[String]] {
        browser.split(separator: ":").compactMap { entry -> [String]? in
            let words = entry.split(separator: " ").map(String.init)
            guard !words.isEmpty else { return nil }
            var placed = false
            let arguments = words.map { word -> String in
                guard word.contains("%") else { return word }
                var out = ""
                var rest = Substring(word)
                while let c = rest.first {
                    rest = rest.dropFirst()
                    guard c == "%", let next = rest.first else { out.append(c); continue }
                    switch next {
                    case "s":
                        out += url
                        placed = true
                        rest = rest.dropFirst()
                    case "%":
                        out.append("%")
                        rest = rest.dropFirst()
                    default:
                        out.append(c)
                    }
                }
                return out
            }
            return placed ? arguments : arguments + [url]
        }
    }
}
