/// The lookup keys the index stores beside display names, so that filters typed loosely
/// ("can tho", "TP. Cần Thơ", "nqtw4-xii", "05-CT/TW") find what the text wrote properly.
public enum IndexKey {
    /// A province name folded to letters and digits: "Bà Rịa - Vũng Tàu" → "bariavungtau".
    /// Leading unit words ("tỉnh", "thành phố", "TP.") are dropped, and the usual short forms of
    /// Hồ Chí Minh City ("TPHCM", "TP.HCM", "Sài Gòn") map to it.
    public static func province(_ name: String) -> String {
        var folded = SearchText.folded(name).trimmingSpaces
        for prefix in ["tinh ", "thanh pho ", "tp. ", "tp.", "tp "] where folded.hasPrefix(prefix) {
            folded = String(folded.dropFirst(prefix.count))
            break
        }
        let key = String(folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
        switch key {
        case "tphcm", "hcm", "saigon", "hcmc": return "hochiminh"
        case "hue": return "thuathienhue"
        default: return key
        }
    }

    /// A document id or key compared without case, spaces, marks or leading zeros:
    /// "05-CT/TW" and "5-ct/tw" meet, "NQĐH-XIII" and "NQDH-XIII" meet.
    public static func document(_ id: String) -> String {
        var out = ""
        var inNumber = false
        var pendingZeros = 0
        for character in SearchText.folded(id) where !character.isWhitespace {
            if character == "0" && !inNumber {
                pendingZeros += 1
                continue
            }
            if character.isNumber {
                inNumber = true
            } else {
                if pendingZeros > 0 { out.append("0") }
                inNumber = false
            }
            pendingZeros = 0
            out.append(character)
        }
        if pendingZeros > 0 { out.append("0") }
        return out
    }

    /// A person's name folded with white space collapsed: "Phạm Văn Hiểu" → "pham van hieu".
    public static func person(_ name: String) -> String {
        SearchText.folded(name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
