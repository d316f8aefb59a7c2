extension VocabularyBuilder {
    /// Reads an `owl:Axiom` that annotates a SKOS mapping triple with SSSOM provenance, and attaches
    /// it to the stated mapping (or records a mapping known only through its annotation).
    mutating func readAxiom(_ node: TermID) {
        let members = groups.triples(of: node)
        func single(_ wanted: KnownProperty) -> (index: Int, object: TermID)? {
            guard let index = members.first(where: { role($0) == wanted && !consumed[Int($0)] }) else { return nil }
            return (Int(index), triples[Int(index)].object)
        }
        guard let source = single(.annotatedSource), terms.isIRI(source.object),
              let property = single(.annotatedProperty),
              let type = terms.iri(property.object).flatMap(MatchType.init(property:)),
              let target = single(.annotatedTarget), terms.isIRI(target.object),
              let typeTriple = members.first(where: { triples[Int($0)].object == known.axiom })
        else { return }
        var mapping = Mapping(subject: string(source.object), type: type, object: string(target.object))
        mapping.annotation = terms.term(node)
        for index in [source.index, property.index, target.index, Int(typeTriple)] { consumed[index] = true }
        readProvenance(of: &mapping, members)
        mapping.mappingSet = mappingSet(of: node)
        if let stated = unannotatedMappings.removeValue(forKey: MappingKey(subject: source.object, type: type, object: target.object)) {
            result.mappings[stated] = mapping
        } else {
            mapping.isAsserted = consumeStatedTriple(source.object, property.object, target.object)
            result.mappings.append(mapping)
        }
    }

    /// Consumes the plain triple `source property target` when it is stated although its subject
    /// is no concept (a mapping set file, SSSOM or RDF, holds mappings and no concepts), so that
    /// the mapping counts as asserted instead of leaving that triple among the extra ones.
    private mutating func consumeStatedTriple(_ source: TermID, _ property: TermID, _ target: TermID) -> Bool {
        let stated = groups.triples(of: source).first { index in
            let triple = triples[Int(index)]
            return triple.predicate == property && triple.object == target && !consumed[Int(index)]
        }
        guard let stated else { return false }
        consumed[Int(stated)] = true
        return true
    }

    private mutating func readProvenance(of mapping: inout Mapping, _ members: ArraySlice<UInt32>) {
        for index in members where !consumed[Int(index)] {
            let object = triples[Int(index)].object
            switch role(index) {
            case .confidence where terms.isLiteral(object) && mapping.confidenceLiteral == nil:
                mapping.confidenceLiteral = literal(object)
            case .mappingJustification where terms.isIRI(object) && mapping.justification == nil:
                mapping.justification = string(object)
            case .authorID where terms.isIRI(object):
                mapping.authors.append(string(object))
            case .mappingDate where terms.isLiteral(object) && mapping.date == nil:
                mapping.date = literal(object)
            case .comment where terms.isLangString(object) && mapping.comment == nil:
                mapping.comment = langString(object)
            default: continue
            }
            consumed[Int(index)] = true
        }
    }

    /// The mapping set listing this annotation under `sssom:mappings`, consuming that triple.
    private mutating func mappingSet(of node: TermID) -> String? {
        guard let index = mappingSetIndex[node] else { return nil }
        consumed[index] = true
        return terms.iri(triples[index].subject)
    }
}
