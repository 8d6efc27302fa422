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
        extract(from: ScannedArticle(article)).people
    }

    /// The people of an article already scanned: title, subtitle and each body block read on
    /// their own, so that no name or role runs from one into the next; with each person, the
    /// ranges of the body's sightings of the full name (`NameRanges`).
    static func extract(from article: ScannedArticle) -> (people: [Person], ranges: [[Range<Int>]]) {
        var sightings: [NameSighting] = []
        for text in [article.title, article.subtitle].compactMap({ $0 }) {
            // Their offsets are into their own texts, not the body's; their keys still name people.
            for var sighting in NameScanner.scan(WordTokenizer(text, block: 0)) {
                sighting.range = nil
                sightings.append(sighting)
            }
        }
        let body = article.body
        var open: [Range<Int>] = []
        open.reserveCapacity(32)
        for block in body.blocks.indices {
            sightings += NameScanner.scan(WordTokenizer(body, block: block), open: &open)
        }
        let merged = merge(sightings, in: body)
        var ranges = merged.ranges
        addSightings(in: open, of: merged.people, keys: merged.keys, to: &ranges, in: body)
        return (merged.people, ranges)
    }

    /// Adds to `ranges` the sightings of `people`'s names (whose keys are `keys`) inside
    /// the runs of capitalised words (token ranges of `body`) the scanner left open: a person the
    /// article names once with a title is the same person named later without one, but a street
    /// or a school named after them is not (the scanner closes those runs).
    static func addSightings(
        in open: [Range<Int>], of people: [Person], keys: [(phrase: UInt64, first: UInt64)?],
        to ranges: inout [[Range<Int>]], in body: ScannedBody
    ) {
        // A few names: a look-up is a comparison of first words, most of which fail at once.
        guard !open.isEmpty, keys.contains(where: { $0 != nil }) else { return }
        let tokens = body.tokens
        var added = false
        for run in open where run.lowerBound >= 0 && run.upperBound <= tokens.count {
            var start = run.lowerBound
            while start < run.upperBound {
                let first = tokens[start].key
                guard tokens[start].isWord, keys.contains(where: { $0?.first == first }) else {
                    start &+= 1
                    continue
                }
                var key = WordKey.extend(WordKey.phraseSeed, first)
                var found: (person: Int, end: Int)?
                var end = start &+ 1
                // Names have two to five words; the longest one found here is taken.
                while end < run.upperBound, end &- start < 5, tokens[end].isWord {
                    key = WordKey.extend(key, tokens[end].key)
                    if let person = keys.firstIndex(where: { $0?.phrase == key }) { found = (person, end) }
                    end &+= 1
                }
                if let (i, last) = found {
                    let range = Int(tokens[start].start)..<Int(tokens[last].end)
                    if body.spells(people[i].name, at: range) {
                        ranges[i].append(range)
                        added = true
                    }
                    start = last &+ 1
                } else {
                    start &+= 1
                }
            }
        }
        if added {
            for i in ranges.indices { ranges[i].sort { $0.lowerBound < $1.lowerBound } }
        }
    }

    /// People named in `text` (brought to NFC first), merged as for an article.
    public static func extract(fromText text: String) -> [Person] {
        let scanned = ScannedBody(text)
        return merge(NameScanner.scan(WordTokenizer(scanned, block: 0)), in: scanned).people
    }

    /// The people of `sightings`, each once, with the ranges of their sightings in `body` that
    /// spell the name the person goes by (`NameRanges`) and the keys of the name and its first
    /// word (nil for a name with punctuation in it, or known only from "Bác Hồ").
    static func merge(
        _ sightings: [NameSighting], in body: ScannedBody
    ) -> (people: [Person], ranges: [[Range<Int>]], keys: [(phrase: UInt64, first: UInt64)?]) {
        var people: [Person] = []
        var ranges: [[Range<Int>]] = []
        var keys: [(phrase: UInt64, first: UInt64)?] = []
        // The lower-cased roles of each person, parallel to `people[i].roles`: lower-casing every
        // known role again for each new one was most of the cost of merging.
        var roleKeys: [[String]] = []
        var index: [String: Int] = [:]
        func add(_ roles: [String], to i: Int) {
            for role in roles where !role.isEmpty {
                // A role written as before has its key already (most sightings repeat one).
                if people[i].roles.contains(role) { continue }
                // "Nguyên Bí thư" at a sentence start and "nguyên Bí thư" are one role.
                let key = role.lowercased()
                if !roleKeys[i].contains(key) {
                    people[i].roles.append(role)
                    roleKeys[i].append(key)
                }
            }
        }
        for sighting in sightings where !sighting.isShortReference {
            let i: Int
            if let known = index[sighting.name] {
                i = known
            } else {
                i = people.count
                index[sighting.name] = i
                people.append(Person(name: sighting.name, roles: []))
                ranges.append([])
                keys.append(nil)
                roleKeys.append([])
            }
            add(sighting.roles, to: i)
            if keys[i] == nil { keys[i] = sighting.key }
            if let range = sighting.range, body.spells(sighting.name, at: range) { ranges[i].append(range) }
        }
        // "Hoàng Thị Thường Đoàn công tác …": a four-word name whose first three words are another
        // person's name is that person with the next sentence's first word glued on.
        for i in people.indices.reversed() {
            // Splitting at space characters gives no more words than splitting at space bytes.
            guard Self.spaceSeparatedRuns(people[i].name) >= 4 else { continue }
            let words = people[i].name.split(separator: " ")
            let shorter = words.dropLast().joined(separator: " ")
            guard words.count == 4, let j = index[shorter], j != i else { continue }
            add(people[i].roles, to: j)
            // Its sightings are sightings of the shorter name, which opens each of them.
            let length = shorter.utf8.count
            for range in ranges[i] where length <= range.count {
                let head = range.lowerBound..<(range.lowerBound &+ length)
                if body.spells(shorter, at: head) { ranges[j].append(head) }
            }
            ranges[j].sort { $0.lowerBound < $1.lowerBound }
            people.remove(at: i)
            ranges.remove(at: i)
            keys.remove(at: i)
            roleKeys.remove(at: i)
            index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.name, $0) })
        }
        for sighting in sightings where sighting.isShortReference && !sighting.roles.isEmpty {
            let matches = people.indices.filter { people[$0].name.hasSuffix(" " + sighting.name) }
            if matches.count == 1, let i = matches.first { add(sighting.roles, to: i) }
        }
        return (people, ranges, keys)
    }

    /// The number of runs of bytes other than the space in `text`.
    static func spaceSeparatedRuns(_ text: String) -> Int {
        var runs = 0
        var inRun = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inRun = false
            } else if !inRun {
                inRun = true
                runs &+= 1
            }
        }
        return runs
    }
}
