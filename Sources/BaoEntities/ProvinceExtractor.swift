import BaoArticle
import BaoText
import Foundation

/// Finds the province-level units an article speaks of (SPEC section 3).
///
/// Names are matched on word keys (case- and tone-placement-insensitive, accents kept) with the
/// gazetteer's phrase dictionary; the words before a name decide what it is (see `PlaceMatcher`).
/// Districts and wards count for their province; a name shared by several provinces counts for
/// the one the rest of the article names, or for none. A bare "thành phố", "Thành ủy", "TP",
/// "tỉnh", "Tỉnh ủy" counts for the article's primary province.
public enum ProvinceExtractor {
    /// The provinces `article` names (title, dateline, subtitle and body; never its related
    /// articles), most-mentioned first, each with the districts and wards it was inferred through,
    /// and the primary province.
    public static func extract(from article: Article) -> ProvinceResult {
        cachedAnalysis(of: article).result
    }

    /// The analysis of `article`, reusing the last one made on this thread for the same article:
    /// the organisation pass needs the body's words and places, and scanning twice would double
    /// the cost of the entity layer.
    static func cachedAnalysis(of article: Article) -> Analysis {
        let key = cacheKey
        let storage = Thread.current.threadDictionary
        let cache: AnalysisCache
        if let existing = storage[key] as? AnalysisCache {
            cache = existing
        } else {
            cache = AnalysisCache()
            storage[key] = cache
        }
        if let last = cache.article, let analysis = cache.analysis, last == article { return analysis }
        let analysis = analyze(article)
        cache.article = article
        cache.analysis = analysis
        return analysis
    }

    /// One key object for every look-up: a Swift string would be bridged anew each time.
    nonisolated(unsafe) private static let cacheKey = NSString(string: "baoterm.ProvinceExtractor.analysis")

    private final class AnalysisCache {
        var article: Article?
        var analysis: Analysis?
    }

    /// Weights of where a name is written, for the primary province.
    enum Zone: Int {
        case title = 6, dateline = 5, subtitle = 3, lead = 2, body = 1
    }

    /// What the province pass found, with the body's words for the passes that follow.
    struct Analysis {
        var result: ProvinceResult
        var body: ScannedBody
        var bodyMatches: [PlaceMatch]
        /// The province each body match was credited to (nil when it stayed ambiguous).
        var resolved: [Int?]
        /// For each of `result.provinces`, the body's mentions of its name or of a place it was
        /// inferred through (`NameRanges`).
        var ranges: [[Range<Int>]] = []
    }

    private struct Tally {
        var mentions = 0
        var score = 0
        var firstSeen = Int.max
        var via: [String] = []
        var inHeadline = false
        /// Named directly with a province or city type word or committee ("Tỉnh ủy Quảng Trị").
        var typed = false
    }

    static func analyze(_ article: Article) -> Analysis {
        analyze(article, scanned: ScannedArticle(article))
    }

