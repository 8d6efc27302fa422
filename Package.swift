// swift-tools-version:6.1
import PackageDescription

/// baoterm: a terminal browser for Vietnamese political news.
///
/// Layers (data flows one way; each target depends only on those before it, so the compiler keeps
/// the direction): BaoText (normalisation, folding, display width, wrapping, scanning)
/// -> BaoArticle (the article model, decoding and the parser) -> BaoEntities (the entity model and
/// the extractors: places, documents, people, organisations) -> BaoStore (the `CorpusStore`
/// protocol, its values and the search language) -> BaoCorpus (the SQLite index and the user's
/// state). BaoCore re-exports all five for the command line, the fetcher and the tests.
/// BaoTUI (pure state, reducer and views rendering into an in-memory cell screen) sees BaoStore
/// and below, never the index. BaoCurses, the terminal backend and the only code that talks to
/// ncursesw (draws screens; delivers keys, resizes and mouse events; suspends and restores the
/// terminal), sees BaoTUI only. The `baoterm` executable holds the app loop (`TerminalBrowser`).
let package = Package(
    name: "baoterm",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baoterm", targets: ["baoterm"]),
        .executable(name: "baoterm-fetch", targets: ["baoterm-fetch"]),
        .library(name: "BaoCore", targets: ["BaoCore"]),
        .library(name: "BaoTUI", targets: ["BaoTUI"]),
        .library(name: "BaoFetch", targets: ["BaoFetch"]),
        // For the fuzz package (fuzz/), whose query target drives the browser over the seeds in memory.
        .library(name: "BaoTestSupport", targets: ["BaoTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // No pkgConfig: Debian's ncursesw.pc adds -D_XOPEN_SOURCE=600, which SwiftPM refuses with a
        // warning on every build; the headers are in /usr/include and the shim header sets what the
        // wide-character API needs.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "CCursesShim",
            dependencies: ["CNcursesw"],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // sqlite3_db_config, which is variadic, for the index's connections.
        .target(
            name: "CSQLiteShim",
            dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // The parsing library, one target per layer; each depends only on the layers below it.
        .target(name: "BaoText"),
        .target(name: "BaoArticle", dependencies: ["BaoText"]),
        .target(name: "BaoEntities", dependencies: ["BaoText", "BaoArticle"]),
        .target(name: "BaoStore", dependencies: ["BaoText", "BaoArticle", "BaoEntities"]),
        .target(
            name: "BaoCorpus",
            dependencies: [
                "BaoText", "BaoArticle", "BaoEntities", "BaoStore", "CSQLiteShim",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // All the layers as one module (re-exported) for the command line, the fetcher and the tests.
        .target(
            name: "BaoCore",
            dependencies: ["BaoText", "BaoArticle", "BaoEntities", "BaoStore", "BaoCorpus"]
        ),
        // What a fetch run reports (progress, per-feed outcome, why it could not start), as the
        // lines `baoterm-fetch` writes and `baoterm` reads: no networking.
        .target(name: "BaoFetchReport"),
        // Feeds, HTTP and HTML article extraction, beside BaoCore so that BaoCore never depends on
        // networking. Foundation's URLSession and XMLParser: no package to build. Linked into
        // `baoterm-fetch` only, never into `baoterm`, whose every command would otherwise load
        // libcurl, libxml2 and their thirty libraries at start.
        .target(
            name: "BaoFetch",
            dependencies: ["BaoCore", "BaoFetchReport"]
        ),
        // A local HTTP server and pages in the shapes of the papers' sites, for tests and the
        // fetch benchmark; never part of the product.
        .target(
            name: "FetchFixtures",
            dependencies: ["BaoCore"]
        ),
        // The store protocol and below: never the SQLite index (BaoCorpus).
        .target(
            name: "BaoTUI",
            dependencies: ["BaoText", "BaoArticle", "BaoEntities", "BaoStore"]
        ),
        .target(
            name: "BaoCurses",
            dependencies: ["BaoTUI", "CCursesShim", "CNcursesw"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // Test doubles and helpers shared by the test targets; never part of the product.
        .target(
            name: "BaoTestSupport",
            dependencies: ["BaoText", "BaoArticle", "BaoEntities", "BaoStore"]
        ),
        .executableTarget(
            name: "baoterm",
            dependencies: [
                "BaoCore", "BaoTUI", "BaoCurses", "BaoFetchReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // One fetch run for `baoterm fetch` and the browser's fetch key, which run it as a child
        // process (`FetchProcess`): installed beside `baoterm`.
        .executableTarget(
            name: "baoterm-fetch",
            dependencies: ["BaoCore", "BaoFetch"]
        ),
        .executableTarget(
            name: "baoterm-bench",
            dependencies: ["BaoCore", "BaoTUI", "BaoFetch", "FetchFixtures"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "BaoCoreTests",
            dependencies: ["BaoCore", "BaoText", "BaoArticle", "BaoEntities", "BaoStore", "BaoCorpus", "BaoTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BaoTUITests",
            dependencies: ["BaoTUI", "BaoCore", "BaoTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "BaoFetchTests",
            dependencies: ["BaoFetch", "BaoCore", "FetchFixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["BaoCore", "BaoCorpus", "BaoTUI", "BaoTestSupport", "FetchFixtures", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
