// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for baoterm's parsers: `make fuzz` builds them with `-sanitize=fuzzer` (and
/// address) and runs each one. A package of its own, so the main build never links libFuzzer.
/// Each target's main hands its test function to libFuzzer's driver (`CFuzzDriver`).
///
/// The main package is a path dependency; SwiftPM names it after its folder, whatever the
/// checkout is called.
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "baoterm"

let package = Package(
    name: "baoterm-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FuzzNormalize", dependencies: ["CFuzzDriver", .product(name: "BaoCore", package: root)]),
        .executableTarget(name: "FuzzArticle", dependencies: ["CFuzzDriver", .product(name: "BaoCore", package: root)]),
        .executableTarget(name: "FuzzCitations", dependencies: ["CFuzzDriver", .product(name: "BaoCore", package: root)]),
        .executableTarget(name: "FuzzQuery", dependencies: [
            "CFuzzDriver", .product(name: "BaoCore", package: root), .product(name: "BaoTUI", package: root),
            .product(name: "BaoTestSupport", package: root),
        ]),
    ]
)
