import VaktaalModel

/// Resolves scheme names for the commands, turning the library's error into a usage error.
enum SchemeResolver {
    static func resolve(_ key: String, in vocabulary: Vocabulary) throws -> String {
        try resolve(key, in: vocabulary.schemes)
    }

    static func resolve(_ key: String, in schemes: [ConceptScheme]) throws -> String {
        do {
            return try SchemeName.resolve(key, in: schemes)
        } catch {
            throw CommandFailure.trouble("error: \(error.description)")
        }
    }
}
