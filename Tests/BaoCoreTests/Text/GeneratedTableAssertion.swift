import XCTest

/// Fails when a generated literal table differs from what its definition works out now, naming
/// the first entries that differ (by scalar) and the command that writes the table again.
func assertGeneratedTable<Entry: Equatable>(_ literal: [Entry], equals definition: [Entry], file name: String,
                                            file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(literal.count, definition.count, "\(name) has \(literal.count) entries, its definition \(definition.count)", file: file, line: line)
    var differing = 0
    for (value, (generated, defined)) in zip(literal, definition).enumerated() where generated != defined {
        differing += 1
        if differing <= 10 { XCTFail("U+\(String(value, radix: 16)): table \(generated), definition \(defined)", file: file, line: line) }
    }
    XCTAssertEqual(differing, 0, "entries of \(name) differ from their definition: run baoterm-bench tables", file: file, line: line)
}
