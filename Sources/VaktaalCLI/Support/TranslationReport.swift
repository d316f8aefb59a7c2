import VaktaalModel

/// One translation for output: the target, the composed relation, the evidence, and every step
/// of the path.
struct TranslationReport: Encodable {
    struct Concept: Encodable {
        let iri: String
        let notation: String?
        let prefLabel: String?
        let scheme: String?

        enum CodingKeys: String, CodingKey { case iri, notation, prefLabel, scheme }

        /// A concept as loaded, or, when it is not (an ESCO skill), named by a mapping set's
        /// `sssom:object_label`.
        init(_ iri: String, in vocabulary: Vocabulary, objectLabels: [String: String] = [:]) {
            let found = vocabulary.concept(iri)
            self.init(iri: iri, notation: found?.notations.first?.lexicalForm, prefLabel: found?.prefLabel("nl") ?? objectLabels[iri],
                      scheme: found.flatMap { vocabulary.schemes(of: $0).first })
        }

        init(iri: String, notation: String?, prefLabel: String?, scheme: String?) {
            (self.iri, self.notation, self.prefLabel, self.scheme) = (iri, notation, prefLabel, scheme)
        }

        /// Absent values are written as null, so that every key is always there.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(iri, forKey: .iri)
            try container.encode(notation, forKey: .notation)
            try container.encode(prefLabel, forKey: .prefLabel)
            try container.encode(scheme, forKey: .scheme)
        }
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

    /// How a label fit (part of) the need.
    struct Fit: Encodable {
        let label: String
        let labelKind: String
        let part: String
        let matchedWords: [String]
        let score: Double
        let needCoverage: Double
        let labelCoverage: Double
        let usedDefinition: Bool
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
    // Added in 2026.2: the evidence behind the answer.
    let answer: String
    let basis: String
    let relevance: Double
    let pathType: String?
    let sharedConcept: Concept?
    let coveringConcept: Concept?
    let sourceFit: Fit?
    let targetFit: Fit?

    enum CodingKeys: String, CodingKey {
        case term, matchedLabel, match, source, target, type, sibling, confidence, path
        case answer, basis, relevance, pathType, sharedConcept, coveringConcept, sourceFit, targetFit
    }

    /// Absent values are written as null (`type` is null for a nearest answer), so that every key
    /// is always there.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(term, forKey: .term)
        try container.encode(matchedLabel, forKey: .matchedLabel)
        try container.encode(match, forKey: .match)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(type, forKey: .type)
        try container.encode(sibling, forKey: .sibling)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(path, forKey: .path)
        try container.encode(answer, forKey: .answer)
        try container.encode(basis, forKey: .basis)
        try container.encode(relevance, forKey: .relevance)
        try container.encode(pathType, forKey: .pathType)
        try container.encode(sharedConcept, forKey: .sharedConcept)
        try container.encode(coveringConcept, forKey: .coveringConcept)
        try container.encode(sourceFit, forKey: .sourceFit)
        try container.encode(targetFit, forKey: .targetFit)
    }

    init(_ translation: Translation, term: String, in vocabulary: Vocabulary, objectLabels: [String: String] = [:]) {
        func concept(_ iri: String) -> Concept { Concept(iri, in: vocabulary, objectLabels: objectLabels) }
        func fit(_ match: NeedMatch?) -> Fit? {
            match.map { Fit(label: $0.label, labelKind: $0.labelKind, part: $0.part, matchedWords: $0.matchedWords, score: Translator.rounded($0.score),
                            needCoverage: Translator.rounded($0.needCoverage), labelCoverage: Translator.rounded($0.labelCoverage),
                            usedDefinition: $0.usedDefinition) }
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
        answer = translation.isCounterpart ? "counterpart" : "nearest"
        basis = translation.basis.rawValue
        relevance = translation.relevance
        pathType = translation.pathType?.rawValue
        sharedConcept = translation.sharedConcept.map(concept)
        let schemes = Set([source.scheme, target.scheme].compactMap { $0 })
        coveringConcept = translation.steps.map(\.to).first { iri in
            guard let scheme = vocabulary.concept(iri).flatMap({ vocabulary.schemes(of: $0).first }) else { return false }
            return !schemes.contains(scheme)
        }.map(concept)
        sourceFit = translation.basis == .lexical ? nil : fit(translation.need)
        targetFit = fit(translation.targetFit)
    }

    /// What the relation means for the advisor.
    var meaning: String {
        switch type {
        case "exactMatch": "the same skill"
        case "closeMatch": "nearly the same skill"
        case "broadMatch": "broader: covers this and more"
        case "narrowMatch": "narrower: one part of this"
        case "relatedMatch": "a related skill"
        default: nearestMeaning
        }
    }

    private var nearestMeaning: String {
        switch basis {
        case "family": "nearest: same family" + (sharedConcept.map { ", both under " + Self.describe($0) } ?? "")
        case "shared-esco": "nearest: mapped to the same ESCO skill" + (sharedConcept.map { " " + Self.describe($0) } ?? "")
        case "broader-field": "nearest: only a much broader field covers this"
        case "lexical": "nearest: similar words only, no mapping"
        default: "nearest: the mapped concept matched only part of the need"
        }
    }

    var text: String {
        var lines = ["\(Self.describe(target))  \(type ?? "nearest")  (\(meaning); relevance \(relevance))"]
        if basis == "lexical", let targetFit {
            lines.append("  \"\(targetFit.part)\" ~ '\(targetFit.label)' (\(targetFit.labelKind)\(targetFit.usedDefinition ? " and definition" : ""))")
            return lines.joined(separator: "\n")
        }
        let part = sourceFit.map { "\"\($0.part)\"" } ?? "\"\(term)\""
        lines.append("  \(part) (\(match)) → \(Self.describe(source)) via '\(matchedLabel)'")
        for step in path {
            var detail = "\(step.type), \(step.via)"
            if let confidence = step.confidence { detail += ", \(confidence)" }
            if let justification = step.justification { detail += ", " + (justification.split(separator: "/").last.map(String.init) ?? justification) }
            lines.append("  → [\(detail)] \(Self.describe(step.to))")
        }
        if let targetFit, targetFit.score >= 0.3 { lines.append("  target's own words fit: '\(targetFit.label)' (\(targetFit.score))") }
        return lines.joined(separator: "\n")
    }

    static func describe(_ concept: Concept) -> String {
        let scheme = concept.scheme.map(SchemeName.shortName(of:))
        return [scheme, concept.notation, concept.prefLabel.map { "'\($0)'" }].compactMap { $0 }.joined(separator: " ")
            .ifEmpty(concept.iri)
    }
}

extension String {
    func ifEmpty(_ fallback: String) -> String { isEmpty ? fallback : self }
}
