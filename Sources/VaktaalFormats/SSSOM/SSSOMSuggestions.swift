public import VaktaalModel

/// Writes ``MappingSuggestion``s as an SSSOM/TSV mapping set for review: `subject_id`,
/// `subject_label`, `predicate_id` (the proposed relation), `object_id`, `object_label`,
/// `mapping_justification`, `confidence` and the evidence in `comment`, rows in the order given
/// (per source concept, best candidate first). The file passes `sssom validate`.
public enum SSSOMSuggestions {
    /// The mapping set IRI of the suggestions from one scheme to another.
    public static func mappingSetID(from source: String, to target: String) -> String {
        "https://data.vaktaal.nl/mappings/suggestions/\(SchemeName.shortName(of: source))-\(SchemeName.shortName(of: target))"
    }

    /// The SSSOM/TSV text.
    /// - Parameters:
    ///   - suggestions: The candidates, in the order to write them.
    ///   - vocabulary: Where labels come from (concepts' preferred labels, else the labels mapping
    ///     sets give their targets).
    ///   - source: The source scheme IRI (`subject_source`).
    ///   - target: The target scheme IRI or namespace (`object_source`).
    ///   - language: The language of the labels.
    /// - Throws: ``SSSOMWriteError``.
    public static func write(_ suggestions: [MappingSuggestion], vocabulary: Vocabulary, from source: String, to target: String,
                             language: String = "nl") throws -> [UInt8] {
        let set = mappingSetID(from: source, to: target)
        var document = Vocabulary()
        document.prefixes = vocabulary.prefixes
        let setTerm = Term.iri(set)
        func add(_ predicate: String, _ object: Term) { document.extraTriples.append(Triple(setTerm, predicate, object)) }
        add(Namespace.rdf + "type", .iri(Namespace.sssom + "MappingSet"))
        add(Namespace.dcterms + "title", .literal(Literal("Kandidaat-mappings \(SchemeName.shortName(of: source)) → \(SchemeName.shortName(of: target)) (vaktaal suggest), te beoordelen", language: "nl")))
        add(Namespace.sssom + "license", .iri("https://creativecommons.org/licenses/by/4.0/"))
        add(Namespace.sssom + "subject_source", .iri(source))
        if target.hasPrefix("http") { add(Namespace.sssom + "object_source", .iri(target)) }
        add(Namespace.sssom + "mapping_tool", .literal(Literal("vaktaal suggest \(Vaktaal.version)")))
        let named = vocabulary.objectLabels()
        for (number, suggestion) in suggestions.enumerated() {
            var mapping = Mapping(subject: suggestion.subject, type: suggestion.type, object: suggestion.object)
            mapping.confidence = suggestion.confidence
            mapping.justification = suggestion.justification
            mapping.comment = LangString(suggestion.evidence.joined(separator: "; "))
            mapping.mappingSet = set
            mapping.annotation = .blank("suggestion\(number)")
            document.mappings.append(mapping)
            for iri in [suggestion.subject, suggestion.object] where document.concept(iri) == nil {
                var concept = Concept(iri: iri)
                if let labels = vocabulary.concept(iri)?.labels[.preferred], !labels.isEmpty {
                    concept.labels[.preferred] = labels
                } else if let label = named[iri] {
                    concept.labels[.preferred] = [LangString(label, language: "en")]
                }
                document.upsert(concept)
            }
        }
        let bytes = try SSSOMWriter.write(document, mappingSet: set, options: .init(language: language, mappingSetID: set))
        return inOrder(bytes, suggestions)
    }

    /// The rendered rows put back in the order of the suggestions (the writer sorts them), each
    /// row found by the last parts of its subject and object IRIs; the text as written when a row
    /// spans lines or cannot be told apart from another.
    static func inOrder(_ bytes: [UInt8], _ suggestions: [MappingSuggestion]) -> [UInt8] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let columnsIndex = lines.firstIndex(where: { !$0.hasPrefix("#") }) else { return bytes }
        let columns = lines[columnsIndex].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let subject = columns.firstIndex(of: "subject_id"), let object = columns.firstIndex(of: "object_id") else { return bytes }
        let rows = lines[(columnsIndex + 1)...].filter { !$0.isEmpty }
        guard rows.count == suggestions.count, !rows.contains(where: { $0.contains("\"") }) else { return bytes }
        var position: [String: Int] = [:]
        for (index, suggestion) in suggestions.enumerated() {
            guard position.updateValue(index, forKey: localKey(suggestion.subject, suggestion.object)) == nil else { return bytes }
        }
        var placed: [(index: Int, row: String)] = []
        for row in rows {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > max(subject, object), let index = position[localKey(cells[subject], cells[object])] else { return bytes }
            placed.append((index, row))
        }
        let header = lines[...columnsIndex].joined(separator: "\n")
        return Array((header + "\n" + placed.sorted { $0.index < $1.index }.map(\.row).joined(separator: "\n") + "\n").utf8)
    }

    /// The last parts of two IRIs or CURIEs (after the last `/`, `#` or `:`).
    private static func localKey(_ subject: String, _ object: String) -> String {
        func local(_ text: String) -> Substring {
            text.lastIndex(where: { "/#:".contains($0) }).map { text[text.index(after: $0)...] } ?? Substring(text)
        }
        return local(subject) + "\u{0}" + local(object)
    }
}
