import BaoEntities
import GRDB

extension CorpusIndex {
    /// Notes in the index that the corpus step must run again (articles are about to change).
    static func markCorpusStepDue(_ db: Database) throws {
        try IndexMeta.set(db, "corpus_step", "due")
    }

    static func corpusStepDue(_ db: Database) throws -> Bool {
        try IndexMeta.value(db, "corpus_step") != nil
    }

    /// Gives every document the date most of its citing articles write, every citation the key
    /// the corpus decides for it (`CorpusQualifier`), or its article's own reading where the
    /// corpus decides nothing, and clears the due mark. Only citation rows whose key or evidence
    /// changes are written.
    static func applyCorpusStep(_ db: Database) throws {
        // A document's date is the one most of the articles reading its key write (the earliest
        // of a tie), not the first one indexed: it must not depend on the order files came in,
        // nor outlive the articles that wrote it.
        try db.execute(sql: """
            UPDATE document SET date = (
                SELECT c.date FROM citation c WHERE c.read_key = document.key AND c.date IS NOT NULL
                GROUP BY c.date ORDER BY COUNT(DISTINCT c.article_id) DESC, c.date LIMIT 1)
            """)
        let stored = try Row.fetchAll(db, sql: """
            SELECT c.rowid AS id, c.article_id, a.published, c.document_key, c.read_key, c.family, c.qualifier,
                   c.value, c.evidence, c.corpus, c.title, d.date
            FROM citation c JOIN article a ON a.id = c.article_id LEFT JOIN document d ON d.key = c.read_key
            WHERE c.family IS NOT NULL
            """)
        var rows: [CorpusQualifier.Row] = []
        rows.reserveCapacity(stored.count)
        for row in stored {
            guard let kind = CorpusQualifier.Kind(rawValue: row["qualifier"] ?? "") else { continue }
            let reading = CorpusQualifier.Reading(family: row["family"], kind: kind, value: row["value"], evidence: row["evidence"])
            rows.append(CorpusQualifier.Row(id: row["id"], article: row["article_id"], published: row["published"],
                                            key: row["read_key"], reading: reading, title: row["title"], date: row["date"]))
        }
        let decided = CorpusQualifier.decide(rows)
        let update = try db.cachedStatement(sql: "UPDATE citation SET document_key = ?, corpus = ? WHERE rowid = ?")
        for row in stored {
            let id: Int64 = row["id"]
            let key: String = decided[id] ?? row["read_key"]
            let corpus = decided[id] != nil
            if key != row["document_key"] || corpus != row["corpus"] {
                try update.execute(arguments: [key, corpus, id])
            }
        }
        try IndexMeta.remove(db, "corpus_step")
    }

    /// An article's entities as the corpus step leaves them: a document whose key the corpus
    /// decided carries that key, with its document's term, year and unknown qualifiers, and the
    /// term evidence `corpus`.
    static func withCorpusKeys(_ entities: ArticleEntities, article id: Int64, _ db: Database) throws -> ArticleEntities {
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT c.read_key, c.qualifier, d.key, d.id, d.term, d.year, d.unknown
            FROM citation c JOIN document d ON d.key = c.document_key
            WHERE c.article_id = ? AND c.corpus = 1
            """, arguments: [id])
        guard !rows.isEmpty else { return entities }
        var entities = entities
        for row in rows {
            let readKey: String = row["read_key"]
            for index in entities.documents.indices where entities.documents[index].key == readKey {
                var document = entities.documents[index]
                document.key = row["key"]
                document.id = row["id"]
                let unknown: String = row["unknown"]
                document.unknown = unknown.split(separator: ",").map(String.init)
                if row["qualifier"] == CorpusQualifier.Kind.term.rawValue {
                    document.term = row["term"]
                    document.termEvidence = TermEvidence.corpus.rawValue
                } else {
                    document.year = row["year"] ?? document.year
                }
                entities.documents[index] = document
            }
        }
        return entities
    }
}
