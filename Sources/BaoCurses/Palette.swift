import BaoTUI
import CCursesShim

/// How each role is drawn: a colour pair and attributes, or attributes alone in monochrome
/// (no colour support, or `NO_COLOR` set).
struct Palette {
    struct Style {
        var pair: Int16
        var flags: Int32
    }

    private var styles: [Role: Style] = [:]
    private var pairs: [(Int16, Int16, Int16)] = []

    init(color: Bool, colors: Int, overrides: [Role: ColorSpec]) {
        let gray: TermColor = colors >= 16 ? .index(8) : .default
        for (i, role) in Role.allCases.enumerated() {
            let pair = Int16(i + 1)
            if color {
                let spec = overrides[role] ?? Self.colorDefault(role, gray: gray)
                styles[role] = Style(pair: pair, flags: Self.flags(spec.attributes))
                pairs.append((pair, Int16(spec.foreground.number), Int16(spec.background.number)))
            } else {
                styles[role] = Style(pair: 0, flags: Self.flags(overrides[role]?.attributes ?? Self.monoDefault(role)))
            }
        }
    }

    func install() {
        for (pair, fg, bg) in pairs { baoterm_init_pair(pair, fg, bg) }
    }

    func style(_ role: Role) -> Style { styles[role] ?? Style(pair: 0, flags: 0) }

    static func flags(_ attributes: Set<ColorSpec.Attribute>) -> Int32 {
        var f: Int32 = 0
        if attributes.contains(.bold) { f |= 1 }
        if attributes.contains(.underline) { f |= 2 }
        if attributes.contains(.reverse) { f |= 4 }
        if attributes.contains(.dim) { f |= 8 }
        return f
    }

    static func colorDefault(_ role: Role, gray: TermColor) -> ColorSpec {
        let black = TermColor.index(0), red = TermColor.index(1), green = TermColor.index(2), yellow = TermColor.index(3)
        let blue = TermColor.index(4), magenta = TermColor.index(5), cyan = TermColor.index(6), white = TermColor.index(7)
        switch role {
        case .normal: return ColorSpec(foreground: .default)
        case .dim: return ColorSpec(foreground: gray, attributes: gray == .default ? [.dim] : [])
        case .header: return ColorSpec(foreground: black, background: white)
        case .headerFocused: return ColorSpec(foreground: white, background: blue, attributes: [.bold])
        case .selected: return ColorSpec(foreground: black, background: cyan)
        case .selectedUnfocused: return ColorSpec(foreground: .default, background: gray, attributes: gray == .default ? [.underline] : [])
        case .title: return ColorSpec(foreground: yellow, attributes: [.bold])
        case .meta: return ColorSpec(foreground: cyan)
        case .subheading: return ColorSpec(foreground: .default, attributes: [.bold])
        case .caption: return ColorSpec(foreground: green)
        case .link: return ColorSpec(foreground: blue, attributes: [.bold, .underline])
        case .linkSelected: return ColorSpec(foreground: black, background: yellow, attributes: [.bold])
        case .match: return ColorSpec(foreground: black, background: green)
        case .matchCurrent: return ColorSpec(foreground: black, background: yellow, attributes: [.bold])
        case .person: return ColorSpec(foreground: magenta)
        case .place: return ColorSpec(foreground: green)
        case .status: return ColorSpec(foreground: black, background: white)
        case .prompt: return ColorSpec(foreground: .default, attributes: [.bold])
        case .error: return ColorSpec(foreground: white, background: red, attributes: [.bold])
        case .separator: return ColorSpec(foreground: gray)
        case .unread: return ColorSpec(foreground: yellow, attributes: [.bold])
        }
    }

    static func monoDefault(_ role: Role) -> Set<ColorSpec.Attribute> {
        switch role {
        case .normal, .person, .place, .separator, .caption: return []
        case .dim, .meta: return [.dim]
        case .header, .status: return [.reverse]
        case .headerFocused: return [.reverse, .bold]
        case .selected: return [.reverse]
        case .selectedUnfocused: return [.underline]
        case .title, .subheading, .unread, .prompt: return [.bold]
        case .link: return [.underline]
        case .linkSelected: return [.reverse, .underline]
        case .match: return [.reverse]
        case .matchCurrent: return [.reverse, .bold]
        case .error: return [.reverse, .bold]
        }
    }
}
