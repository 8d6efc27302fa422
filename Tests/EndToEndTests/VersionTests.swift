import XCTest

final class VersionTests: XCTestCase {
    func testVersionFlag() throws {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(out.hasPrefix("0."), out)
    }
}
