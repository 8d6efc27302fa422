import BaoCore
@testable import BaoText
import BaoTestSupport
import XCTest

/// The byte-level searches must find what the Character- and index-based searches they replace find.
final class TextScanTests: XCTestCase {
    func testLastRangeFindsTheLastOccurrenceWithinTheWindow() {
        let line = "Lãnh đạo tỉnh dự lễ. Ảnh: Minh Khoa | Ảnh: Hoàng Uyên"
        let range = TextScan.lastRange(of: "Ảnh:", in: line, window: 30)
        XCTAssertEqual(range.map { String(line[$0.upperBound...]) }, " Hoàng Uyên")
        XCTAssertNil(TextScan.lastRange(of: "Lãnh", in: line, window: 30))
        XCTAssertEqual(TextScan.lastRange(of: "Lãnh", in: line).map { line.distance(from: line.startIndex, to: $0.lowerBound) }, 0)
    }

    /// The searches try eight starts at a time by the needle's first two bytes; on random texts
    /// and needles of the same few letters (so that there are many near misses), with and without
    /// a window, they find what a plain search byte by byte finds.
    func testSearchesEightStartsAtATimeFindWhatAPlainSearchFinds() {
        func plain(_ needle: [UInt8], in text: [UInt8], last: Bool, window: Int? = nil) -> Int? {
            guard !needle.isEmpty, text.count >= needle.count else { return nil }
            let lowest = window.map { max(0, text.count - $0) } ?? 0
            guard lowest <= text.count - needle.count else { return nil }
            let found = Array(lowest...(text.count - needle.count)).filter { Array(text[$0..<($0 + needle.count)]) == needle }
            return last ? found.last : found.first
        }
        let pieces = ["a", "n", "h", " ", "ả", "Ả", "ạ", "an", "nh"]
        var random = SplitMix(seed: 0x7363616E)
        var found = 0
        for _ in 0..<20_000 {
            let text = random.text(of: pieces, count: 0...40)
            let needle = random.text(of: pieces, count: 1...3)
            let window = Bool.random(using: &random) ? Int.random(in: 0...60, using: &random) : nil
            let bytes = Array(text.utf8), pattern = Array(needle.utf8)
            let first = TextScan.firstRange(of: needle, in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            XCTAssertEqual(first, plain(pattern, in: bytes, last: false), "\(needle) in \(text)")
            let last = TextScan.lastRange(of: needle, in: text, window: window).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            XCTAssertEqual(last, plain(pattern, in: bytes, last: true, window: window), "\(needle) in \(text), window \(String(describing: window))")
            if first != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 5_000)
    }

    func testContainsInBytesIsContainsInTheString() {
        let texts = ["quoc hoi khoa xiv", "hoi nghi trung uong 5", "", "a", "thu tuong chinh phu", "Đà Nẵng", "apec 2017"]
        let needles = ["quoc hoi", "trung uong", "chinh phu", "a", "Nẵng", "2017", "apec 2018", "", "thu tuong chinh phu ha noi"]
        for text in texts {
            var copy = text
            for needle in needles {
                XCTAssertEqual(copy.withUTF8 { TextScan.contains($0, needle) }, TextScan.contains(text, needle), "\(text) \(needle)")
            }
        }
        var title = "Quốc hội khóa XIV"
        XCTAssertTrue(title.withUTF8 { TextScan.contains($0, "hội") })
        XCTAssertFalse(title.withUTF8 { TextScan.contains($0, "hoi") })
    }

    func testPhotoWordIsAnhInAnyOfItsThreeCasesWithinTheWindow() {
        XCTAssertTrue(TextScan.mentionsPhotoWord("Toàn cảnh hội nghị. Ảnh: Ngọc Hà", window: 160))
        XCTAssertTrue(TextScan.mentionsPhotoWord("HỘI NGHỊ (ẢNH: TTXVN)", window: 160))
        XCTAssertTrue(TextScan.mentionsPhotoWord("nguồn ảnh", window: 160))
        XCTAssertFalse(TextScan.mentionsPhotoWord("cả nhà, bản tin, quả, Hải Phòng", window: 160))
        XCTAssertFalse(TextScan.mentionsPhotoWord("ảNh Ản ản", window: 160))
        // "Ảnh" starts 163 bytes from the end.
        let far = "Ảnh " + String(repeating: "x", count: 157)
        XCTAssertFalse(TextScan.mentionsPhotoWord(far, window: 162))
        XCTAssertTrue(TextScan.mentionsPhotoWord(far, window: 163))
        XCTAssertTrue(TextScan.mentionsPhotoWord("Ảnh", window: 5))
        XCTAssertFalse(TextScan.mentionsPhotoWord("Ảnh", window: 4))
    }

    func testLastRangeInASubstringGivesIndicesOfTheWholeString() {
        let text = "Bắc Ninh | Hà Nội | Cần Thơ"
        let slice = text[text.index(text.startIndex, offsetBy: 4)...]
        let range = TextScan.lastRange(of: " | ", in: slice)
        XCTAssertEqual(range.map { String(text[$0.upperBound...]) }, "Cần Thơ")
    }

    func testFirstRangeFindsTheFirstOccurrenceInStringsAndSubstrings() {
        let title = "Xây dựng Đảng - Bài 2: Sâu sát - Bài 3: Giữ lửa"
        XCTAssertEqual(TextScan.firstRange(of: " - ", in: title).map { String(title[$0.upperBound...]) }, "Bài 2: Sâu sát - Bài 3: Giữ lửa")
        let rest = title[title.index(title.startIndex, offsetBy: 16)...]
        let range = TextScan.firstRange(of: " - ", in: rest)
        XCTAssertEqual(range.map { String(title[$0.upperBound...]) }, "Bài 3: Giữ lửa")
        XCTAssertEqual(TextScan.firstRange(of: "Đảng", in: title).map { String(title[$0]) }, "Đảng")
        XCTAssertEqual(TextScan.firstRange(of: "lửa", in: title).map { title.distance(from: $0.upperBound, to: title.endIndex) }, 0)
        XCTAssertNil(TextScan.firstRange(of: "", in: title))
        XCTAssertNil(TextScan.firstRange(of: "Bài 4", in: title))
        XCTAssertNil(TextScan.firstRange(of: "dài hơn cả chuỗi", in: "ngắn"))
    }

    func testWordMatchesMarkExactlyTheEqualBytes() {
        // Neighbours that trip the short subtract-and-mask test: zero, 0x01, 0x80, 0xFF, byte ± 1.
        var samples: [[UInt8]] = [[0x20, 0x21, 0x1F, 0x00, 0x01, 0x80, 0xFF, 0x20], [0x2E, 0x2E, 0x2D, 0x2F, 0xAE, 0x2E, 0x00, 0x2E]]
        var state: UInt32 = 12345
        for _ in 0..<200 {
            samples.append((0..<8).map { _ in
                state = state &* 1_103_515_245 &+ 12345
                let pick = UInt8(truncatingIfNeeded: state >> 16)
                return [0x20, 0x2E, 0x00, 0x21, 0x80, pick][Int(state >> 8) % 6]
            })
        }
        for bytes in samples {
            bytes.withUnsafeBufferPointer { buffer in
                guard let word = TextScan.word(buffer, at: 0) else { return XCTFail("eight bytes give a word") }
                for target: UInt8 in [0x20, 0x2E, 0x00, 0x21, 0xFF] {
                    let mask = TextScan.bytes(of: word, equalTo: target)
                    let expected = bytes.enumerated().reduce(UInt64(0)) { $1.element == target ? $0 | (0x80 << (8 * UInt64($1.offset))) : $0 }
                    XCTAssertEqual(mask, expected, "\(bytes) \(target)")
                }
            }
        }
        [UInt8](repeating: 0x20, count: 7).withUnsafeBufferPointer { XCTAssertNil(TextScan.word($0, at: 0)) }
        [UInt8](repeating: 0x20, count: 9).withUnsafeBufferPointer {
            XCTAssertNotNil(TextScan.word($0, at: 1))
            XCTAssertNil(TextScan.word($0, at: 2))
            XCTAssertNil(TextScan.word($0, at: -1))
        }
    }

    func testFirstIndexOfASCIIMatchesFirstIndexOfCharacter() {
        for line in ["Xem thêm: Đại hội Đảng bộ tỉnh", "Tin liên quan", "Từ khóa:: a", ":đầu", "cuối:"] {
            let text = Substring(line)
            XCTAssertEqual(TextScan.firstIndex(ofASCII: 0x3A, in: text), text.firstIndex(of: ":"), line)
        }
    }

    func testFirstIndexOfASCIISkipsAColonCarryingACombiningMark() {
        // ":" followed by U+0301 is one character that is not ":"; the plain colon after it is found.
        let text = Substring("a:\u{301} b: c")
        let index = TextScan.firstIndex(ofASCII: 0x3A, in: text)
        XCTAssertEqual(index, text.firstIndex(of: ":"))
        XCTAssertEqual(index.map { String(text[$0...]) }, ": c")
    }
}
