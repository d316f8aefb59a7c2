public import VaktaalModel

/// One translation for output: the target, the composed relation, the evidence, and every step
/// of the path. Its JSON is what `vaktaal translate --format json` prints and `GET /api/translate`
/// answers (docs in the README); the CLI and the server share it so the two cannot drift apart.
package struct TranslationReport: Encodable, Sendable {
    /// A concept named in a report: IRI, notation, Dutch preferred label and scheme.
    package struct Concept: Encodable, Sendable {
        // Absent values are written as null, so that every key is always there.
        package let iri: String
        @NullWhenAbsent package var notation: String?
        @NullWhenAbsent package var prefLabel: String?
        @NullWhenAbsent package var scheme: String?

        /// A concept as loaded, or, when it is not (an ESCO skill), named by a mapping set's
        /// `sssom:object_label`.
        package init(_ iri: String, in vocabulary: Vocabulary, objectLabels: [String: String] = [:]) {
            let found = vocabulary.concept(iri)
            self.init(iri: iri, notation: found?.notations.first?.lexicalForm, prefLabel: found?.prefLabel("nl") ?? objectLabels[iri],
                      scheme: found.flatMap { vocabulary.schemes(of: $0).first })
        }

        package init(iri: String, notation: String?, prefLabel: String?, scheme: String?) {
            self.iri = iri
            self.notation = notation
            self.prefLabel = prefLabel
            self.scheme = scheme
        }
    }

    /// One step of the path.
    package struct Step: Encodable, Sendable {
        package let from: Concept
        package let to: Concept
        package let type: String
        package let via: String
        package let confidence: Double?
        package let justification: String?
        package let mappingSet: String?
    }

    /// How a label fit (part of) the need.
    package struct Fit: Encodable, Sendable {
        package let label: String
        package let labelKind: String
        package let part: String
        package let matchedWords: [String]
        package let score: Double
        package let needCoverage: Double
        package let labelCoverage: Double
        package let usedDefinition: Bool
    }

    // Absent values are written as null (`type` is null for a nearest answer), so that every
    // key is always there.
    package let term: String
    package let matchedLabel: String
    package let match: String
    package let source: Concept
    package let target: Concept
    @NullWhenAbsent package var type: String?
    package let sibling: Bool
    package let confidence: Double
    package let path: [Step]
    // Added in 2026.2: the evidence behind the answer.
    package let answer: String
    package let basis: String
    package let relevance: Double
    @NullWhenAbsent package var pathType: String?
    @NullWhenAbsent package var sharedConcept: Concept?
    @NullWhenAbsent package var coveringConcept: Concept?
    @NullWhenAbsent package var sourceFit: Fit?
    @NullWhenAbsent package var targetFit: Fit?

    /// The report of one translation of `term`; `objectLabels` name targets that are not loaded.
    package init(_ translation: Translation, term: String, in vocabulary: Vocabulary, objectLabels: [String: String] = [:]) {
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
    package var meaning: String {
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

    /// `scheme notation 'prefLabel'`, or the IRI when none of them is known.
    package static func describe(_ concept: Concept) -> String {
        let scheme = concept.scheme.map(SchemeName.shortName(of:))
        let text = [scheme, concept.notation, concept.prefLabel.map { "'\($0)'" }].compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? concept.iri : text
    }
}

