/// Scalars that are always a character of their own, whatever stands beside them: no mark joins
/// them, none joins what follows, none is part of an emoji sequence or a line end of two, and
/// each is its own canonical form. In a text made of them alone, characters are scalars:
/// counting, comparing and the character properties can be read from the scalars, with no
/// grapheme breaking and no normalisation.
///
/// The set: printable ASCII and the line feed; Latin-1 to the spacing modifiers (U+00A0–U+02FF)
/// but ©, ® (emoji) and the soft hyphen; the Vietnamese letters of Latin Extended Additional
/// (U+1E00–U+1EFF); dashes, quotes, bullets and the ellipsis (U+2010–U+2027).
package enum OwnCharacters {
    @inlinable @inline(__always)
    package static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x20...0x7E, 0x1E00...0x1EFF, 0x2010...0x2027: return true
        case 0xA0...0x2FF: return value != 0xA9 && value != 0xAE && value != 0xAD
        default: return false
        }
    }

    /// True when every scalar of `text` is in the set.
    package static func isOwn(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { contains($0.value) }
    }

    /// The scalars of `text` when every one is in the set; nil when one is not.
    package static func scalars(of text: some StringProtocol) -> [UInt32]? {
        var values: [UInt32] = []
        values.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard contains(scalar.value) else { return nil }
            values.append(scalar.value)
        }
        return values
    }

    /// What `Character` says of a scalar of the set.
    package struct Properties: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        package static let letter = Properties(rawValue: 1)
        package static let uppercase = Properties(rawValue: 2)
        package static let number = Properties(rawValue: 4)
    }

    /// The properties of `value`, a scalar of the set (none for any other).
    @inline(__always)
    package static func properties(_ value: UInt32) -> Properties {
        value < UInt32(table.count) ? table[Int(value)] : []
    }

    /// Read from `Character` itself for each scalar of the set, so the answers are its answers.
    private static let table: [Properties] = (0..<UInt32(0x2028)).map { value in
        guard contains(value), let scalar = Unicode.Scalar(value) else { return [] }
        let character = Character(scalar)
        var properties: Properties = []
        if character.isLetter { properties.insert(.letter) }
        if character.isUppercase { properties.insert(.uppercase) }
        if character.isNumber { properties.insert(.number) }
        return properties
    }
}
