/// One element or text node of a parsed page.
public final class HTMLNode {
    /// Lower-case tag name; empty for a text node.
    public let name: String
    public let attributes: [String: String]
    /// The text of a text node.
    public let text: String
    public private(set) var children: [HTMLNode] = []
    public private(set) weak var parent: HTMLNode?

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    public var isText: Bool { name.isEmpty }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// The `class` and `id` words, lower-cased and split at anything not a letter or digit
    /// ("box-tinlienquan social_share" → box, tinlienquan, social, share).
    public var classWords: [String] {
        let raw = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        return raw.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Every descendant element in document order (iterative: pages nest deeply).
    public func descendants() -> [HTMLNode] {
        var out: [HTMLNode] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            out.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// The first descendant element named `name`.
    public func first(_ name: String) -> HTMLNode? {
        descendants().first { $0.name == name }
    }

    /// All the text below this node, tags dropped, white space folded to single spaces.
    public var textContent: String {
        var out = ""
        for node in [self] + descendants() where node.isText {
            out += node.text
        }
        return HTMLDocument.foldSpaces(out)
    }

    public func isDescendant(of other: HTMLNode) -> Bool {
        var node = parent
        while let current = node {
            if current === other { return true }
            node = current.parent
        }
        return false
    }
}

/// A page parsed into a tree the way browsers recover from broken markup, simplified.
///
/// Void elements never hold children; a new paragraph, list item, table row or cell closes the
/// open one; an end tag closes the nearest open element of its name and everything inside it,
/// and is ignored when no such element is open. Nesting deeper than `maximumDepth` is flattened,
/// so no walk over the tree can exhaust the stack.
public struct HTMLDocument {
    public let root: HTMLNode

    public static let maximumDepth = 200

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements whose start closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "figcaption",
    ]

    public init(html: String) {
        self.init(tokens: HTMLTokenizer.tokens(html))
    }

    public init(tokens: [HTMLToken]) {
        let root = HTMLNode(name: "#document")
        var stack: [HTMLNode] = [root]

        func closeNearest(_ names: Set<String>, stopAt barriers: Set<String>) {
            guard let index = stack.lastIndex(where: { names.contains($0.name) || barriers.contains($0.name) }),
                  index > 0, names.contains(stack[index].name) else { return }
            stack.removeSubrange(index...)
        }

        for token in tokens {
            switch token {
            case .text(let text):
                stack[stack.count - 1].append(HTMLNode(name: "", text: text))
            case .comment:
                continue
            case .startTag(let name, let attributes, let selfClosing):
                if Self.closesParagraph.contains(name) {
                    closeNearest(["p"], stopAt: ["div", "td", "th", "li", "article", "section", "body", "table", "figure"])
                }
                switch name {
                case "li": closeNearest(["li"], stopAt: ["ul", "ol", "table"])
                case "dt", "dd": closeNearest(["dt", "dd"], stopAt: ["dl", "table"])
                case "tr": closeNearest(["tr"], stopAt: ["table"])
                case "td", "th": closeNearest(["td", "th"], stopAt: ["tr", "table"])
                case "option": closeNearest(["option"], stopAt: ["select"])
                default: break
                }
                let node = HTMLNode(name: name, attributes: attributes)
                stack[stack.count - 1].append(node)
                if !selfClosing, !Self.voidElements.contains(name), stack.count < Self.maximumDepth {
                    stack.append(node)
                }
            case .endTag(let name):
                if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
                    stack.removeSubrange(index...)
                }
            }
        }
        self.root = root
    }

    /// Folds runs of white space (including no-break spaces) to one space and trims the ends.
    static func foldSpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0xA0 {
                pendingSpace = true
            } else {
                if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
