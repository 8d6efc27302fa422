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
        out.object {
            $0.field("article") { out in
                out.object {
                    $0.field("path", article.path)
                    $0.field("title", article.title)
                    $0.field("subtitle", article.subtitle)
                    $0.field("series", article.series)
                    $0.field("section", article.section)
                    if let published = article.published {
                        $0.field("published") { out in
                            out.object {
                                $0.field("year", published.year)
                                $0.field("month", published.month)
                                $0.field("day", published.day)
                                $0.field("hour", published.hour)
                                $0.field("minute", published.minute)
                                $0.field("yearInferred", published.yearInferred)
                            }
                        }
                    }
                    $0.field("dateline", article.dateline)
                    $0.field("source", article.source)
                    $0.field("url", article.url)
                    $0.field("author", article.author)
                    $0.field("blocks") { out in
                        out.array(article.blocks) { out, block in
                            out.object {
                                $0.field("kind", block.kind.rawValue)
                                $0.field("text", "")
                                $0.field("credit", block.credit)
                            }
                        }
                    }
                    $0.field("related") { out in
                        out.array(article.related) { out, related in
                            out.object {
                                $0.field("title", related.title)
                                $0.field("text", related.text)
                            }
                        }
                    }
                    $0.field("warnings", article.warnings)
                }
            }
            $0.field("lengths") { out in
                out.array(article.blocks) { out, block in out.number(block.text.utf8.count) }
            }
        }
        return out.data
    }

    /// `ArticleEntities`' JSON.
    static func entities(_ entities: ArticleEntities) -> Data {
        var out = Writer()
        out.object {
            $0.field("provinces") { out in
                out.array(entities.provinces) { out, province in
                    out.object {
                        $0.field("name", province.name)
                        $0.field("postMerger", province.postMerger)
                        $0.field("mentions", province.mentions)
                        $0.field("via", province.via)
                    }
                }
            }
            $0.field("primaryProvince", entities.primaryProvince)
            $0.field("documents") { out in
                out.array(entities.documents) { out, document in
                    out.object {
                        $0.field("id", document.id)
                        $0.field("key", document.key)
                        $0.field("type", document.type)
                        $0.field("number", document.number)
                        $0.field("year", document.year)
                        $0.field("issuer", document.issuer)
                        $0.field("term", document.term)
                        $0.field("scope", document.scope)
                        $0.field("date", document.date)
                        $0.field("title", document.title)
                        $0.field("mentions") { out in
                            out.array(document.mentions) { out, mention in
                                out.object {
                                    $0.field("text", mention.text)
                                    $0.field("offset", mention.offset)
                                }
                            }
                        }
                        $0.field("unknown", document.unknown)
                    }
                }
            }
            $0.field("people") { out in
                out.array(entities.people) { out, person in
                    out.object {
                        $0.field("name", person.name)
                        $0.field("roles", person.roles)
                    }
                }
            }
            $0.field("organizations") { out in
                out.array(entities.organizations) { out, organization in
                    out.object {
                        $0.field("name", organization.name)
                        $0.field("abbreviation", organization.abbreviation)
                        $0.field("province", organization.province)
                    }
                }
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
    }
}
