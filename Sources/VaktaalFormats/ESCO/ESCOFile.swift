/// One file of the ESCO CSV download, recognised by its name: `<table>_<language>.csv` for the
/// classification files, `<relation>.csv` (optionally `_<language>`) for the relation files.
package struct ESCOFile: Sendable, Hashable {
    /// What a file holds.
    package enum Kind: Sendable, Hashable {
        /// Concepts (or concept schemes) one per row: `skills`, `occupations`, `skillGroups`,
        /// `ISCOGroups`, `conceptSchemes`.
        case concepts(table: String)
        /// A collection file (`greenSkillsCollection`, …): concepts of one ESCO concept scheme.
        case collection(table: String, scheme: String)
        /// `skillsHierarchy`: the skill groups level by level.
        case skillsHierarchy
        /// `broaderRelationsOccPillar` or `broaderRelationsSkillPillar`.
        case broaderRelations(table: String)
        /// `occupationSkillRelations`: essential and optional skills of occupations.
        case occupationSkillRelations
        /// `skillSkillRelations`: essential and optional skills of skills.
        case skillSkillRelations

        /// The order files are read in: schemes, groups, concepts, collections, then relations.
        var rank: Int {
            switch self {
            case .concepts(let table): ["conceptSchemes", "skillGroups", "skills", "ISCOGroups", "occupations"].firstIndex(of: table) ?? 5
            case .skillsHierarchy: 6
            case .collection: 7
            case .broaderRelations: 8
            case .occupationSkillRelations: 9
            case .skillSkillRelations: 10
            }
        }
    }

    /// The tables with one concept per row.
    package static let conceptTables: Set<String> = ["skills", "occupations", "skillGroups", "ISCOGroups", "conceptSchemes"]
    /// The relation tables.
    package static let relationTables: Set<String> = [
        "broaderRelationsOccPillar", "broaderRelationsSkillPillar", "occupationSkillRelations", "skillSkillRelations",
    ]

    /// The path.
    package let path: String
    /// What the file holds.
    package let kind: Kind
    /// The language of its labels and texts, from the file name; nil for relation files.
    package let language: String?

    /// Recognises a file by its name; nil when it is not one of the ESCO download's CSV files.
    package init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.lowercased().hasSuffix(".csv") else { return nil }
        let stem = String(name.dropLast(4))
        let (table, language) = ESCOFile.splitLanguage(stem)
        guard let kind = ESCOFile.kind(table: table, hasLanguage: language != nil) else { return nil }
        self.path = path
        self.kind = kind
        self.language = ESCOFile.relationTables.contains(table) ? nil : language
    }

    /// The file name without folder.
    package var name: String { path.split(separator: "/").last.map(String.init) ?? path }

    private static func kind(table: String, hasLanguage: Bool) -> Kind? {
        if relationTables.contains(table) {
            switch table {
            case "occupationSkillRelations": return .occupationSkillRelations
            case "skillSkillRelations": return .skillSkillRelations
            default: return .broaderRelations(table: table)
            }
        }
        guard hasLanguage else { return nil }
        if conceptTables.contains(table) { return .concepts(table: table) }
        if table == "skillsHierarchy" { return .skillsHierarchy }
        if let scheme = ESCOVocabulary.collectionSchemes[table] { return .collection(table: table, scheme: scheme) }
        return nil
    }

    /// `skills_en` → (`skills`, `en`); a stem without a language suffix → (stem, nil).
    private static func splitLanguage(_ stem: String) -> (String, String?) {
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
