import Foundation
import XCTest
@testable import BaoTUI

/// Compares a screen with a golden text file next to the tests; `BAOTERM_RECORD=1` re-records it.
func assertGolden(_ screen: Screen, _ name: String, styles: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
    var text = screen.text + "\n"
    if styles { text += String(repeating: "-", count: screen.width) + "\n" + screen.styleMap + "\n" }
    let folder = goldenFolder
    let url = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["BAOTERM_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertNoThrow(try text.write(to: url, atomically: true, encoding: .utf8))
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        XCTFail("No golden screen \(name).txt: run with BAOTERM_RECORD=1 to record it", file: file, line: line)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        XCTFail("Screen differs from golden \(name).txt (BAOTERM_RECORD=1 re-records):\n" + text, file: file, line: line)
    }
}

/// `Tests/BaoTUITests/Golden/`, found from this file's path.
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Golden")
