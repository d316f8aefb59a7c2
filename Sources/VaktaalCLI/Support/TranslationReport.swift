import VaktaalModel

/// One translation for output: the target, the composed relation, and every step of the path.
struct TranslationReport: Encodable {
    struct Concept: Encodable {
        let iri: String
        let notation: String?
        let prefLabel: String?
        let scheme: String?
    }

    struct Step: Encodable {
        let from: Concept
        let to: Concept
        let type: String
        let via: String
        let confidence: Double?
        let justification: String?
        let mappingSet: String?
    }

    let term: String
    let matchedLabel: String
    let match: String
    let source: Concept
    let target: Concept
    let type: String?
    let sibling: Bool
    let confidence: Double
    let path: [Step]

    init(_ translation: Translation, term: String, in vocabulary: Vocabulary) {
        func concept(_ iri: String) -> Concept {
            let found = vocabulary.concept(iri)
            return Concept(iri: iri, notation: found?.notations.first?.lexicalForm, prefLabel: found?.prefLabel("nl"),
                           scheme: found.flatMap { vocabulary.schemes(of: $0).first })
        }
        self.term = term
        matchedLabel = translation.source.label
        match = translation.source.kind.description
        source = concept(translation.source.concept)
        target = concept(translation.target)
        type = translation.type?.rawValue
        sibling = translation.isSibling
        confidence = translation.confidence
        path = translation.steps.map { step in
            Step(from: concept(step.from), to: concept(step.to), type: step.type.rawValue, via: step.via.rawValue,
                 confidence: step.confidence, justification: step.justification, mappingSet: step.mappingSet)
        }
    }

    /// What the relation means for the advisor.
    var meaning: String {
        switch type {
        case "exactMatch": "the same skill"
        case "closeMatch": "nearly the same skill"
        case "broadMatch": "broader: covers this and more"
        case "narrowMatch": "narrower: one part of this"
        case "relatedMatch": "a related skill"
        default: "sibling: shares a broader concept, no SKOS match"
        }
    }

    var text: String {
        var lines = ["\(describe(target))  \(type ?? "sibling")  (\(meaning); confidence \(confidence))"]
        lines.append("  \"\(matchedLabel)\" (\(match)) → \(describe(source))")
        for step in path {
            var detail = "\(step.type), \(step.via)"
            if let confidence = step.confidence { detail += ", \(confidence)" }
            if let justification = step.justification { detail += ", " + (justification.split(separator: "/").last.map(String.init) ?? justification) }
            lines.append("  → [\(detail)] \(describe(step.to))")
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ concept: Concept) -> String {
        let scheme = concept.scheme.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        return [scheme, concept.notation, concept.prefLabel.map { "'\($0)'" }].compactMap { $0 }.joined(separator: " ")
            .ifEmpty(concept.iri)
    }
}

extension String {
    func ifEmpty(_ fallback: String) -> String { isEmpty ? fallback : self }
}
