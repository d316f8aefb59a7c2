extension Vocabulary {
    /// The labels that mapping sets give their targets (`sssom:object_label` on a mapping's
    /// annotation), by target IRI: how a concept that is not loaded (an ESCO skill, say) is named.
    public func objectLabels() -> [String: String] {
        var targetOf: [Term: String] = [:]
        for mapping in mappings {
            if let node = mapping.annotation { targetOf[node] = mapping.object }
        }
        var labels: [String: String] = [:]
        for triple in extraTriples where triple.predicate == Namespace.sssom + "object_label" {
            guard let target = targetOf[triple.subject], let literal = triple.object.literalValue else { continue }
            if labels[target] == nil || literal.language == "en" { labels[target] = literal.lexicalForm }
        }
        return labels
    }
}
