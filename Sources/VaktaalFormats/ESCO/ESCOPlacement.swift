/// What a CSV file of an ESCO download is, told by the names in its first line whatever the file
/// is called. ESCO's releases name their files differently (`ictSkillsCollection` in v1.0,
/// `digitalSkillsCollection` from v1.1; relation files with a language suffix from v1.2) and
/// add columns (`naceCode`, label columns in the relation files), but a kind of file keeps the
/// columns that tell it apart. `Tests/VaktaalFormatsTests/Fixtures/ESCO/README.md` lists the
/// layouts of v1.0 to v1.2 and where they were found.
///
/// The columns that place a file are fewer than those a file of that kind needs: a file that has
/// `occupationUri` but no `relationType` is an occupation–skill relation file with a column
/// missing (an error, from the table reader), not a file to skip.
package enum ESCOPlacement: Sendable, Equatable {
    /// A file to import, of this kind.
    case read(ESCOFile.Kind)
    /// A file of the download that holds nothing Vaktaal imports; the text says what it is and why.
    case skip(String)
    /// Not a file of the download that Vaktaal can place.
    case unknown

    /// Places a file by its column names.
    package init(header: [String]) {
        let columns = Set(header)
        if let reason = ESCOPlacement.skipped(columns) {
            self = .skip(reason)
        } else if let kind = ESCOPlacement.kind(columns) {
            self = .read(kind)
        } else {
            self = .unknown
        }
    }

    /// Whether `column` is one of ESCO's in a file with this header: the file is likely one of the
    /// download read in the wrong format.
    static func isESCOColumn(_ column: String, header: [String]) -> Bool {
        switch ESCOPlacement(header: header) {
        case .read(let kind): kind.knownColumns.contains(column)
        case .skip: true
        case .unknown: false
        }
    }

    /// The kind of file the columns name, checked from the most specific columns to the least.
    private static func kind(_ columns: Set<String>) -> ESCOFile.Kind? {
        if columns.contains("occupationUri") { return .occupationSkillRelations }
        if columns.contains("originalSkillUri") || columns.contains("relatedSkillUri") { return .skillSkillRelations }
        if columns.contains("broaderUri") { return .broaderRelations }
        if columns.contains("Level 0 URI") { return .skillsHierarchy }
        guard columns.contains("conceptUri") || columns.contains("conceptSchemeUri") else { return nil }
        return columns.contains("broaderConceptUri") || columns.contains("broaderConceptPT") ? .collection : .concepts
    }

    /// Why a file of the download is not imported, for the two that hold no concepts.
    private static func skipped(_ columns: Set<String>) -> String? {
        if columns.contains("greenShare") {
            return "ESCO's green share of occupations and ISCO groups (the greenShare column, from v1.2); "
                + "ESCO's model names no property for it that Vaktaal writes, so the file is skipped"
        }
        if columns.contains("data header"), columns.contains("filename") {
            return "ESCO's dictionary of the download's columns (from v1.2); it describes the files and holds no concepts, so it is skipped"
        }
        return nil
    }
}
