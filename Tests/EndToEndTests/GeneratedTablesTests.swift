import Foundation
import XCTest

/// Every generated word table matches its source: each generator is run on a copy of its `scripts/`
/// folder inside a temporary package layout, and its output must equal the committed file byte for
/// byte. Editing a TSV or TXT list without regenerating therefore fails here.
final class GeneratedTablesTests: XCTestCase {
    /// One generator: its folder under `scripts/`, how to run it, and the files it writes (relative to
    /// the package root).
    private struct Generator {
        let folder: String
        let command: () throws -> (URL, [String])
        let outputs: [String]
    }

    private static let root = Binary.packageRoot

    private var documents: Generator {
        Generator(folder: "documents", command: { (try Self.swift(), ["scripts/documents/generate-tables.swift"]) },
                  outputs: ["Sources/BaoEntities/Documents/DocumentTables.swift"])
    }

    private var people: Generator {
        Generator(folder: "people", command: { (try Self.python3(), ["scripts/people/generate.py"]) },
                  outputs: ["Sources/BaoEntities/People/PeopleVocabulary.swift"])
    }

    private var gazetteer: Generator {
        Generator(folder: "gazetteer", command: { (try Self.gazetteerPython(), ["scripts/gazetteer/generate.py"]) },
                  outputs: ["Sources/BaoEntities/Gazetteer/GazetteerData.swift",
                            "Sources/BaoEntities/Gazetteer/OrganizationData.swift",
                            "Sources/BaoEntities/Gazetteer/ContextWordData.swift"])
    }

    private var article: Generator {
        Generator(folder: "article", command: { (try Self.python3(), ["scripts/article/generate.py"]) },
                  outputs: ["Sources/BaoArticle/ArticleWords.swift"])
    }

    // MARK: Committed tables equal their generators' output

    func testDocumentTablesMatchTheirTSVFiles() throws {
        try assertCommittedOutputs(of: documents)
    }

    func testPeopleVocabularyMatchesItsWordLists() throws {
        try assertCommittedOutputs(of: people)
    }

    func testGazetteerAndOrganizationDataMatchTheirSources() throws {
        try assertCommittedOutputs(of: gazetteer)
    }

    func testArticleWordsMatchTheirWordLists() throws {
        try assertCommittedOutputs(of: article)
    }

    // MARK: The comparison notices an edited source

