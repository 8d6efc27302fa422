import BaoArticle
import BaoEntities
import Foundation

/// The JSON the index keeps of each article and its entities, written by hand.
///
/// Every indexed file needs both documents, and Foundation's `JSONEncoder` (generic containers,
/// one boxed value per field) cost about a second of CPU over a 35,000-file corpus. What is
/// written here is what the synthesized `Codable` conformances read back with `JSONDecoder`:
/// property names as keys, optionals left out when nil. A test compares a round trip with
/// every field set, and counts each type's stored properties, so a field added to a model and
/// not written here fails it.
enum StoredJSON {
    /// `StoredArticle`'s JSON for `article`: the article with its block texts emptied (they are
    /// slices of the stored body) and the length of each block's text.
    static func article(_ article: Article) -> Data {
        var out = Writer()
        out.object { out in
            out.object("article") { out in
                out.field("path", article.path)
                out.field("title", article.title)
                out.field("subtitle", article.subtitle)
                out.field("series", article.series)
                out.field("section", article.section)
                if let published = article.published {
                    out.object("published") { out in
                        out.field("year", published.year)
                        out.field("month", published.month)
                        out.field("day", published.day)
                        out.field("hour", published.hour)
                        out.field("minute", published.minute)
                        out.field("yearInferred", published.yearInferred)
                    }
                }
                out.field("dateline", article.dateline)
                out.field("source", article.source)
                out.field("url", article.url)
                out.field("author", article.author)
                out.objects("blocks", article.blocks) { out, block in
                    out.field("kind", block.kind.rawValue)
                    out.field("text", "")
                    out.field("credit", block.credit)
                }
                out.objects("related", article.related) { out, related in
                    out.field("title", related.title)
                    out.field("text", related.text)
                }
                out.field("warnings", article.warnings)
            }
            out.field("lengths") { out in
                out.array(article.blocks) { out, block in out.number(block.text.utf8.count) }
            }
        }
        return out.data
    }

    /// `ArticleEntities`' JSON.
    static func entities(_ entities: ArticleEntities) -> Data {
        var out = Writer()
        out.object { out in
            out.objects("provinces", entities.provinces) { out, province in
                out.field("name", province.name)
                out.field("postMerger", province.postMerger)
                out.field("mentions", province.mentions)
                out.field("via", province.via)
            }
            out.field("primaryProvince", entities.primaryProvince)
            out.objects("documents", entities.documents) { out, document in
                out.field("id", document.id)
                out.field("key", document.key)
                out.field("type", document.type)
                out.field("number", document.number)
                out.field("year", document.year)
                out.field("issuer", document.issuer)
                out.field("term", document.term)
                out.field("termEvidence", document.termEvidence)
                out.field("scope", document.scope)
                out.field("date", document.date)
                out.field("title", document.title)
                out.objects("mentions", document.mentions) { out, mention in
                    out.field("text", mention.text)
                    out.field("offset", mention.offset)
                }
                out.field("unknown", document.unknown)
            }
            out.objects("people", entities.people) { out, person in
                out.field("name", person.name)
                out.field("roles", person.roles)
            }
            out.objects("organizations", entities.organizations) { out, organization in
                out.field("name", organization.name)
                out.field("abbreviation", organization.abbreviation)
                out.field("province", organization.province)
            }
        }
        return out.data
    }

    /// Appends JSON text to a byte buffer.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        /// A value was just completed inside the open object: the next field needs a comma.
        private var afterValue = false

        init() {
            bytes.reserveCapacity(1024)
        }

        var data: Data { Data(bytes) }

        /// `{…}`: the body adds the fields.
        mutating func object(_ body: (inout Writer) -> Void) {
            bytes.append(UInt8(ascii: "{"))
            afterValue = false
            body(&self)
            bytes.append(UInt8(ascii: "}"))
            afterValue = true
        }

        /// `[…]` of the elements, each written by `element`.
        mutating func array<Element>(_ elements: [Element], _ element: (inout Writer, Element) -> Void) {
            bytes.append(UInt8(ascii: "["))
            for (index, value) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                element(&self, value)
            }
            bytes.append(UInt8(ascii: "]"))
            afterValue = true
        }

        mutating func number(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
            afterValue = true
        }

        /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
            afterValue = true
        }

        private mutating func key(_ name: String) {
            if afterValue { bytes.append(UInt8(ascii: ",")) }
            string(name)
            bytes.append(UInt8(ascii: ":"))
        }

        /// A string field; nil optionals are left out, as `Codable` leaves them.
        mutating func field(_ name: String, _ value: String?) {
            guard let value else { return }
            key(name)
            string(value)
        }

        mutating func field(_ name: String, _ value: Int?) {
            guard let value else { return }
            key(name)
            number(value)
        }

        mutating func field(_ name: String, _ value: Bool) {
            key(name)
            bytes.append(contentsOf: (value ? "true" : "false").utf8)
            afterValue = true
        }

        mutating func field(_ name: String, _ values: [String]) {
            key(name)
            array(values) { $0.string($1) }
        }

        /// A field whose value `body` writes.
        mutating func field(_ name: String, _ body: (inout Writer) -> Void) {
            key(name)
            body(&self)
        }

        /// A field holding an object whose fields `body` adds.
        mutating func object(_ name: String, _ body: (inout Writer) -> Void) {
            key(name)
            object(body)
        }

        /// A field holding an array of objects, one per element, whose fields `body` adds.
        mutating func objects<Element>(_ name: String, _ elements: [Element], _ body: (inout Writer, Element) -> Void) {
            key(name)
            array(elements) { out, element in out.object { body(&$0, element) } }
        }
    }
}
