import GRDB

extension CorpusIndex {
    /// Bumped whenever what a row holds changes (parser, extractors, folding): a refresh then
    /// re-parses every file. User state is kept.
    /// 4: `article_json` no longer repeats the body's text (see `StoredArticle`).
    /// 5: the marked search form ends a word at a digit, as `TonePlacement` does ("hòa1" is
    /// "hoà1"), so that indexed text and queries agree with it.
    /// 6: the search forms write separators outside ASCII as spaces (`SearchText.forms`).
    /// 7: `article.published_inferred` is filled.
    /// 8: the title columns of the full-text index hold the lead too (`SearchPlan`'s head).
    /// 9: each citation row keeps the title its article gives the document (`citation.title`).
    /// 10: each citation row keeps its article's own reading (`read_key`, the term or year of
    /// `CorpusQualifier`) beside the key the corpus step gives it.
    /// 11: each citation row keeps the date its article gives the document (`citation.date`).
    /// 12: each article keeps where its body names its people and provinces
    /// (`article_content.name_ranges`).
    /// 13: `name_ranges` keeps where the body cites each document too, for the reader's links.
    static let contentVersion = "13"

    /// The schema, one migration per version. User-state tables (`read_mark`, `bookmark`,
    /// `history`) are keyed by path and never dropped by a re-index.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: [
                DDL.meta, DDL.articleV1, DDL.articleIndexes, DDL.articleProvince, DDL.document, DDL.citation,
                DDL.person, DDL.articleFTSv1, DDL.userState,
            ].joined(separator: "\n"))
        }
        // v2: the large columns move to `article_content` so that scans of `article` (refresh,
        // facets, filters) read small rows. Corpus tables are rebuilt (the next refresh re-parses
        // every file); user state is kept.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: [
                DDL.dropCorpusV1, DDL.articleV2, DDL.articleIndexes, DDL.articleContent, DDL.articleProvince,
                DDL.document, DDL.citation, DDL.person, DDL.articleFTSv1,
            ].joined(separator: "\n"))
        }
        // v3: the full-text index splits words with the `ascii` tokenizer: `SearchText.forms`
        // already made every other separator a space, so words are found by a byte test instead
        // of a Unicode table lookup per character, and they are `SearchText.tokens`' words, as
        // queries see them. It keeps up to 128 MB of pending terms in memory (instead of 1 MB),
        // so that it writes one segment per commit rather than one per megabyte, and merges
        // segments eight at a time (instead of four): both are stored settings of the table.
        // The content version (6) makes the next refresh index every file again.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                DROP TABLE article_fts;
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title_f, body_f, title_m, body_m, content='', tokenize='ascii'
                );
                INSERT INTO article_fts(article_fts, rank) VALUES('hashsize', 134217728);
                INSERT INTO article_fts(article_fts, rank) VALUES('automerge', 8);
                """)
        }
        // The list marks dates whose year was inferred; the content version (7) refills it.
        migrator.registerMigration("v4-published-inferred") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0")
        }
        // The title each article gives a document, so that the corpus shows the one most citing
        // articles agree on; the content version (9) refills it.
        migrator.registerMigration("v5-citation-title") { db in
            try db.execute(sql: "ALTER TABLE citation ADD COLUMN title TEXT")
        }
        // The article's own reading of each citation, so that the key the rest of the corpus
        // decides (`document_key`, `corpus` = 1) can be recomputed when articles come and go
        // (`CorpusQualifier`); the content version (10) refills it.
        migrator.registerMigration("v6-citation-reading") { db in
            try db.execute(sql: """
                ALTER TABLE citation ADD COLUMN read_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE citation ADD COLUMN family TEXT;
                ALTER TABLE citation ADD COLUMN qualifier TEXT;
                ALTER TABLE citation ADD COLUMN value TEXT;
                ALTER TABLE citation ADD COLUMN evidence TEXT;
                ALTER TABLE citation ADD COLUMN corpus INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX citation_family ON citation(family) WHERE family IS NOT NULL;
                CREATE INDEX citation_read_key ON citation(read_key);
                """)
        }
        // The date each article gives a document, so that the document's date is the one most
        // citing articles write, whatever order they were indexed in; the content version (11)
        // refills it.
        migrator.registerMigration("v7-citation-date") { db in
            try db.execute(sql: "ALTER TABLE citation ADD COLUMN date TEXT")
        }
        // The browser loads a whole list as ids (`listing(matching:)`): the list's order as an
        // index reads 350,000 ids without sorting them, and the content hash as an index finds
        // the rows of the read marks kept by hash (an article moved or renamed) without a scan.
        migrator.registerMigration("v8-list-order") { db in
            try db.execute(sql: """
                CREATE INDEX article_list_order ON article(published IS NULL, published DESC, path);
                CREATE INDEX article_hash ON article(hash);
                """)
        }
        // The distinct name keys of `person`, so that `person:` finds the names holding its words
        // by reading the names once rather than every person row (a million at 350,000
        // articles); the writer adds each new name, and the migration fills it from `person`.
        migrator.registerMigration("v9-person-key") { db in
            try db.execute(sql: DDL.personKey + "\nINSERT OR IGNORE INTO person_key(name_key) SELECT name_key FROM person;")
        }
        // Where the body names each person and province (from content version 13 also where it
        // cites each document), for the reader's marks and links (`PackedNameRanges`); the
        // content version (12) refills it.
        migrator.registerMigration("v10-name-ranges") { db in
            try db.execute(sql: "ALTER TABLE article_content ADD COLUMN name_ranges BLOB NOT NULL DEFAULT x''")
        }
        return migrator
    }

    /// Each table's DDL as the migration that creates it writes it, stated once: v1 and v2 both
    /// create the corpus tables, and later migrations only alter them.
    private enum DDL {
        /// Key-value settings of the index (content version, walk record).
        static let meta = """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """
        /// The columns lists, facets and refreshes scan: the whole article row since v2.
        static let articleColumns = """
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                hash TEXT NOT NULL,
                title TEXT NOT NULL,
                published TEXT,
                primary_province TEXT,
                primary_post_merger TEXT,
                primary_key TEXT,
                primary_post_key TEXT,
                section TEXT,
                author TEXT,
                source TEXT,
                url TEXT
            """
        /// The large columns of an article: in its row in v1, in `article_content` since v2.
        static let contentColumns = """
                search_title TEXT NOT NULL,
                body TEXT NOT NULL,
                article_json BLOB NOT NULL,
                entities_json BLOB NOT NULL
            """
        /// The v1 article row, its large columns inline (v2 drops the table, so where they stand
        /// in it matters to nothing).
        static let articleV1 = """
            CREATE TABLE article (
            \(articleColumns),
            \(contentColumns)
            );
            """
        /// The v2 article row.
        static let articleV2 = """
            CREATE TABLE article (
            \(articleColumns)
            );
            """
        /// The article row's indexes (v1 and v2).
        static let articleIndexes = """
            CREATE INDEX article_published ON article(published);
            CREATE INDEX article_primary_key ON article(primary_key);
            CREATE INDEX article_primary_post_key ON article(primary_post_key);
            """
        /// The table of an article's large columns (v2).
        static let articleContent = """
            CREATE TABLE article_content (
                id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            \(contentColumns)
            );
            """
        /// Province facets of an article.
        static let articleProvince = """
            CREATE TABLE article_province (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                post_merger TEXT NOT NULL,
                post_merger_key TEXT NOT NULL,
                mentions INTEGER NOT NULL
            );
            CREATE INDEX article_province_article ON article_province(article_id);
            CREATE INDEX article_province_name ON article_province(name_key);
            CREATE INDEX article_province_post ON article_province(post_merger_key);
            """
        /// Cited documents, one row per key.
        static let document = """
            CREATE TABLE document (
                key TEXT PRIMARY KEY,
                key_key TEXT NOT NULL,
                id TEXT NOT NULL,
                id_key TEXT NOT NULL,
                type TEXT NOT NULL,
                number TEXT,
                year INTEGER,
                issuer TEXT,
                term TEXT,
                scope TEXT,
                date TEXT,
                title TEXT,
                unknown TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX document_key_key ON document(key_key);
            CREATE INDEX document_id_key ON document(id_key);
            """
        /// Citations: one row per mention (later migrations add the reading and the date).
        static let citation = """
            CREATE TABLE citation (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                document_key TEXT NOT NULL,
                mention TEXT NOT NULL,
                "offset" INTEGER NOT NULL,
                sentence TEXT NOT NULL
            );
            CREATE INDEX citation_document ON citation(document_key, article_id);
            CREATE INDEX citation_article ON citation(article_id);
            """
        /// People named in an article.
        static let person = """
            CREATE TABLE person (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                roles TEXT NOT NULL
            );
            CREATE INDEX person_article ON person(article_id);
            CREATE INDEX person_name ON person(name_key);
            """
        /// Every name key `person` holds, once (v9). A name whose last article is gone may stay:
        /// the names only lead to `person` rows.
        static let personKey = """
            CREATE TABLE person_key (name_key TEXT PRIMARY KEY) WITHOUT ROWID;
            """
        /// The full-text index as v1 and v2 create it (v3 replaces it).
        static let articleFTSv1 = """
            CREATE VIRTUAL TABLE article_fts USING fts5(
                title_f, body_f, title_m, body_m,
                content='', tokenize='unicode61 remove_diacritics 0'
            );
            """
        /// User state, keyed by path and never dropped by a re-index.
        static let userState = """
            CREATE TABLE read_mark (path TEXT PRIMARY KEY, at REAL NOT NULL);
            CREATE TABLE bookmark (path TEXT PRIMARY KEY, at REAL NOT NULL);
            CREATE TABLE history (id INTEGER PRIMARY KEY, path TEXT NOT NULL, at REAL NOT NULL);
            CREATE INDEX history_path ON history(path);
            """
        /// What v2 drops of v1 before it creates the corpus tables again.
        static let dropCorpusV1 = """
            DROP TABLE article_fts;
            DROP TABLE citation;
            DROP TABLE person;
            DROP TABLE article_province;
            DROP TABLE document;
            DROP TABLE article;
            DELETE FROM meta WHERE key = 'content_version';
            """
    }
}
