/// One file of the ESCO CSV download, placed by its columns (``ESCOPlacement``) and named as ESCO
/// named it: `skills_en.csv`, `ictSkillsCollection_en.csv`, `broaderRelationsSkillPillar.csv`,
/// `occupationSkillRelations_en.csv`. The name gives only what no column says: the language of
/// the labels (`_en`), the order files are read in, and a collection's concept scheme.
package struct ESCOFile: Sendable, Hashable {
    /// What a file holds, told by its columns.
    package enum Kind: Sendable, Hashable {
        /// Concepts (or concept schemes) one per row: `skills`, `occupations`, `skillGroups`,
        /// `ISCOGroups`, `conceptSchemes`.
        case concepts
        /// A collection file (`greenSkillsCollection`, `ictSkillsCollection`, …): concepts of one of
        /// ESCO's concept schemes, with their broader concepts.
        case collection
        /// `skillsHierarchy`: the skill groups level by level.
        case skillsHierarchy
        /// `broaderRelationsOccPillar` or `broaderRelationsSkillPillar`.
        case broaderRelations
        /// `occupationSkillRelations`: essential and optional skills of occupations.
        case occupationSkillRelations
        /// `skillSkillRelations`: essential and optional skills of skills.
        case skillSkillRelations
    }

    /// The path, as found.
    package let path: String
    /// What the file holds.
    package let kind: Kind
    /// The file name without `.csv` and language suffix: `skills`, `ictSkillsCollection`.
    package let table: String
    /// The language of its labels and texts, from the file name; nil for relation files and for a
    /// name without one.
    package let language: String?

    /// A file of the given kind at `path`.
    package init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
        let name = ESCOFile.name(of: path)
        let stem = name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name
        let (table, language) = ESCOFile.splitLanguage(stem)
        self.table = table
        self.language = kind.isRelation ? nil : language
    }

    /// The file name without folder.
    package var name: String { ESCOFile.name(of: path) }

    /// The concept scheme a collection file's concepts are in: ESCO's scheme for that collection,
    /// known by the file's name (no column names it); nil for other files and unknown collections.
    package var collectionScheme: String? {
        kind == .collection ? ESCOVocabulary.collectionSchemes[table] : nil
    }

    /// The order files are read in: schemes, groups, concepts, hierarchy, collections, then
    /// relations (so that the graph is built in the same order whatever the release).
    var rank: Int {
        switch kind {
        case .concepts: ["conceptSchemes", "skillGroups", "skills", "ISCOGroups", "occupations"].firstIndex(of: table) ?? 5
        case .skillsHierarchy: 6
        case .collection: 7
        case .broaderRelations: 8
        case .occupationSkillRelations: 9
        case .skillSkillRelations: 10
        }
    }

    /// The file name of a path.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `skills_en` → (`skills`, `en`); a stem without a language suffix → (stem, nil).
    static func splitLanguage(_ stem: String) -> (String, String?) {
        guard let underscore = stem.lastIndex(of: "_") else { return (stem, nil) }
        let language = String(stem[stem.index(after: underscore)...])
        guard isLanguageTag(language) else { return (stem, nil) }
        return (String(stem[..<underscore]), language.lowercased())
    }

    /// A BCP 47 tag in its simple form: 2–3 letters, then `-` subtags of 1–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

extension ESCOFile.Kind {
    /// Whether the file relates concepts (its labels, if any, repeat the concept files').
    var isRelation: Bool {
        switch self {
        case .broaderRelations, .occupationSkillRelations, .skillSkillRelations: true
        case .concepts, .collection, .skillsHierarchy: false
        }
    }
}
