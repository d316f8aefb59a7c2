import VaktaalModel

extension Vocabulary {
    /// The same vocabulary with every list the other way round: schemes, concepts, mappings, and
    /// the values of each concept (labels, notes, links, schemes). Nothing the diff compares
    /// depends on order, so this is the same version.
    func reversedOrder() -> Vocabulary {
        var result = Vocabulary()
        for scheme in schemes.reversed() {
            var scheme = scheme
            scheme.prefLabels.reverse()
            scheme.topConcepts.reverse()
            result.upsert(scheme)
        }
        for concept in concepts.reversed() { result.upsert(concept.reversedOrder()) }
        result.mappings = mappings.reversed()
        return result
    }
}

extension Concept {
    /// The concept with the values of every field the other way round.
    func reversedOrder() -> Concept {
        var concept = self
        concept.labels = labels.mapValues { $0.reversed() }
        concept.xlLabels = xlLabels.mapValues { $0.reversed() }
        concept.notes = notes.mapValues { $0.reversed() }
        concept.broader.reverse()
        concept.narrower.reverse()
        concept.related.reverse()
        concept.inSchemes.reverse()
        return concept
    }
}
