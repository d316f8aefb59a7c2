extension VocabularyDiffer {
    /// Mappings in other vocabularies whose subject or target is a concept removed or newly
    /// deprecated in the new version.
    func assessImpact(on others: [(name: String, vocabulary: Vocabulary)]) -> [BrokenMapping] {
        var affected: [String: (reason: BrokenMapping.Reason, replacedBy: [String])] = [:]
        for entry in removed { affected[entry.iri] = (.removed, entry.replacedBy) }
        for change in changed where change.deprecation == .deprecated {
            affected[change.iri] = (.deprecated, Array(Set(new.replacements(of: change.iri))))
        }
        guard !affected.isEmpty else { return [] }
        var result: [BrokenMapping] = []
        for (name, vocabulary) in others {
            for (subject, type, object) in VersionFacts.mappingStatements(vocabulary) {
                for end in Set([object, subject]) {
                    guard let problem = affected[end] else { continue }
                    result.append(BrokenMapping(source: name, subject: subject, type: type, object: object,
                                                concept: end, reason: problem.reason, replacedBy: problem.replacedBy))
                }
            }
        }
        return result.sorted {
            ($0.source, $0.concept, $0.subject, $0.object, $0.type.rawValue) < ($1.source, $1.concept, $1.subject, $1.object, $1.type.rawValue)
        }
    }
}
