/// The names closest to a mistyped one, for "did you mean" messages: edit distance between
/// folded forms (case, marks, đ and spacing ignored), a name containing what was typed first.
public enum NearestNames {
    /// Up to `limit` of `candidates` nearest to `typed`, nearest first; none farther than a third
    /// of the typed length, so that a name unlike every candidate gets no suggestion.
    public static func nearest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        let wanted = Array(key(typed))
        guard !wanted.isEmpty, limit > 0 else { return [] }
        let bound = max(1, wanted.count / 3)
        var scored: [(distance: Int, name: String)] = []
        var seen = Set<String>()
        for name in candidates where seen.insert(name).inserted {
            let other = Array(key(name))
            let distance = other.count >= wanted.count && contains(other, wanted) ? 0 : distance(wanted, other, bound: bound)
            if distance <= bound { scored.append((distance, name)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }

    /// " (nearest: a, b)" for a command-line message; "" when there is none.
    public static func hint(_ nearest: [String]) -> String {
        nearest.isEmpty ? "" : " (nearest: " + nearest.joined(separator: ", ") + ")"
    }

    static func key(_ text: String) -> String {
        String(Folding.fold(text).filter { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "-" })
    }

    static func contains(_ haystack: [Character], _ needle: [Character]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// Levenshtein distance, giving up (returning `bound + 1`) once every path exceeds `bound`.
    static func distance(_ a: [Character], _ b: [Character], bound: Int) -> Int {
        if abs(a.count - b.count) > bound { return bound + 1 }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowBest = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
