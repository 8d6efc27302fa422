import BaoCore
@testable import BaoText
import XCTest

final class UTF8ScalarTests: XCTestCase {
    /// Every scalar of a string, one to four bytes long, as Swift decodes it.
    func testDecodesWhatSwiftDecodes() {
        let text = "a Đảng ư\u{301} 中文 🇻🇳 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"
        let bytes = Array(text.utf8)
        var decoded: [UInt32] = []
        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalar.decode(bytes, at: i)
            decoded.append(value)
            i += length
        }
        XCTAssertEqual(i, bytes.count)
        XCTAssertEqual(decoded, text.unicodeScalars.map(\.value))
    }

    /// A byte that starts no sequence, or a sequence cut off by the end, is U+FFFD one byte long.
    func testBytesThatStartNoSequenceAreOneReplacementEach() {
        XCTAssertTrue(UTF8Scalar.decode([0x80, 0x41], at: 0) == (0xFFFD, 1))
        XCTAssertTrue(UTF8Scalar.decode([0xBF], at: 0) == (0xFFFD, 1))
        XCTAssertTrue(UTF8Scalar.decode([0xFF, 0x80, 0x80, 0x80], at: 0) == (0xFFFD, 1))
        XCTAssertTrue(UTF8Scalar.decode([0x41, 0xC3], at: 1) == (0xFFFD, 1))
        XCTAssertTrue(UTF8Scalar.decode([0xE1, 0xBA], at: 0) == (0xFFFD, 1))
        XCTAssertTrue(UTF8Scalar.decode([0xF0, 0x9F, 0x87], at: 0) == (0xFFFD, 1))
    }

    /// Slices keep their own indices and end: a sequence running past the slice is cut off.
    func testSlicesAndBuffersDecodeAtTheirOwnOffsets() {
        let bytes = Array("xĐảng".utf8)
        let slice = bytes[1..<4]
        XCTAssertTrue(UTF8Scalar.decode(slice, at: 1) == (0x110, 2))
        XCTAssertTrue(UTF8Scalar.decode(slice, at: 3) == (0xFFFD, 1))
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertTrue(UTF8Scalar.decode(buffer, at: 3) == (0x1EA3, 3))
        }
    }
}
