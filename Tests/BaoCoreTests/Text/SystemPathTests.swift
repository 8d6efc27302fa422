import BaoCore
@testable import BaoText
import XCTest

/// File names that are not UTF-8: held in a String byte for byte, handed back to the system
/// unchanged, shown escaped.
final class SystemPathTests: XCTestCase {
    func testInvalidBytesRoundTrip() {
        let names: [[UInt8]] = [
            Array("bad".utf8) + [0xFF] + Array("name.txt".utf8),
            [0xC3],                                   // a lead byte with nothing after it
            [0xE1, 0xBA] + Array("x".utf8),           // a cut three-byte sequence
            [0xED, 0xA0, 0x80],                       // an encoded surrogate
            [0xC0, 0xAF],                             // an overlong slash
            Array("Cần Thơ".utf8) + [0x9B] + Array("2J".utf8),
            [0xF4, 0x8F, 0xBE, 0x80],                 // a real scalar of the block used for raw bytes
        ]
        for bytes in names {
            let name = SystemPath.decode(bytes)
            XCTAssertEqual(SystemPath.bytes(name), bytes, "\(bytes)")
            SystemPath.withCString(name) { c in
                XCTAssertEqual(Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c))), bytes)
            }
        }
    }

    func testValidNamesAreUnchanged() {
        let name = "Cần Thơ – bài 1.txt"
        XCTAssertEqual(SystemPath.decode(Array(name.utf8)), name)
        XCTAssertEqual(SystemPath.bytes(name), Array(name.utf8))
    }

    func testRawBytesAreShownEscaped() {
        let name = SystemPath.decode(Array("bad".utf8) + [0xFF, 0x9B] + Array(".txt".utf8))
        XCTAssertEqual(TextNormalizer.escapedForDisplay(name), "bad\\xFF\\x9B.txt")
        XCTAssertEqual(TextNormalizer.escapedForJSON("\"" + name + "\""), "\"bad\\\\xFF\\\\x9B.txt\"")
    }

    func testFilesWithSuchNamesAreFoundAndRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = SystemPath.decode(Array((folder.path + "/b").utf8) + [0xE9] + Array(".txt".utf8))
        let fd = SystemPath.withCString(path) { open($0, O_CREAT | O_WRONLY, 0o644) }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let text = Array("Tiêu đề\nMột đoạn văn.".utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let listing = ArticleLoader.files(in: [folder.path])
        XCTAssertEqual(listing.files, [path])
        XCTAssertEqual(listing.errors, [])
        XCTAssertEqual(try ArticleLoader.load(path: path).title, "Tiêu đề")
        XCTAssertTrue(SystemPath.exists(path))
    }
}
