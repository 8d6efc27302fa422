import BaoText
import Foundation

/// Turns the bytes of a file into text, or says why they are not text baoterm can read.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read; so is
/// mostly-UTF-8 text with a few broken sequences (replaced by U+FFFD, and counted). Anything
/// else is refused with a reason a user can act on: binary data, or a guess at the encoding
/// (UTF-16 without a mark, or one of the legacy Vietnamese code pages TCVN3, VNI, Windows-1258).
public enum TextDecoding {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case binary
        case notUTF8(guess: LegacyEncoding?)

        public var description: String {
            switch self {
            case .empty:
                return "empty file"
            case .binary:
                return "binary file, not text"
            case .notUTF8(let guess?):
                return "not UTF-8: \(guess.description)"
            case .notUTF8(nil):
                return "not UTF-8 (unknown 8-bit encoding; convert the file to UTF-8)"
            }
        }
    }

    /// An encoding that a non-UTF-8 file most likely uses.
    public enum LegacyEncoding: String, Sendable, Equatable, CustomStringConvertible {
        case utf16LittleEndian, utf16BigEndian, tcvn3, vni, windows1258

        public var description: String {
            switch self {
            case .utf16LittleEndian:
                return "looks like UTF-16 (little-endian) without a byte-order mark; convert with: iconv -f UTF-16LE -t UTF-8"
            case .utf16BigEndian:
                return "looks like UTF-16 (big-endian) without a byte-order mark; convert with: iconv -f UTF-16BE -t UTF-8"
            case .tcvn3:
                return "looks like TCVN3 (ABC, .VnTime fonts); convert with: iconv -f TCVN -t UTF-8"
            case .vni:
                return "looks like VNI-Windows (VNI-Times fonts); convert it to Unicode with a Vietnamese converter such as Unikey"
            case .windows1258:
                return "looks like Windows-1258; convert with: iconv -f CP1258 -t UTF-8"
            }
        }
    }

    /// Decoded text, and how many byte sequences were not valid UTF-8 (each became U+FFFD).
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var replaced: Int
    }

    /// Decodes `bytes` as UTF-8 or BOM-marked UTF-16.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        decodeReporting(bytes).map(\.text)
    }

    /// `decode`, saying how many broken sequences of mostly-UTF-8 text were replaced.
    public static func decodeReporting(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return decodeUTF8(bytes[3...])
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return decodeUTF16(bytes[2...], littleEndian: true).map { Decoded(text: $0, replaced: 0) }
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return decodeUTF16(bytes[2...], littleEndian: false).map { Decoded(text: $0, replaced: 0) }
        }
        return decodeUTF8(bytes[...])
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Result<Decoded, Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        if let utf16 = utf16WithoutMark(bytes) { return .failure(.notUTF8(guess: utf16)) }
        if looksBinary(bytes) { return .failure(.binary) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(Decoded(text: text, replaced: 0)) }
        // Mostly UTF-8 (a broken sequence, a stray byte in otherwise valid text) is read as UTF-8
        // with the broken bytes replaced; a legacy encoding is diagnosed only when most of the
        // non-ASCII bytes fail as UTF-8, as they do in a whole file written in one.
        let census = utf8Census(bytes)
        let lenient = Decoded(text: String(decoding: bytes, as: UTF8.self), replaced: census.invalid)
        if census.invalid * 20 <= census.validMultibyte { return .success(lenient) }
        // Strong evidence: at least two bytes in the places the encoding puts its letters, and
        // they make at least half of the broken ones. A stray byte or two is no encoding.
        if let guess = guessLegacy(bytes), guess.score >= 2, guess.score * 2 >= census.invalid {
            return .failure(.notUTF8(guess: guess.encoding))
        }
        if census.invalid <= 3 { return .success(lenient) }
        return .failure(.notUTF8(guess: nil))
    }

    /// Invalid UTF-8 sequences (each counted once, as `String(decoding:)` replaces them) and
    /// valid sequences of more than one byte.
    static func utf8Census(_ bytes: ArraySlice<UInt8>) -> (invalid: Int, validMultibyte: Int) {
        let array = Array(bytes)
        var invalid = 0, valid = 0, i = 0
        var inInvalidRun = false
        while i < array.count {
            if array[i] < 0x80 { i += 1; inInvalidRun = false; continue }
            let length = SystemPath.validSequenceLength(array, at: i)
            if length > 0 {
                valid += 1
                i += length
                inInvalidRun = false
            } else {
                if !inInvalidRun || array[i] >= 0xC0 { invalid += 1 }
                inInvalidRun = true
                i += 1
            }
        }
        return (invalid, valid)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result<String, Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        // Unpaired surrogates become U+FFFD rather than failing the whole file.
        let text = String(decoding: units, as: UTF16.self)
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { return .failure(.binary) }
        return .success(text)
    }

    /// NUL bytes mean binary data, unless they sit in every other position (UTF-16 text).
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        let found: Bool = sample.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                // Eight bytes at a time while none is below 0x20 (text has few: line feeds).
                if let word = TextScan.word(buffer, at: i),
                   (~word & ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080) == 0 {
                    i += 8
                    continue
                }
                let byte = buffer[i]
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                    controls += 1
                }
                i += 1
            }
            return false
        }
        if found { return true }
        // Stray control bytes are cleaned by the normaliser; a file full of them is not text.
        return sample.count >= 64 && controls * 10 > sample.count
    }

    /// UTF-16 without a byte-order mark: ASCII text with a NUL byte in every other position.
    private static func utf16WithoutMark(_ bytes: ArraySlice<UInt8>) -> LegacyEncoding? {
        // memchr: this runs on every file, and almost none holds a NUL byte.
        let hasNUL = bytes.prefix(4096).withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasNUL else { return nil }
        let sample = Array(bytes.prefix(4096))
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0, oddZeros = 0, evenText = 0, oddText = 0
        for (offset, byte) in sample.enumerated() {
            let isText = byte >= 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if offset % 2 == 0 {
                if byte == 0 { evenZeros += 1 } else if isText { evenText += 1 }
            } else {
                if byte == 0 { oddZeros += 1 } else if isText { oddText += 1 }
            }
        }
        let pairs = sample.count / 2
        // The other lane must read as text: ASCII (or Latin) letters, spaces and line breaks.
        if oddZeros * 10 >= pairs * 3, evenZeros * 10 < pairs, evenText * 10 >= pairs * 8 { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 3, oddZeros * 10 < pairs, oddText * 10 >= pairs * 8 { return .utf16BigEndian }
        return nil
    }

    /// Scores the legacy Vietnamese encodings by the bytes that only they put inside words.
    static func guessLegacy(_ bytes: ArraySlice<UInt8>) -> (encoding: LegacyEncoding, score: Int)? {
        var tcvn = 0, vni = 0, cp1258 = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            let afterVowel = isASCIIVowel(previous) || cp1258Vowels.contains(previous)
            if byte >= 0x80 {
                if afterVowel && cp1258Tones.contains(byte) { cp1258 += 1 }
                if isASCIIVowel(previous) && vniMarks.contains(byte) { vni += 1 }
                if byte == 0xF1 || byte == 0xD1 { vni += 1 }
                if tcvnLetters.contains(byte) { tcvn += 1 }
            }
            previous = byte
        }
        let best = max(tcvn, vni, cp1258)
        guard best > 0 else { return nil }
        if best == cp1258 { return (.windows1258, best) }
        if best == vni { return (.vni, best) }
        return (.tcvn3, best)
    }

    private static func isASCIIVowel(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    /// Windows-1258 tone bytes (combining grave, acute, tilde, hook, dot below).
    private static let cp1258Tones: Set<UInt8> = [0xCC, 0xEC, 0xDE, 0xD2, 0xF2]
    /// Windows-1258 vowels with a shape mark: â ê ô ă ơ ư and capitals.
    private static let cp1258Vowels: Set<UInt8> = [0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD]
    /// VNI second bytes for tones and shapes that follow a vowel (ø ù û õ ï, and â/ê/ô as "aâ").
    private static let vniMarks: Set<UInt8> = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xF6, 0xF7, 0xEA, 0xE2, 0xF4]
    /// TCVN3 single bytes for frequent precomposed letters (à á ả ã ạ ư đ ă â ê ô ơ …).
    private static let tcvnLetters: Set<UInt8> = [0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xAD, 0xAE, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xC7, 0xCA, 0xCB, 0xD5, 0xD7, 0xE0, 0xE8]
}
