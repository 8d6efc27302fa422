/// What a cell shows, independent of how a terminal colours it; the backend and the config map
/// roles to colours and attributes.
public enum Role: String, CaseIterable, Sendable, Equatable, Codable {
    case normal, dim, header, headerFocused, selected, selectedUnfocused
    case title, meta, subheading, caption, link, linkSelected, match, matchCurrent
    case person, place, status, prompt, error, separator, unread

    /// One letter per role for style dumps in golden files.
    public var code: Character {
        switch self {
        case .normal: return "."
        case .dim: return "d"
        case .header: return "h"
        case .headerFocused: return "H"
        case .selected: return "S"
        case .selectedUnfocused: return "s"
        case .title: return "T"
        case .meta: return "m"
        case .subheading: return "u"
        case .caption: return "c"
        case .link: return "l"
        case .linkSelected: return "L"
        case .match: return "f"
        case .matchCurrent: return "F"
        case .person: return "p"
        case .place: return "g"
        case .status: return "="
        case .prompt: return ">"
        case .error: return "!"
        case .separator: return "|"
        case .unread: return "*"
        }
    }
}
