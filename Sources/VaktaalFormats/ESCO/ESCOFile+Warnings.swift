extension ESCOFile {
    /// What the import should tell about a file it reads: columns it does not know (their values
    /// are not imported), a name without a language (labels go untagged), a collection whose
    /// concept scheme it does not know (its concepts go into no scheme).
    package func warnings(header: [String]) -> [LoadWarning] {
        var messages: [String] = []
        let unknown = header.filter { !$0.isEmpty && !kind.knownColumns.contains($0) }
        if !unknown.isEmpty {
            let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
            messages.append("\(unknown.count == 1 ? "column" : "columns") \(names) \(unknown.count == 1 ? "is" : "are") not one Vaktaal "
                            + "knows in ESCO's \(kind.description); \(unknown.count == 1 ? "its" : "their") values are not imported")
        }
        if !kind.isRelation, language == nil {
            messages.append("the file name gives no language (as in skills_en.csv); its labels and texts are imported without a language tag")
        }
        if kind == .collection, collectionScheme == nil {
            messages.append("a collection file (it has broaderConceptUri), but Vaktaal does not know which of ESCO's concept schemes "
                            + "'\(table)' is; its concepts are imported without skos:inScheme to it")
        }
        return messages.map { LoadWarning(format: "ESCO CSV", location: SourceLocation(file: path, line: 1), message: $0) }
    }
}

extension ESCOFile.Kind {
    /// The columns Vaktaal reads (or knowingly passes over) in files of this kind.
    var knownColumns: Set<String> {
        switch self {
        case .concepts, .collection: ESCOConceptTable.knownColumns
        case .skillsHierarchy: ESCOHierarchyTable.knownColumns
        case .broaderRelations, .occupationSkillRelations, .skillSkillRelations: ESCORelationTable.layout(for: self).knownColumns
        }
    }

    /// The kind in words, for messages.
    var description: String {
        switch self {
        case .concepts: "concept files"
        case .collection: "collection files"
        case .skillsHierarchy: "skills hierarchy"
        case .broaderRelations, .occupationSkillRelations, .skillSkillRelations: ESCORelationTable.layout(for: self).description
        }
    }
}
