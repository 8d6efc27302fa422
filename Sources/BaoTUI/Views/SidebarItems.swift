import BaoText
import BaoEntities


/// One row of the entity sidebar.
public struct SidebarItem: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case province(String)
        case document(key: String)
        case person(String)
        case organization(String)
    }
    public var text: String
    /// Nil for section headings.
    public var target: Target?
}

enum SidebarItems {
    /// The sidebar rows for an article's entities: headings followed by selectable entries.
    static func build(_ entities: ArticleEntities, documents ordered: [DocumentCitation], lang: Language = .vi) -> [SidebarItem] {
        var items: [SidebarItem] = []
        if !entities.provinces.isEmpty {
            items.append(SidebarItem(text: lang("Tỉnh/thành", "Provinces") + " (\(entities.provinces.count))", target: nil))
            for p in entities.provinces {
                let primary = p.name == entities.primaryProvince ? "★ " : "  "
                let merged = p.postMerger != p.name && !p.postMerger.isEmpty ? " →\(p.postMerger)" : ""
                items.append(SidebarItem(text: primary + p.name + " ×\(p.mentions)" + merged, target: .province(p.name)))
            }
        }
        let docs = ordered + entities.documents.filter { d in !ordered.contains(where: { $0.key == d.key }) }
        if !docs.isEmpty {
            items.append(SidebarItem(text: lang("Văn bản", "Documents") + " (\(docs.count))", target: nil))
            for (i, d) in docs.enumerated() {
                let number = i < ordered.count ? "[\(i + 1)] " : "    "
                items.append(SidebarItem(text: number + d.shownID, target: .document(key: d.key)))
            }
        }
        if !entities.people.isEmpty {
            items.append(SidebarItem(text: lang("Người", "People") + " (\(entities.people.count))", target: nil))
            for person in entities.people {
                let role = person.roles.first.map { " – " + $0 } ?? ""
                items.append(SidebarItem(text: "  " + person.name + role, target: .person(person.name)))
            }
        }
        if !entities.organizations.isEmpty {
            items.append(SidebarItem(text: lang("Tổ chức", "Organisations") + " (\(entities.organizations.count))", target: nil))
            for org in entities.organizations {
                items.append(SidebarItem(text: "  " + (org.abbreviation.map { $0 + ": " } ?? "") + org.name,
                                         target: .organization(org.name)))
            }
        }
        return items
    }
}

extension AppState {
    var sidebarItems: [SidebarItem] {
        guard reader.article != nil else { return [] }
        return SidebarItems.build(reader.entities, documents: reader.document?.documents ?? [], lang: lang)
    }

    /// Columns the sidebar's rows need: the widest row, a leading space and a margin.
    var sidebarNeed: Int {
        (sidebarItems.map { DisplayWidth.of($0.text) }.max() ?? 0) + 2
    }

    /// Indices of selectable sidebar rows.
    var sidebarSelectable: [Int] {
        sidebarItems.enumerated().compactMap { $0.element.target == nil ? nil : $0.offset }
    }
}
