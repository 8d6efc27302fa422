import BaoArticle
import Foundation

/// Finds people with the roles written next to them (SPEC section 5).
///
/// Each person appears once, under the full name as written (diacritics kept), in order of first
/// mention, with every distinct role the article writes next to the name. A later "ông Hiểu" or
/// "đồng chí Dung" adds its roles to the one person whose name ends that way. The byline is the
/// author, not a person; a name in the text stays a person even when it is also the author's.
/// "Bác Hồ" and a titled "Chủ tịch Hồ Chí Minh" are the person Hồ Chí Minh; "Hồ Chí Minh" after
/// "tư tưởng", "TP", "Đoàn TNCS" or alone is the city, an idea or an organisation, not a person.
public enum PeopleExtractor {
    public static func extract(from article: Article) -> [Person] {
        extract(from: ScannedArticle(article))
    }

    /// The people of an article already scanned: title, subtitle and each body block read on
    /// their own, so that no name or role runs from one into the next.
    static func extract(from article: ScannedArticle) -> [Person] {
        var sightings: [NameSighting] = []
        for text in [article.title, article.subtitle].compactMap({ $0 }) {
            sightings += NameScanner.scan(WordTokenizer(text, block: 0))
        }
        for block in article.body.blocks.indices {
            sightings += NameScanner.scan(WordTokenizer(article.body, block: block))
        }
        return merge(sightings)
    }

    /// People named in `text` (brought to NFC first), merged as for an article.
    public static func extract(fromText text: String) -> [Person] {
        merge(NameScanner.scan(WordTokenizer(ScannedBody(text), block: 0)))
    }

    static func merge(_ sightings: [NameSighting]) -> [Person] {
        var people: [Person] = []
        // The lower-cased roles of each person, parallel to `people[i].roles`: lower-casing every
        // known role again for each new one was most of the cost of merging.
        var roleKeys: [[String]] = []
        var index: [String: Int] = [:]
        func add(_ roles: [String], to i: Int) {
            for role in roles where !role.isEmpty {
                // "Nguyên Bí thư" at a sentence start and "nguyên Bí thư" are one role.
                let key = role.lowercased()
                if !roleKeys[i].contains(key) {
                    people[i].roles.append(role)
                    roleKeys[i].append(key)
                }
            }
        }
        for sighting in sightings where !sighting.isShortReference {
            if let i = index[sighting.name] {
                add(sighting.roles, to: i)
            } else {
                index[sighting.name] = people.count
                people.append(Person(name: sighting.name, roles: []))
                roleKeys.append([])
                add(sighting.roles, to: people.count - 1)
            }
        }
        // "Hoàng Thị Thường Đoàn công tác …": a four-word name whose first three words are another
        // person's name is that person with the next sentence's first word glued on.
        for i in people.indices.reversed() {
            let words = people[i].name.split(separator: " ")
            guard words.count == 4, let j = index[words.dropLast().joined(separator: " ")], j != i else { continue }
            add(people[i].roles, to: j)
            people.remove(at: i)
            roleKeys.remove(at: i)
            index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.name, $0) })
        }
        for sighting in sightings where sighting.isShortReference && !sighting.roles.isEmpty {
            let matches = people.indices.filter { people[$0].name.hasSuffix(" " + sighting.name) }
            if matches.count == 1, let i = matches.first { add(sighting.roles, to: i) }
        }
        return people
    }
}
