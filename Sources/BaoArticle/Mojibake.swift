/// Vietnamese text that was valid UTF-8 but garbled before it reached baoterm: a legacy 8-bit
/// encoding (TCVN3, VNI) decoded as Windows-1252 and saved again ("Thµnh ñy CÇn Th¬",
/// "Xin chaøo caùc baïn"). The letters cannot be trusted; the article gets a warning.
enum Mojibake {
    /// "TCVN3" or "VNI" when the opening of `text` shows their signature and no Vietnamese letter.
    static func guess(_ text: String) -> String? {
        var tcvn = 0, vni = 0, letters = 0
        var previous: UInt32 = 0x20
        var seen = 0
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 3000 { break }
            let v = scalar.value
            if isVietnamese(v) { return nil }
            if v >= 0x41 { letters += 1 }
            // Inside a word: a middle dot or a copyright sign between spaces is punctuation.
            if tcvnSignature.contains(v), isASCIILetter(previous) { tcvn += 1 }
            if vniSignature.contains(v), isVowel(previous) { vni += 1 }
            previous = v
        }
        guard letters >= 40 else { return nil }
        // Garbled Vietnamese shows a signature in a good share of its words, not once or twice
        // in a page of Latin text.
        if tcvn >= 5 && tcvn >= vni && tcvn * 25 >= letters { return "TCVN3" }
        if vni >= 5 && vni * 25 >= letters { return "VNI" }
        return nil
    }

    /// Letters only Vietnamese uses: ă đ ơ ư and the precomposed tone letters.
    private static func isVietnamese(_ v: UInt32) -> Bool {
        v == 0x0102 || v == 0x0103 || v == 0x0110 || v == 0x0111 || v == 0x01A0 || v == 0x01A1
            || v == 0x01AF || v == 0x01B0 || (0x1EA0...0x1EF9).contains(v)
    }

    private static func isASCIILetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    private static func isVowel(_ v: UInt32) -> Bool {
        "aeiouyAEIOUY".unicodeScalars.contains { $0.value == v }
    }

    /// µ ¸ ¶ · ¹ © ¬ ® « ª Ç Þ Õ ¨ ¤: TCVN3 letter bytes shown as Windows-1252.
    private static let tcvnSignature: Set<UInt32> = [0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xA9, 0xAC, 0xAE, 0xAB, 0xAA, 0xC7, 0xDE, 0xD5, 0xA8, 0xA4]
    /// ø ù û õ ï ñ after a vowel: VNI tone bytes shown as Windows-1252.
    private static let vniSignature: Set<UInt32> = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xF1]
}