    /// The analysis of `article`, whose texts the caller has already scanned.
    static func analyze(_ article: Article, scanned: ScannedArticle) -> Analysis {
        let titleNamesNationalBody = article.title.map(namesNationalBody) ?? false
        let provinces = Gazetteer.tables.provinces
        var tallies = [Tally](repeating: Tally(), count: provinces.count)
        var sequence = 0
        var pending: [(match: PlaceMatch, candidates: [Int], zone: Zone, bodyIndex: Int?)] = []
        let body = scanned.body
        // Where the body names each province, directly or through a place inside it.
        var bodyRanges: [(province: Int, range: Range<Int>)] = []
        // Names are read with the map of the article's date; since July 2025 every place credits
        // the unit (of the 34) it belongs to, under the name that unit goes on with.
        let era = MapEra(article.published)
        let unitOf: [Int]? = era == .since2025 ? Gazetteer.tables.continuingUnit : nil
        let matcher = era == .since2025 ? Gazetteer.tables.matcherSince2025 : Gazetteer.tables.matcher

        let bodyWords = body.words
        func credit(_ p: Int, _ match: PlaceMatch, _ zone: Zone, inBody: Bool = false) {
            guard p >= 0, p < tallies.count else { return }
            tallies[p].mentions &+= 1
            if inBody, let range = Self.range(of: match, in: bodyWords) { bodyRanges.append((p, range)) }
            // A district named without a type word ("Xuân Trường", "Trường Sa") may be a person or
            // a national topic: it counts as a mention but weighs for the primary only in headlines.
            // So does a place in a person's title ("Bí thư Thành ủy TP.HCM").
            // And the venue of an event ("tại Hà Nội"): national news meets in a city.
            // In a title that names a national body, a venue names where it meets ("Ủy ban Thường
            // vụ Quốc hội khai mạc phiên họp tại Hà Nội"); in other titles it is where the news is
            // ("Tai nạn thảm khốc tại Gia Lai").
            let isWeak = (match.isInRole || match.isVenue || (match.type == .none && !match.isDirect))
                && (zone == .body || zone == .lead) || (match.isVenue && zone == .title && titleNamesNationalBody)
            tallies[p].score &+= isWeak ? 0 : zone.rawValue &+ (match.isCommittee ? 2 : 0)
            if tallies[p].firstSeen == Int.max { tallies[p].firstSeen = sequence }
            sequence &+= 1
            if let via = match.via, !tallies[p].via.contains(via) { tallies[p].via.append(via) }
            switch match.type {
            case .province, .city, .partyBody: if match.isDirect { tallies[p].typed = true }
            default: break
            }
            if zone == .title || zone == .dateline || zone == .subtitle { tallies[p].inHeadline = true }
        }

        var resolved: [Int?] = []
        func take(_ matches: [PlaceMatch], _ zone: Zone, body: ScannedBody? = nil, leadEnd: Int = 0) {
            for match in matches {
                var zone = zone
                if let body, match.firstWord < body.words.count, body.words[match.firstWord].start < leadEnd {
                    zone = .lead
                }
                let candidates = unitOf.map { Self.units(of: match.candidates, $0) } ?? match.candidates
                let isAmbiguous = !match.isDirect && candidates.count > 1
                if isAmbiguous {
                    pending.append((match, candidates, zone, body != nil ? resolved.count : nil))
                    if body != nil { resolved.append(nil) }
                    continue
                }
                for p in candidates { credit(p, match, zone, inBody: body != nil) }
                // A former province named since July 2025 is the way to the unit that absorbed it.
                if let unitOf, match.isDirect {
                    for c in match.candidates where c < unitOf.count && unitOf[c] != c {
                        let name = provinces[c].name
                        if !tallies[unitOf[c]].via.contains(name) { tallies[unitOf[c]].via.append(name) }
                    }
                }
                if body != nil { resolved.append(candidates.first) }
            }
        }

        for (text, zone) in [(scanned.title, Zone.title), (scanned.dateline, .dateline), (scanned.subtitle, .subtitle)] {
            guard let text, !text.text.isEmpty else { continue }
            take(matcher.matches(in: text, era: era), zone)
        }
        // The lead opens the body text: its matches are those that start within its bytes.
        var leadEnd = 0
        for block in article.blocks.prefix(while: { $0.kind == .lead }) {
            leadEnd &+= block.text.utf8.count &+ 2
        }
        let bodyMatches = matcher.matches(in: body, era: era)
        bodyRanges.reserveCapacity(bodyMatches.count)
        take(bodyMatches, .body, body: body, leadEnd: leadEnd)

        // Shared names go to the candidate the rest of the article supports most, if one does.
        for item in pending {
            var best: Int?
            var bestScore = 0
            var tie = false
            for p in item.candidates where p >= 0 && p < tallies.count {
                let s = tallies[p].score
                if s > bestScore {
                    best = p
                    bestScore = s
                    tie = false
                } else if s == bestScore, s > 0 {
                    tie = true
                }
            }
            guard let winner = best, !tie else { continue }
            credit(winner, item.match, item.zone, inBody: item.bodyIndex != nil)
            if let index = item.bodyIndex, index < resolved.count { resolved[index] = winner }
        }

        if let host = hostKey(of: article) {
            let keys = provinceLookupKeys
            for p in provinces.indices where p < keys.count && TextScan.contains(host, keys[p]) {
                tallies[unitOf?[p] ?? p].score &+= 3
            }
        }

        // "tỉnh ta", "thành phố ta": the writer's own unit, which such an article names with its
        // type word once or twice and otherwise calls "ours". Each counts for that unit when the
        // article names exactly one unit so.
        let own = ownUnitReferences(in: body)
        if own > 0 {
            let typed = tallies.indices.filter { tallies[$0].typed }
            if typed.count == 1, let unit = typed.first {
                tallies[unit].mentions &+= own
                tallies[unit].score &+= own &* Zone.lead.rawValue
            }
        }

        let primary = choosePrimary(tallies)
        if let primary {
            tallies[primary].mentions &+= bareReferences(in: body, matches: bodyMatches)
        }

        let named = tallies.indices
            .filter { tallies[$0].mentions > 0 }
            .sorted { (tallies[$0].mentions, -tallies[$0].firstSeen) > (tallies[$1].mentions, -tallies[$1].firstSeen) }
        let mentions = named.map { p in
            ProvinceMention(
                name: provinces[p].name, postMerger: provinces[p].postMerger,
                mentions: tallies[p].mentions, via: tallies[p].via)
        }
        // A mention counts as where the province is named when it spells a name the province is
        // shown by: an alias ("TP.HCM") or a name written otherwise ("CẦN THƠ") is left out.
        var ranges = [[Range<Int>]](repeating: [], count: mentions.count)
        if !bodyRanges.isEmpty {
            var sorted = true
            for (p, range) in bodyRanges {
                // A few provinces: a search costs less than a table of all of them.
                guard let index = named.firstIndex(of: p) else { continue }
                let mention = mentions[index]
                guard body.spells(mention.name, at: range) || mention.via.contains(where: { body.spells($0, at: range) }) else { continue }
                if let last = ranges[index].last, last.lowerBound > range.lowerBound { sorted = false }
                ranges[index].append(range)
            }
            // Shared names credited after the rest of the article come last.
            if !sorted {
                for index in ranges.indices { ranges[index].sort { $0.lowerBound < $1.lowerBound } }
            }
        }
        return Analysis(
            result: ProvinceResult(provinces: mentions, primary: primary.map { provinces[$0].name }),
            body: body, bodyMatches: bodyMatches, resolved: resolved, ranges: ranges)
    }

