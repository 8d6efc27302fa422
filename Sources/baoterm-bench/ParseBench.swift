import BaoCore
import Foundation

/// Parsing throughput over a folder of articles.
enum ParseBench {
    static func run(_ args: [String]) throws {
        print("parse bench: not yet implemented")
    }
}
