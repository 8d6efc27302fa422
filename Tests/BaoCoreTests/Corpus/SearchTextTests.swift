import BaoCore
@testable import BaoCorpus
@testable import BaoStore
import XCTest

final class SearchTextTests: XCTestCase {
    /// The generated entry table (SearchTextTable.swift) is what its definition works out, entry
    /// by entry, and each entry reads back as the fold, lower case, letter bit and word class it
    /// was made of.
    func testTheGeneratedEntryTableIsItsDefinition() {
        let computed = SearchText.Tables.computePacked(folds: Folding.Table.computeByScalar())
        XCTAssertEqual(computed.count, Int(SearchText.Tables.size))
        assertGeneratedTable(SearchText.Tables.packed, equals: computed, file: "SearchTextTable.swift")
        for value in UInt32(0)..<SearchText.Tables.size {
            let entry = SearchText.Tables.entry(value)
            XCTAssertEqual(entry.folded, Folding.Table.byScalar[Int(value)])
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(entry.word, SearchText.WordClass(scalar), "U+\(String(value, radix: 16))")
            XCTAssertEqual(entry.letter, scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            let lower = Array(String(scalar).lowercased().unicodeScalars)
            if value == 0xF0 || value == 0xD0 {
                XCTAssertEqual(entry.lower, 0x111)
            } else {
                XCTAssertEqual(entry.lower, lower.count == 1 ? lower[0].value : SearchText.Tables.fallback, "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertEqual(SearchText.Tables.entry(0x130).lower, SearchText.Tables.fallback)  // İ lower-cases to two scalars
        XCTAssertEqual(SearchText.Tables.entry(0x1EA0).lower, 0x1EA1)  // Ạ → ạ
        XCTAssertEqual(SearchText.Tables.entry(0x2013).word, .other)  // en dash
    }

    /// The table the snippets read word classes from says what Unicode's properties say, for
    /// every scalar it covers and beyond.
    func testWordClassFromTheTableIsUnicodes() {
        var checked = 0
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(SearchText.WordClass.of(scalar), SearchText.WordClass(scalar), "U+\(String(value, radix: 16))")
            checked += 1
        }
        XCTAssertEqual(checked, 0x2100)
        XCTAssertEqual(SearchText.WordClass.of("ữ"), .word)
        XCTAssertEqual(SearchText.WordClass.of("\u{0301}"), .mark)
        XCTAssertEqual(SearchText.WordClass.of("…"), .other)
    }

    func testFoldingMapsDStrokeByHand() {
        XCTAssertEqual(SearchText.folded("Đắk Lắk"), "dak lak")
        XCTAssertEqual(SearchText.folded("ĐẢNG ỦY"), "dang uy")
        XCTAssertEqual(SearchText.folded("Ðảng"), "dang")  // eth, as web copy writes it
        XCTAssertEqual(SearchText.folded("CẦN THƠ"), SearchText.folded("can tho"))
    }

    func testFoldingIgnoresNormalisationForm() {
        let nfd = "Thừa Thiên Huế".decomposedStringWithCanonicalMapping
        XCTAssertEqual(SearchText.folded(nfd), "thua thien hue")
        XCTAssertEqual(SearchText.canonical(nfd), "thừa thiên huế")
    }

    func testCanonicalUnifiesTonePlacement() {
        XCTAssertEqual(SearchText.canonical("hoà"), SearchText.canonical("hòa"))
        XCTAssertEqual(SearchText.canonical("Khánh Hoà"), SearchText.canonical("khánh hòa"))
        XCTAssertEqual(SearchText.canonical("thuỷ lợi"), SearchText.canonical("THỦY LỢI"))
        XCTAssertEqual(SearchText.canonical("khoẻ mạnh"), SearchText.canonical("khỏe mạnh"))
        XCTAssertEqual(SearchText.canonical("Thanh Hoá."), SearchText.canonical("thanh hóa."))
        XCTAssertTrue(SearchText.canonical("Thanh Hoá.").hasSuffix("."))
    }

    func testCanonicalKeepsDistinctTonesAndOnsets() {
        XCTAssertNotEqual(SearchText.canonical("Hòa"), SearchText.canonical("Hóa"))
        XCTAssertEqual(SearchText.canonical("quý"), "quý")  // "qu" is an onset: the mark stays on y
        XCTAssertEqual(SearchText.canonical("hoàng"), "hoàng")  // closed syllable: one placement only
        XCTAssertEqual(SearchText.canonical("hoài"), "hoài")
        XCTAssertEqual(SearchText.canonical("ðổi"), "đổi")
    }

    func testHasMarks() {
        XCTAssertTrue(SearchText.hasMarks("Hòa"))
        XCTAssertTrue(SearchText.hasMarks("đi"))
        XCTAssertFalse(SearchText.hasMarks("Hoa"))
        XCTAssertFalse(SearchText.hasMarks("can tho"))
    }

    func testTokensSplitLikeTheIndex() {
        XCTAssertEqual(SearchText.tokens("59-nq/tw"), ["59", "nq", "tw"])
        XCTAssertEqual(SearchText.tokens("“cần thơ”, 2024."), ["cần", "thơ", "2024"])
        XCTAssertEqual(SearchText.tokens("  "), [])
    }
}

final class SearchTextFoldingEquivalenceTests: XCTestCase {
    /// The table-driven fold must equal `Folding.fold` on NFC text: the index and queries use it.
    func testFastFoldEqualsFolding() {
        let samples = [
            "Thành ủy CẦN THƠ quán triệt Nghị quyết 59-NQ/TW “về xây dựng” – Ðảng bộ Đắk Lắk…",
            "Khánh Hoà, Thuỷ Nguyên, Quý, Nguyễn Ánh, ƯỚC, ỌC, Ỹ, 7.987 đảng viên, 114,1%",
            "Ελληνικά, 中文, emoji 🇻🇳, İstanbul, ß, ﬁ, \u{00A0}nbsp, tab\tend",
        ]
        for sample in samples {
            XCTAssertEqual(SearchText.folded(sample), Folding.fold(sample), sample)
        }
        var letters = ""
        for value in 0x00C0...0x1EF9 {
            if let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic,
               String(scalar) == String(scalar).precomposedStringWithCanonicalMapping {
                letters.unicodeScalars.append(scalar)
                letters.append(" ")
            }
        }
        XCTAssertEqual(SearchText.folded(letters), Folding.fold(letters))
    }
}

extension SearchTextFoldingEquivalenceTests {
    /// The fast canonical form equals `TonePlacement` over lower-cased NFC text with the eth fixed.
    func testCanonicalEqualsTonePlacement() {
        let samples = [
            "Thành ủy CẦN THƠ, Khánh Hòa, Khánh Hoà, THANH HÓA, Thuỷ Nguyên, thủy lợi, quý, khỏe, khoẻ.",
            "Hòa-Bình “hóa” (ủy) òa; Ðảng ðoàn; 7.987 đảng viên; Ελληνικά 中文 🇻🇳 İ ß",
            "hoà\u{00A0}hòa\u{200B}tuý thuỵ QUỲ Quỳnh oà OÀ ÒA Òa",
        ]
        for sample in samples {
            let nfc = sample.precomposedStringWithCanonicalMapping
            let reference = TonePlacement.canonical(String(String.UnicodeScalarView(
                nfc.lowercased().unicodeScalars.map { $0 == "\u{00F0}" ? "\u{0111}" : $0 })))
            XCTAssertEqual(SearchText.canonical(sample), reference, sample)
            XCTAssertEqual(SearchText.canonical(nfc, isNFC: true), reference, sample)
        }
    }
}

extension SearchTextFoldingEquivalenceTests {
    /// The text with every scalar outside ASCII that belongs to no word made a space, as the
    /// index's forms write it: letters and numbers are words, a combining mark continues one.
    private func separated(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inWord = false
        for scalar in text.unicodeScalars {
            let props = scalar.properties
            let mark = props.generalCategory == .nonspacingMark
            let word = !mark && (props.isAlphabetic || props.numericType != nil)
            if scalar.isASCII {
                out.append(scalar)
                inWord = word
            } else if word || (mark && inWord) {
                out.append(scalar)
                inWord = true
            } else {
                out.append(" ")
                inWord = false
            }
        }
        return String(out)
    }

    /// Lower case, ð made đ, tones in canonical placement: what the marked form is by definition.
    private func reference(_ nfc: String) -> String {
        TonePlacement.canonical(String(String.UnicodeScalarView(
            nfc.lowercased().unicodeScalars.map { $0 == "\u{00F0}" ? "\u{0111}" : $0 })))
    }

    /// The one-pass forms the index stores equal the folded and canonical forms made separately
    /// over the text with its separators made spaces, including a tone-placement rewrite at the
    /// very end of the text and next to punctuation; `canonical` keeps the separators.
    func testFormsEqualFoldedAndCanonical() {
        let samples = [
            "Thành ủy CẦN THƠ, Khánh Hoà, THANH HOÁ, Thuỷ Nguyên, khoẻ, quý; Ðảng ðoàn “hoà” (thuỷ)",
            "Ελληνικά 中文 🇻🇳 İstanbul ß ﬁ 7.987 đảng viên – 114,1% hoà",
            "", "hoà", "Ò", "oà", "a\u{0301}", "q\u{0301}x \u{0323}lộ", "µg",
        ]
        for sample in samples {
            let nfc = sample.precomposedStringWithCanonicalMapping
            let forms = SearchText.forms(nfc)
            XCTAssertEqual(forms.folded, Folding.fold(separated(nfc)), sample)
            XCTAssertEqual(forms.marked, reference(separated(nfc)), sample)
            XCTAssertEqual(SearchText.canonical(nfc), reference(nfc), sample)
        }
        // Canonical placement is the new style: the tone on the main (second) vowel.
        XCTAssertEqual(SearchText.forms("Khánh Hòa, thủy").marked, "khánh hoà, thuỷ")
        XCTAssertEqual(SearchText.forms("Khánh Hòa, thủy").folded, "khanh hoa, thuy")
        // Quotes, dashes and no-break spaces are spaces; ASCII punctuation stays for the tokenizer.
        XCTAssertEqual(SearchText.forms("“Hòa”–Bình\u{00A0}(x)").marked, " hoà  bình (x)")
        // A stray combining mark after a space starts no word; after a letter it stays in it.
        XCTAssertEqual(SearchText.forms("q\u{0301} \u{0323}a").marked, "q\u{0301}  a")
        XCTAssertEqual(SearchText.tokens("q\u{0301} \u{0323}a"), ["q\u{0301}", "a"])
    }

    /// Text that grows when lower-cased ("Ⱥ" is two bytes, "ⱥ" three) followed by a long ASCII
    /// run: the forms outgrow their first buffers and stay exact.
    func testFormsGrowBeyondTheInputLength() {
        let text = String(repeating: "Ⱥ", count: 3000) + String(repeating: "ab ", count: 2000)
        let forms = SearchText.forms(text)
        XCTAssertEqual(forms.marked, reference(separated(text)))
        XCTAssertEqual(forms.folded, Folding.fold(separated(text)))
        XCTAssertEqual(forms.marked.utf8.count, 3000 * 3 + 6000)
    }

    /// Random text over letters that fold, change case, grow when lower-cased (İ, Ⱥ), carry
    /// moved tones, separate words or sit outside the tables (CJK, emoji, combining marks): the
    /// one-pass forms equal `Folding` and `TonePlacement` applied to the separated text, and the
    /// index's words are `tokens`' words.
    func testFormsOnRandomText() {
        let pool = Array("aAeEyYoOuUqQhHkKtT òóỏõọÒÓÙÚủũụỦ àáạăâđĐðÐơưƯ İȺẞ ß,.;-–“”\u{00A0}\u{200B}中文🇻🇳Ωω0123 \n")
            + ["\u{0301}", "\u{0323}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                text.append(pool.randomElement(using: &generator) ?? " ")
            }
            let nfc = text.precomposedStringWithCanonicalMapping
            let forms = SearchText.forms(nfc)
            XCTAssertEqual(forms.folded, Folding.fold(separated(nfc)), nfc.debugDescription)
            XCTAssertEqual(forms.marked, reference(separated(nfc)), nfc.debugDescription)
            let asciiWords = forms.marked.split { $0.isASCII && !($0.isLetter || $0.isNumber) }.map(String.init)
            XCTAssertEqual(asciiWords, SearchText.tokens(SearchText.canonical(nfc)), nfc.debugDescription)
        }
    }

    /// Readings are found run by run (each run of word scalars folded alone, the marked form
    /// made only of the runs that match): they are those of a walk of both whole forms, over
    /// random text with moved tones, digits glued to words, separators, combining marks after
    /// letters and after separators, letters that grow when lower-cased, and line ends.
    /// A reading found as bytes by `ReadingProbe` is always one `readings` finds there: in
    /// random texts (capitals, marks after words, glued letters, line breaks, other scripts),
    /// and in the cases that must not count (a longer word, a mark after it, capitals, two
    /// spaces).
    func testAReadingProbeFindsOnlyReadingsTheScanFinds() throws {
        let probe = { (reading: [String], folded: [String]) in try XCTUnwrap(SearchText.ReadingProbe(reading: reading, of: folded)) }
        let corruption = try probe(["tham", "nhũng"], ["tham", "nhung"])
        func found(_ text: String) -> Bool {
            var text = text.precomposedStringWithCanonicalMapping
            return text.withUTF8 { corruption.isSurelyIn($0) }
        }
        XCTAssertTrue(found("tham nhũng"))
        XCTAssertTrue(found("Chống “tham nhũng”, lãng phí."))
        XCTAssertTrue(found("xtham nhũng và tham nhũng."))
        for text in ["Tham nhũng", "xtham nhũng", "tham nhũngx", "tham nhũng\u{0300}", "tham  nhũng", "tham\nnhũng", "tham nhũng1",
                     "ǅtham nhũng", "", "tham", "thăm những"] {
            XCTAssertFalse(found(text), text.debugDescription)
        }
        XCTAssertNil(SearchText.ReadingProbe(reading: ["Tham", "nhũng"], of: ["tham", "nhung"]), "not lower case")
        XCTAssertNil(SearchText.ReadingProbe(reading: ["tham", "nhũng"], of: ["tham", "nhun"]), "not a reading of these words")
        XCTAssertNil(SearchText.ReadingProbe(reading: ["tham"], of: ["tham", "nhung"]))

        let pool = ["tham", "thăm", "THĂM", "nhũng", "những", "Nhũng", "hoà", "hòa", "Hoà", "hoa", "đảng", "Đảng", " ", " ", " ", "\n",
                    ",", "“", "\u{00A0}", "\u{0301}", "中文", "İ", "x", "1", "ạ", "×", "ð", "tham nhũng", " tham những ", "đảng hòa", " hòa"]
        let queries = [["tham", "nhung"], ["hoa"], ["dang", "hoa"], ["nhung", "tham"]]
        var generator = SystemRandomNumberGenerator()
        var surely = 0
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &generator) { text += pool.randomElement(using: &generator) ?? " " }
            let nfc = text.precomposedStringWithCanonicalMapping
            let folded = queries[round % queries.count]
            let readings = SearchText.readings(of: folded, in: nfc)
            // Every reading the scan could give: those of this text and of others.
            let candidates = readings.union(SearchText.readings(of: folded, in: pool.joined(separator: " ")))
            for reading in candidates {
                guard let probe = SearchText.ReadingProbe(reading: reading, of: folded) else { continue }
                var bytes = nfc
                guard bytes.withUTF8({ probe.isSurelyIn($0) }) else { continue }
                surely += 1
                XCTAssertTrue(readings.contains(reading), "\(reading) probed in \(nfc.debugDescription), not read there")
            }
        }
        XCTAssertGreaterThan(surely, 200, "the probe found too few readings for the test to say much")
    }

