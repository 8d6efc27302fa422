import BaoEntities
import BaoStore

/// The lookup keys the index stores beside display names, so that filters typed loosely
/// ("can tho", "TP. Cần Thơ", "nqtw4-xii", "05-CT/TW") find what the text wrote properly.
public enum IndexKey {
    /// A province name resolved through the gazetteer (any alias, accents optional: "can tho",
    /// "TP.HCM", "Sài Gòn", "Huế") to its unit's folded key; a name the gazetteer does not know
    /// is folded to letters and digits ("Bà Rịa - Vũng Tàu" → "bariavungtau").
    public static func province(_ name: String) -> String {
        if let known = provinceCache.read({ $0[name] }) { return known }
        let key = Gazetteer.lookupKey(Gazetteer.province(named: name)?.name ?? name)
        provinceCache.update { cache in
            if cache.count > 4096 { cache.removeAll() }
            cache[name] = key
        }
        return key
    }

    /// Province names repeat across thousands of rows; their lookups are remembered.
    private static let provinceCache = Locked<[String: String]>([:])

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
