import VaktaalModel

/// Resolves what a user types for a scheme: its IRI, the last part of it (`metaal`), its
/// notation, or its name. Any other IRI is taken as a namespace, so that concepts that are not
/// loaded (ESCO skills, say) can be reached by their IRIs.
enum SchemeResolver {
    static func resolve(_ key: String, in vocabulary: Vocabulary) throws -> String {
        try resolve(key, in: vocabulary.schemes)
    }

    static func resolve(_ key: String, in schemes: [ConceptScheme]) throws -> String {
        if schemes.contains(where: { $0.iri == key }) { return key }
        let lowered = key.lowercased()
        let matches = schemes.filter { scheme in
            scheme.iri.lowercased().hasSuffix("/" + lowered) || scheme.iri.lowercased().hasSuffix("#" + lowered)
                || scheme.notations.contains { $0.lexicalForm.lowercased() == lowered }
                || (scheme.prefLabels + scheme.titles).contains { $0.value.lowercased() == lowered }
        }
        if matches.count == 1 { return matches[0].iri }
        if key.contains("://") { return key }
        let known = schemes.map { $0.iri.split(separator: "/").last.map(String.init) ?? $0.iri }.sorted()
        throw CommandFailure.trouble("error: no single concept scheme '\(key)'; known: \(known.joined(separator: ", "))")
    }
}
