extension VocabularyBuilder {
    /// Reads an `owl:Axiom` that annotates a SKOS mapping triple with SSSOM provenance, and attaches
    /// it to the stated mapping (or records a mapping known only through its annotation).
    mutating func readAxiom(_ node: Term) {
        let indices = bySubject[node] ?? []
        func single(_ predicate: String) -> (index: Int, object: Term)? {
            let matches = indices.filter { graph.triples[$0].predicate == predicate && !consumed[$0] }
            return matches.first.map { ($0, graph.triples[$0].object) }
        }
        guard let source = single(Namespace.owl + "annotatedSource"), let sourceIRI = source.object.iriValue,
              let property = single(Namespace.owl + "annotatedProperty"),
              let type = property.object.iriValue.flatMap(MatchType.init(property:)),
              let target = single(Namespace.owl + "annotatedTarget"), let targetIRI = target.object.iriValue,
              let typeTriple = indices.first(where: { graph.triples[$0].object == .iri(Namespace.owl + "Axiom") })
        else { return }
        var mapping = Mapping(subject: sourceIRI, type: type, object: targetIRI)
        mapping.annotation = node
        for index in [source.index, property.index, target.index, typeTriple] { consumed[index] = true }
        readProvenance(of: &mapping, indices)
        mapping.mappingSet = mappingSet(of: node)
        if let stated = unannotatedMappings.removeValue(forKey: Mapping.key(sourceIRI, type, targetIRI)) {
            vocabulary.mappings[stated] = mapping
        } else {
            mapping.isAsserted = false
            vocabulary.mappings.append(mapping)
        }
    }

    private mutating func readProvenance(of mapping: inout Mapping, _ indices: [Int]) {
        for index in indices where !consumed[index] {
            let triple = graph.triples[index]
            switch (String(triple.predicate.dropFirst(Namespace.sssom.count)), triple.object) {
            case _ where !triple.predicate.hasPrefix(Namespace.sssom): continue
            case ("confidence", .literal(let literal)) where mapping.confidenceLiteral == nil:
                mapping.confidenceLiteral = literal
            case ("mapping_justification", .iri(let iri)) where mapping.justification == nil:
                mapping.justification = iri
            case ("author_id", .iri(let iri)):
                mapping.authors.append(iri)
            case ("mapping_date", .literal(let literal)) where mapping.date == nil:
                mapping.date = literal
            case ("comment", .literal(let literal)) where mapping.comment == nil && literal.datatype == nil:
                mapping.comment = LangString(literal)
            default: continue
            }
            consumed[index] = true
        }
    }

    /// The mapping set listing this annotation under `sssom:mappings`, consuming that triple.
    private mutating func mappingSet(of node: Term) -> String? {
        guard let index = mappingSetIndex[node] else { return nil }
        consumed[index] = true
        return graph.triples[index].subject.iriValue
    }
}