    /// The bytes of `match` in the text of `words`: the words of the name, and for a ward the
    /// type word before them, as its name is shown ("phường Thạnh Mỹ Lợi").
    static func range(of match: PlaceMatch, in words: [ScannedWord]) -> Range<Int>? {
        var first = match.firstWord
        if case .ward(let type) = match.type {
            first &-= type.utf8.contains(UInt8(ascii: " ")) ? 2 : 1
        }
        guard first >= 0, first <= match.lastWord, match.lastWord < words.count else { return nil }
        return words[first].start..<words[match.lastWord].end
    }

    /// `candidates` as the units they belong to since July 2025 (`unitOf`), each once, in order.
    private static func units(of candidates: [Int], _ unitOf: [Int]) -> [Int] {
        var units: [Int] = []
        for c in candidates {
            let unit = c >= 0 && c < unitOf.count ? unitOf[c] : c
            if !units.contains(unit) { units.append(unit) }
        }
        return units
    }

    /// The unit the article is mainly about: named in the title or dateline and not outweighed,
    /// or clearly ahead of every other unit in the text; nil for national or foreign news.
    private static func choosePrimary(_ tallies: [Tally]) -> Int? {
        let ranked = tallies.indices
            .filter { tallies[$0].score > 0 && tallies[$0].mentions > 0 }
            .sorted { (tallies[$0].score, -tallies[$0].firstSeen) > (tallies[$1].score, -tallies[$1].firstSeen) }
        guard let top = ranked.first else { return nil }
        let runnerUp = ranked.count > 1 ? tallies[ranked[1]].score : 0
        let t = tallies[top]
        if t.inHeadline && t.score > runnerUp { return top }
        guard t.mentions >= 2 else { return nil }
        if t.score >= 3 && t.score * 2 > runnerUp * 3 { return top }
        // The only unit named, more than once: a local article without a headline place.
        if t.score >= 2 && runnerUp == 0 { return top }
        return nil
    }

