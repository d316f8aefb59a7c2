/// Proposes mapping candidates for a terminologist: for each concept of a source scheme that has
/// no mapping to a target scheme (or every concept), the target concepts it most likely maps to,
/// each with the SKOS relation the evidence supports (``MatchTypeRule``), a confidence and the
/// evidence in words.
///
/// Evidence comes from every signal the data holds (``SuggestionSignals``): the source's labels
/// and definition matched against the target's labels, scope notes and definitions
/// (``NeedIndex``: folding, word forms, typos, compounds), the same in a second language,
/// concepts of third schemes that match the source and are mapped to a target concept, ESCO
/// skills that match the source and are mapped from a target concept, and the hierarchy (a
/// parent's target, or its best candidate, makes candidates under it likelier). The confidence is
/// a noisy-or of the weighted signals (``SuggestionWeights``).
public struct MappingSuggester: Sendable {
    /// `semapv:LexicalMatching`: found by the words alone.
    public static let lexicalMatching = Namespace.semapv + "LexicalMatching"
    /// `semapv:CompositeMatching`: words combined with mappings or the hierarchy.
    public static let compositeMatching = Namespace.semapv + "CompositeMatching"

    /// What to suggest.
    public struct Options: Sendable {
        /// The most candidates per source concept.
        public var limit: Int
        /// Whether concepts already mapped to the target get candidates too.
        public var includeMapped: Bool
        /// Candidates with a lower confidence are left out.
        public var minimumConfidence: Double
        /// The signals used.
        public var signals: SuggestionSignals
        /// How much each signal counts.
        public var weights: SuggestionWeights

        /// Creates options.
        public init(limit: Int = 5, includeMapped: Bool = false, minimumConfidence: Double = 0,
                    signals: SuggestionSignals = .all, weights: SuggestionWeights = SuggestionWeights()) {
            self.limit = limit
            self.includeMapped = includeMapped
            self.minimumConfidence = minimumConfidence
            self.signals = signals
            self.weights = weights
        }
    }

    let vocabulary: Vocabulary
    let primary: NeedIndex
    let secondary: NeedIndex
    let escoIndex: NeedIndex
    let language: String
    let secondLanguage: String
    let definitions: DefinitionSimilarity
    let secondDefinitions: DefinitionSimilarity
    let hierarchy: HierarchyIndex
    let schemeOf: [String: Set<String>]
    let schemeIRIs: Set<String>
    /// Mappings by subject and by object.
    let outgoing: [String: [Mapping]]
    let incoming: [String: [Mapping]]

    /// Prepares suggestions over a vocabulary.
    /// - Parameters:
    ///   - vocabulary: Every scheme and mapping set; ESCO's skills too when suggesting to ESCO.
    ///   - language: The language of the labels and definitions compared first.
    ///   - secondLanguage: The other language compared (and ESCO's).
    public init(vocabulary: Vocabulary, language: String = "nl", secondLanguage: String = "en") {
        self.vocabulary = vocabulary
        self.language = language
        self.secondLanguage = secondLanguage
        primary = NeedIndex(vocabulary, language: language)
        secondary = NeedIndex(vocabulary, language: secondLanguage)
        definitions = DefinitionSimilarity(vocabulary, language: language)
        secondDefinitions = DefinitionSimilarity(vocabulary, language: secondLanguage)
        hierarchy = HierarchyIndex(vocabulary)
        var schemeOf: [String: Set<String>] = [:]
        for concept in vocabulary.concepts { schemeOf[concept.iri] = Set(vocabulary.schemes(of: concept)) }
        self.schemeOf = schemeOf
        schemeIRIs = Set(vocabulary.schemes.map(\.iri))
        outgoing = Dictionary(grouping: vocabulary.mappings, by: \.subject)
        incoming = Dictionary(grouping: vocabulary.mappings, by: \.object)
        escoIndex = NeedIndex(Self.escoTargets(of: vocabulary), language: secondLanguage)
    }

    /// The ESCO skills some mapping points to, as concepts named by their loaded labels or by the
    /// `sssom:object_label` the mapping set gives them.
    static func escoTargets(of vocabulary: Vocabulary) -> Vocabulary {
        let named = vocabulary.objectLabels()
        var result = Vocabulary()
        for iri in Set(vocabulary.mappings.map(\.object)) where iri.hasPrefix(SchemeName.escoSkills) {
            var concept = vocabulary.concept(iri) ?? Concept(iri: iri)
            if concept.allLabels(.preferred).isEmpty, let label = named[iri] {
                concept.labels[.preferred] = [LangString(label, language: "en")]
            }
            concept.notes = [:]
            if !concept.allLabels(.preferred).isEmpty { result.upsert(concept) }
        }
        return result
    }

    /// Candidates for the concepts of `source` in `target`, per source concept in scheme order,
    /// best first.
    /// - Parameters:
    ///   - source: The scheme mapped from: IRI, short name (`metaal`, `hub`) or name.
    ///   - target: The scheme mapped to, named the same ways, or `esco`.
    /// - Throws: ``SchemeNameError`` when a name names no scheme, or several.
    public func suggest(from source: String, to target: String,
                        options: Options = Options()) throws(SchemeNameError) -> [MappingSuggestion] {
        let from = try vocabulary.resolveScheme(source)
        let to = try vocabulary.resolveScheme(target)
        return suggestions(from: from, to: to, options: options)
    }

    /// ``suggest(from:to:options:)`` with both schemes resolved to IRIs (or namespaces).
    public func suggestions(from source: String, to target: String, options: Options) -> [MappingSuggestion] {
        var run = SuggestionRun(suggester: self, source: source, target: target, options: options)
        return run.suggestions()
    }

    /// The source concepts considered: the scheme's concepts that are not deprecated and, unless
    /// `includeMapped`, have no mapping to the target in either direction.
    func sourceConcepts(_ source: String, target: String, includeMapped: Bool) -> [Concept] {
        vocabulary.concepts(inScheme: source).filter { concept in
            guard !concept.isDeprecated else { return false }
            return includeMapped || !isMapped(concept.iri, to: target)
        }
    }

    /// Whether a concept has a mapping to (or from) a concept of the target.
    func isMapped(_ concept: String, to target: String) -> Bool {
        (outgoing[concept] ?? []).contains { isInTarget($0.object, target) }
            || (incoming[concept] ?? []).contains { isInTarget($0.subject, target) }
    }

    /// Whether a concept belongs to a target scheme: a loaded scheme, else a namespace.
    package func isInTarget(_ iri: String, _ target: String) -> Bool {
        if schemeIRIs.contains(target) { return schemeOf[iri]?.contains(target) == true }
        return iri.hasPrefix(target)
    }

    /// ESCO's skill groups (the skills hierarchy): classification headings, never a mapping
    /// target (see the ESCO policy in `Vocabularies/README.md`).
    public static let escoSkillGroups = "http://data.europa.eu/esco/concept-scheme/skills-hierarchy"

    /// Whether a concept may be proposed as a target: in the target, not deprecated, and no
    /// ESCO skill group.
    func isProposable(_ iri: String, in target: String) -> Bool {
        guard isInTarget(iri, target) else { return false }
        return schemeOf[iri]?.contains(Self.escoSkillGroups) != true
    }

    /// How a concept is named in evidence: notation and preferred label.
    func describe(_ iri: String) -> String {
        guard let concept = vocabulary.concept(iri) else { return "<\(iri)>" }
        let notation = concept.notations.first?.lexicalForm ?? SchemeName.shortName(of: iri)
        return "\(notation) '\(concept.prefLabel(language) ?? iri)'"
    }
}
