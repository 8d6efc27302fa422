/// Roman numerals as Vietnamese political text writes them: plenums ("Trung ương IV"), terms
/// ("khóa XII") and congresses ("lần thứ XIII").
enum RomanNumeral {
    /// The value of an upper-case Roman numeral between 1 and 60; nil for anything else.
    static func value(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 8 else { return nil }
        var total = 0
        var previous = 0
        for character in text.reversed() {
            let digit: Int
            switch character {
            case "I": digit = 1
            case "V": digit = 5
            case "X": digit = 10
            case "L": digit = 50
            default: return nil
            }
            if digit < previous { total -= digit } else { total += digit; previous = digit }
        }
        guard total >= 1, total <= 60, numeral(total) == text else { return nil }
        return total
    }

    /// The canonical numeral for 1…60 ("XIV"); nil outside that range.
    static func numeral(_ value: Int) -> String? {
        guard value >= 1, value <= 60 else { return nil }
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount { out += letters; rest -= amount }
        }
        return out
    }
}
