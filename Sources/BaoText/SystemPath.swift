#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names as the system gives them (bytes) held in a `String` without losing any.
///
/// A name that is not valid UTF-8 still names a file: each byte that is not part of a valid
/// UTF-8 sequence becomes one scalar of a private-use block (U+10FF80 + byte - 0x80), which turns
/// back into that byte when the name is handed to the system. Real names containing those
/// scalars are rare but possible: their bytes are carried the same way, so every name survives
/// the round trip. `TextNormalizer.escapedForDisplay` shows such bytes as `\xFF`.
public enum SystemPath {
    /// The first scalar that stands for a raw byte (0x80); the byte is `value - rawBase + 0x80`.
    static let rawBase: UInt32 = 0x10FF80

    /// Whether `scalar` stands for a byte of a name that is not UTF-8, and which.
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= rawBase ? UInt8(truncatingIfNeeded: scalar.value - rawBase + 0x80) : nil
    }

    /// The name held by `bytes`, every byte kept.
    public static func decode<C: Collection<UInt8>>(_ bytes: C) -> String {
        let array = Array(bytes)
        if let valid = String(validating: array, as: UTF8.self), !valid.unicodeScalars.contains(where: { $0.value >= rawBase }) {
            return valid
        }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < array.count {
            let length = validSequenceLength(array, at: i)
            if length > 0 {
                let decoded = String(decoding: array[i..<(i + length)], as: UTF8.self).unicodeScalars
                if let scalar = decoded.first, scalar.value < rawBase {
                    scalars.append(scalar)
                    i += length
                    continue
                }
                // A real scalar from the raw block: carry its bytes one by one.
                for k in i..<(i + length) { scalars.append(raw(array[k])) }
                i += length
                continue
            }
            scalars.append(raw(array[i]))
            i += 1
        }
        return String(scalars)
    }

    /// The bytes the system knows `path` by.
    public static func bytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) { out.append(byte) } else { out.append(contentsOf: Array(String(scalar).utf8)) }
        }
        return out
    }

    /// Calls `body` with the NUL-terminated name of `path` for a system call.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        // F4 8F BE/BF starts every scalar of the raw block; most names never hold a 0xF4 byte.
        guard path.utf8.contains(0xF4) else { return try path.withCString(body) }
        let raw = bytes(path).map { CChar(bitPattern: $0) } + [0]
        return try raw.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Whether something exists at `path` (a dangling link does not count).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return withCString(path) { stat($0, &info) } == 0
    }

    /// Whether `path` is a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return withCString(path) { stat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The command-line arguments as the system passed them, names that are not UTF-8 included
    /// (`CommandLine.arguments` replaces their bytes with U+FFFD).
    public static func commandLineArguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { i in
            guard let argument = CommandLine.unsafeArgv[i] else { return "" }
            return decode(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
        }
    }

    private static func raw(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(rawBase + UInt32(byte) - 0x80)!
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none.
    package static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            k < b.count && range.contains(b[k])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(i + 1) ? 2 : 0
        case 0xE0: return continuation(i + 1, 0xA0...0xBF) && continuation(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(i + 1) && continuation(i + 2) ? 3 : 0
        case 0xED: return continuation(i + 1, 0x80...0x9F) && continuation(i + 2) ? 3 : 0
        case 0xF0: return continuation(i + 1, 0x90...0xBF) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF1...0xF3: return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF4: return continuation(i + 1, 0x80...0x8F) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
