extension VocabularyBuilder {
    /// Reads a concept scheme.
    mutating func readScheme(_ subject: TermID, _ members: ArraySlice<UInt32>) {
        var scheme = ConceptScheme(iri: string(subject))
        for index in members {
            let object = triples[Int(index)].object
            let isLangString = terms.isLangString(object), isLiteral = terms.isLiteral(object)
            switch role(index) {
            case .type where object == known.conceptScheme: break
            case .prefLabel where isLangString: scheme.prefLabels.append(langString(object))
            case .title where isLangString: scheme.titles.append(langString(object))
            case .description where isLangString: scheme.descriptions.append(langString(object))
            case .notation where isLiteral: scheme.notations.append(literal(object))
            case .hasTopConcept where terms.isIRI(object): scheme.topConcepts.append(string(object))
            case .versionInfo where isLiteral: scheme.versions.append(literal(object))
            case let role? where isLiteral && role.dateKind != nil: scheme.dates[role.dateKind!, default: []].append(literal(object))
            default: continue
            }
            consumed[Int(index)] = true
        }
        result.upsert(scheme)
    }

    /// Reads a collection (ordered when typed `skos:OrderedCollection`).
    mutating func readCollection(_ subject: TermID, _ members: ArraySlice<UInt32>, ordered: Bool) {
        var collection = SKOSCollection(iri: string(subject))
        collection.isOrdered = ordered
        let type = ordered ? known.orderedCollection : known.collection
        for index in members {
            let object = triples[Int(index)].object
            switch role(index) {
            case .type where object == type: break
            case .prefLabel where terms.isLangString(object): collection.prefLabels.append(langString(object))
            case .member where terms.isIRI(object): collection.members.append(string(object))
            default: continue
            }
            consumed[Int(index)] = true
        }
        result.collections.append(collection)
    }
}