    /// `Gazetteer.lookupKey` of every province name, in gazetteer order: folding 63 names for
    /// every article with a source address cost more than the look-up itself.
    private static let provinceLookupKeys = Gazetteer.tables.provinces.map { Gazetteer.lookupKey($0.name) }

    /// "thanhuytphcm.vn" → "thanhuytphcm": the source host, folded, for outlets named after
    /// their province ("baolaocai.vn", "baocantho.com.vn").
    private static func hostKey(of article: Article) -> String? {
        guard let url = article.url ?? article.source, url.contains(".") else { return nil }
        var host = Substring(url)
        if let scheme = host.range(of: "://") { host = host[scheme.upperBound...] }
        host = host.prefix(while: { $0 != "/" })
        let key = Gazetteer.lookupKey(String(host))
        return key.count >= 5 ? key : nil
    }

    /// True when `title` names a national body or a national or international meeting: where it
    /// meets is not what it is about.
    static func namesNationalBody(_ title: String) -> Bool {
        var folded = Folding.fold(title)
        // The folded title's bytes are opened once for all the names.
        return folded.withUTF8 { bytes in nationalBodies.contains { TextScan.contains(bytes, $0) } }
    }

    /// Folded names of national bodies and of meetings held by them (`scripts/gazetteer/national-bodies.txt`).
    private static let nationalBodies = ContextWordData.nationalBodies.split(separator: "\n").map(String.init)

    /// Counts "tỉnh ta" and "thành phố ta" ("our province", "our city").
    static func ownUnitReferences(in text: ScannedBody) -> Int {
        let words = text.words
        var count = 0
        let c = ContextWords.self
        for i in words.indices where i >= 1 && words[i].key == ta && words[i].gapBefore == .space {
            let before = words[i &- 1].key
            if before == c.tinh || (before == c.pho && i >= 2 && words[i &- 2].key == c.thanh) { count &+= 1 }
        }
        return count
    }

    private static let ta = WordKey.key(of: "ta")

    /// Counts "Thành ủy", "Tỉnh ủy", "TP" not followed by a name, and "thành phố"/"tỉnh" after an
    /// organ ("UBND thành phố", "Đảng bộ tỉnh"): each means the article's own unit.
    static func bareReferences(in text: ScannedBody, matches: [PlaceMatch]) -> Int {
        let words = text.words
        var named = [Bool](repeating: false, count: words.count &+ 1)
        for m in matches where m.firstWord >= 0 && m.firstWord < words.count {
            named[m.firstWord] = true
            // The type words of a name are part of it: "Thành ủy TP. Bạc Liêu" names its city.
            if m.type != .none {
                if m.firstWord >= 1 { named[m.firstWord &- 1] = true }
                if m.firstWord >= 2 { named[m.firstWord &- 2] = true }
            }
        }
        var count = 0
        let c = ContextWords.self
        let (uy, tp, pho, thanh, tinh) = (c.uy, c.tp, c.pho, c.thanh, c.tinh)
        let organs = c.organWords
        for i in words.indices {
            let w = words[i]
            let nextNamed = i &+ 1 < words.count && named[i &+ 1] && words[i &+ 1].gapBefore <= .period
            if nextNamed { continue }
            if w.key == uy, i > 0, w.gapBefore == .space {
                let before = words[i &- 1]
                if before.isCapitalized, before.key == thanh || before.key == tinh { count &+= 1 }
            } else if w.key == tp, w.isAcronym {
                count &+= 1
            } else if (w.key == pho && i > 0 && words[i &- 1].key == thanh) || w.key == tinh {
                let organIndex = w.key == tinh ? i &- 1 : i &- 2
                // "Tỉnh ủy" is counted at "ủy"; "tỉnh" alone must not be its first word.
                let isCommitteeWord = i &+ 1 < words.count && words[i &+ 1].key == uy
                if organIndex >= 0, !isCommitteeWord, organs.contains(words[organIndex].key) {
                    count &+= 1
                }
            }
        }
        return count
    }
}