    func testReadingsRunByRunAreTheReadingsOfTheWholeForms() {
        let pool = ["tham", "thăm", "THĂM", "nhũng", "những", "nhung", "Nhũng", "hoà", "hòa", "Hoà", "hoa", "toa", "tòa", "thuỷ",
                    "thủy", "đảng", "Đảng", "dang", "ð", " ", " ", " ", "\n", "\n", "\r\n", ",", "“", "–", "\u{00A0}", "\u{0301}",
                    "\u{0323}", "中文", "İ", "ǅ", "ß", "½", "Ω", "\u{00AD}", "’", "1", "x", "×", "÷", "ạ", "Ệ", "ữ", "ǃ", "ʹ", "·",
                    "\u{1DC4}", "ﬁ", "Ⅻ", "😀", "ợ", "nhữ"]
        let queries = [["tham", "nhung"], ["nhung", "tham"], ["hoa"], ["hoa", "tham", "nhung"], ["thuy"], ["dang", "hoa"], ["d"],
                       ["hoa1"], ["i"], ["hoa", "hoa"], ["tham", "tham", "tham"], ["nhungx"], ["ss"], ["dz"]]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += pool.randomElement(using: &generator) ?? " "
            }
            let nfc = text.precomposedStringWithCanonicalMapping
            let query = queries[round % queries.count]
            XCTAssertEqual(SearchText.readings(of: query, in: nfc, byWord: true), SearchText.readings(of: query, in: nfc, byWord: false),
                           "\(query) in \(nfc.debugDescription)")
        }
    }
}