    /// A new entry in a source list changes the generated file, so the comparison above is able to fail.
    func testAnEditedWordListNoLongerMatchesTheCommittedTable() throws {
        let edits: [(Generator, String, String)] = [
            (people, "surnames.txt", "Zzyzx\n"),
            (documents, "places.tsv", "Zzyzx\tZz\n"),
            (gazetteer, "organizations.tsv", "Hội Zzyzx\tHZZ\tbody\n"),
            (documents, "triggers.tsv", "Zzyzx\tNghị quyết\tno\tyes\tno\n"),
            (gazetteer, "organization-committees.tsv", "Zzyzx ủy\tno\tnone\n"),
            (gazetteer, "organization-units.tsv", "zzyzx\tzzyzx\tno\n"),
            (gazetteer, "organization-words.tsv", "Zzyzx\tcentral\tZzyzx\n"),
            (article, "trailer-clutter.txt", "zzyzx\n"),
            (article, "byline-unit-heads.txt", "\"Zzyzx \"\n"),
            (gazetteer, "context-words.tsv", "Zzyzx\tvenue\n"),
            (gazetteer, "national-bodies.txt", "zzyzx\n"),
            (documents, "subject-words.tsv", "zzyzx\tclause\n"),
            (documents, "citation-words.tsv", "zzyzx\tordinal\t99\n"),
        ]
        for (generator, file, line) in edits {
            let produced = try run(generator) { scripts in
                let source = scripts.appendingPathComponent(file)
                let handle = try FileHandle(forWritingTo: source)
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(line.utf8))
                try handle.close()
            }
            let changed = try generator.outputs.filter { output in
                try produced[output] != Data(contentsOf: Self.root.appendingPathComponent(output))
            }
            XCTAssertFalse(changed.isEmpty, "adding a line to scripts/\(generator.folder)/\(file) changed none of \(generator.outputs)")
        }
    }

    /// The parser compares folded text, so an entry written with its tone marks could never match,
    /// and `Captions` tries its labels only on a line that holds "ả" or "Ả": the generator refuses
    /// such entries instead of writing a table that silently misses them.
    func testTheArticleGeneratorRefusesEntriesThatCouldNeverMatch() throws {
        for (file, line) in [("trailer-clutter.txt", "Tin khác\n"), ("caption-credit-labels.txt", "\"Photo:\"\n")] {
            let produced = try run(article, expectSuccess: false) { scripts in
                let handle = try FileHandle(forWritingTo: scripts.appendingPathComponent(file))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(line.utf8))
                try handle.close()
            }
            XCTAssertNil(produced["Sources/BaoArticle/ArticleWords.swift"], "a table was written with \(line) in \(file)")
        }
    }

    // MARK: Running a generator

    private func assertCommittedOutputs(of generator: Generator, file: StaticString = #filePath, line: UInt = #line) throws {
        let produced = try run(generator) { _ in }
        for output in generator.outputs {
            let committed = try Data(contentsOf: Self.root.appendingPathComponent(output))
            let fresh = try XCTUnwrap(produced[output], "\(output) was not written", file: file, line: line)
            XCTAssertTrue(fresh == committed,
                          "\(output) differs from what scripts/\(generator.folder) generates: run the generator and commit the result",
                          file: file, line: line)
        }
    }

    /// Copies `scripts/<folder>` into a fresh temporary package layout, lets `prepare` change the copy,
    /// runs the generator there and returns the bytes of each output it wrote; its exit status must be 0,
    /// or not 0 when `expectSuccess` is false.
    private func run(_ generator: Generator, expectSuccess: Bool = true, prepare: (URL) throws -> Void) throws -> [String: Data] {
        let fm = FileManager.default
        let temp = fm.temporaryDirectory.appendingPathComponent("baoterm-generated-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: temp) }
        let scripts = temp.appendingPathComponent("scripts/\(generator.folder)")
        try fm.createDirectory(at: scripts.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: Self.root.appendingPathComponent("scripts/\(generator.folder)"), to: scripts)
        for output in generator.outputs {
            try fm.createDirectory(at: temp.appendingPathComponent(output).deletingLastPathComponent(),
                                   withIntermediateDirectories: true)
        }
        try prepare(scripts)
        let (executable, arguments) = try generator.command()
        let result = try CommandRunner.run(arguments, in: temp, executable: executable)
        if expectSuccess {
            XCTAssertEqual(result.status, 0, "scripts/\(generator.folder) failed: \(result.stderr)")
        } else {
            XCTAssertNotEqual(result.status, 0, "scripts/\(generator.folder) succeeded")
        }
        var produced: [String: Data] = [:]
        for output in generator.outputs {
            produced[output] = try? Data(contentsOf: temp.appendingPathComponent(output))
        }
        return produced
    }

    private static func swift() throws -> URL {
        let path = InstallTests.which("swift") ?? "/opt/swift/usr/bin/swift"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw GeneratorMissing(message: "swift is not on PATH: scripts/documents/generate-tables.swift needs it")
        }
        return URL(fileURLWithPath: path)
    }

    private static func python3() throws -> URL {
        guard let path = InstallTests.which("python3") else {
            throw GeneratorMissing(message: "python3 is not installed: run scripts/setup.sh")
        }
        return URL(fileURLWithPath: path)
    }

    /// The Python that has the pinned `vietnamadminunits` dataset scripts/gazetteer/generate.py reads:
    /// `$BAOTERM_GENERATOR_VENV`, or the virtual environment scripts/setup.sh makes.
    private static func gazetteerPython() throws -> URL {
        let env = ProcessInfo.processInfo.environment
        let venv = env["BAOTERM_GENERATOR_VENV"]
            ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.cache/baoterm-generators/venv")
        let python = venv + "/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw GeneratorMissing(message: "\(python) is missing: run scripts/setup.sh, which installs the dataset scripts/gazetteer/generate.py reads")
        }
        return URL(fileURLWithPath: python)
    }

    private struct GeneratorMissing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
