public import VaktaalModel

/// JSKOS objects and RDF documents about single concepts, schemes and mappings, as a server
/// answers them: the same writers as the exports, applied to a small slice of the vocabulary.
package enum ConceptDocuments {
    /// The vocabulary holding only `concepts` (with their unmodelled triples) and `mappings`.
    package static func slice(_ concepts: [Concept], mappings: [Mapping] = [], extraTriples: [Triple] = [], prefixes: [(prefix: String, namespace: String)] = []) -> Vocabulary {
        var vocabulary = Vocabulary()
        for concept in concepts { vocabulary.upsert(concept) }
        vocabulary.mappings = mappings
        vocabulary.extraTriples = extraTriples
        vocabulary.prefixes = prefixes
        return vocabulary
    }

    /// A JSON array of JSKOS concept objects, each with `@context`, `narrower` (as jskos-server
    /// gives it: the narrower concepts' URIs, `[]` for none) and, when given, `ancestors`.
    /// - Parameters:
    ///   - concepts: The concepts, in answer order.
    ///   - extraTriples: Each concept's unmodelled triples, by IRI.
    ///   - narrower: Each concept's narrower concepts.
    ///   - ancestors: Each concept's ancestors, nearest first, when asked for.
    package static func jskosConcepts(_ concepts: [Concept], extraTriples: [String: [Triple]], narrower: [String: [String]],
                                      ancestors: [String: [String]]? = nil) -> [UInt8] {
        JSKOSPrinter.pretty(.array(conceptObjects(concepts, extraTriples: extraTriples, narrower: narrower, ancestors: ancestors)))
    }

    /// One JSKOS concept object, as ``jskosConcepts(_:extraTriples:narrower:ancestors:)`` writes
    /// each: what a concept IRI dereferences to as `application/json`.
    package static func jskosConcept(_ concept: Concept, extraTriples: [String: [Triple]], narrower: [String: [String]]) -> [UInt8] {
        JSKOSPrinter.pretty(conceptObjects([concept], extraTriples: extraTriples, narrower: narrower, ancestors: nil)[0])
    }

    private static func conceptObjects(_ concepts: [Concept], extraTriples: [String: [Triple]], narrower: [String: [String]],
                                       ancestors: [String: [String]]?) -> [JSKOSValue] {
        concepts.map { concept -> JSKOSValue in
            let slice = slice([concept], extraTriples: extraTriples[concept.iri] ?? [])
            var fields = dictionary(JSKOSExport(slice).objects.first)
            fields["@context"] = .string(JSKOSContext.url)
            fields["narrower"] = .array((narrower[concept.iri] ?? []).map(JSKOSValue.reference))
            if let ancestors { fields["ancestors"] = .array((ancestors[concept.iri] ?? []).map(JSKOSValue.reference)) }
            return .object(fields)
        }
    }

    /// A JSON array of JSKOS concept scheme objects, each with `@context`.
    package static func jskosSchemes(_ schemes: [ConceptScheme]) -> [UInt8] {
        let objects = schemes.map { scheme -> JSKOSValue in
            var vocabulary = Vocabulary()
            vocabulary.upsert(scheme)
            var fields = dictionary(JSKOSExport(vocabulary).objects.first)
            fields["@context"] = .string(JSKOSContext.url)
            return .object(fields)
        }
        return JSKOSPrinter.pretty(.array(objects))
    }

    /// A JSON array of JSKOS mapping objects (`from.memberSet`, `to.memberSet`, `type`,
    /// `fromScheme`, `toScheme` and provenance), each with `@context`.
    package static func jskosMappings(_ mappings: [Mapping], in vocabulary: Vocabulary) -> [UInt8] {
        let objects = mappings.map { mapping -> JSKOSValue in
            var fields = dictionary(JSKOSMappingEncoder(mapping, in: vocabulary).value)
            fields["@context"] = .string(JSKOSContext.url)
            return .object(fields)
        }
        return JSKOSPrinter.pretty(.array(objects))
    }

    /// One concept as RDF: its triples, its unmodelled triples and its outgoing mappings with
    /// their provenance.
    package static func graph(of concept: Concept, mappings: [Mapping], extraTriples: [Triple], prefixes: [(prefix: String, namespace: String)]) -> Graph {
        slice([concept], mappings: mappings, extraTriples: extraTriples, prefixes: prefixes).graph()
    }

    /// A graph as RDF/XML.
    /// - Throws: ``RDFXMLWriteError`` when a triple cannot be written as RDF/XML.
    package static func rdfXML(_ graph: Graph) throws -> [UInt8] {
        try RDFXMLWriter.bytes(graph)
    }

    /// A graph as Turtle.
    package static func turtle(_ graph: Graph) -> String {
        TurtleWriter.render(graph)
    }

    /// A graph as sorted N-Triples.
    package static func nTriples(_ graph: Graph) -> String {
        graph.triples.map(\.description).sorted().map { $0 + "\n" }.joined()
    }

    private static func dictionary(_ value: JSKOSValue?) -> [String: JSKOSValue] {
        Dictionary((value?.members ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
