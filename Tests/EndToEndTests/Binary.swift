import Foundation

/// Locates the built `baoterm` executable: `$BAOTERM_BIN`, or the products folder `swift test` built.
enum Binary {
    static var url: URL {
        if let override = ProcessInfo.processInfo.environment["BAOTERM_BIN"] {
            return URL(fileURLWithPath: override)
        }
        var folders: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            folders.append(bundle.bundleURL)
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let exe = folder.appendingPathComponent("baoterm")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: exe.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: exe.path) {
                return exe
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/baoterm")
    }

    /// The package's root folder, found from this source file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
