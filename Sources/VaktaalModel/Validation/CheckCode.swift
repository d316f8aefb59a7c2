/// The checks of `vaktaal validate`. qSKOS quality issues keep qSKOS's own issue IDs; the two SKOS
/// integrity conditions qSKOS has no issue for are named after the condition (`S9`, `S37`); the
/// cross-vocabulary checks start with `x-`.
public enum CheckCode: String, CaseIterable, Sendable, Codable, Comparable {
    // SKOS integrity conditions (errors)
    /// More than one `prefLabel` per language (S14).
    case inconsistentPrefLabels = "ipl"
    /// pref/alt/hidden labels not pairwise disjoint (S13).
    case disjointLabelsViolation = "dlv"
    /// `related` between concepts also connected hierarchically (S27).
    case relationClashes = "rc"
    /// `exactMatch` together with `broadMatch`, `narrowMatch` or `relatedMatch` (S46).
    case mappingClashes = "mc"
    /// A resource that is both a concept scheme and a concept (S9).
    case schemeIsConcept = "S9"
    /// A resource that is both a collection and a concept (S37).
    case collectionIsConcept = "S37"
    /// Hierarchical relations that form a cycle.
    case cyclicHierarchicalRelations = "chr"
    /// A concept related to itself.
    case reflexivelyRelatedConcepts = "rrc"
    // Labels and documentation
    /// Literals without, or with an invalid, language tag.
    case omittedOrInvalidLanguageTags = "oilt"
    /// Concepts lacking a language that other concepts have.
    case incompleteLanguageCoverage = "ilc"
    /// Concepts without any SKOS documentation property.
    case undocumentedConcepts = "uc"
    /// Concepts and schemes without a label.
    case missingLabels = "ml"
    /// Different concepts of one scheme with the same label.
    case overlappingLabels = "ol"
    /// Empty or blank labels.
    case emptyLabels = "el"
    /// Labels containing control or other unprintable characters.
    case unprintableCharactersInLabels = "ucil"
    // Structure
    /// Concepts without any semantic relation.
    case orphanConcepts = "oc"
    /// Groups of concepts not connected to the rest.
    case disconnectedConceptClusters = "dcc"
    /// Siblings that are also `related`.
    case valuelessAssociativeRelations = "var"
    /// `broaderTransitive`/`narrowerTransitive` without a `broader`/`narrower` path behind it.
    case solelyTransitivelyRelatedConcepts = "strc"
    /// A relation whose inverse is not stated.
    case unidirectionallyRelatedConcepts = "urc"
    /// Top concepts that have broader concepts.
    case topConceptsHavingBroaderConcepts = "tchbc"
    /// Concept schemes without top concepts.
    case omittedTopConcepts = "otc"
    /// A `broader` relation that another path of the hierarchy already implies.
    case hierarchicalRedundancy = "hr"
    /// Mapping relations between concepts of the same scheme.
    case mappingRelationsMisuse = "mri"
    /// Terms in the SKOS namespace that SKOS does not define, or deprecated ones.
    case undefinedSKOSResources = "usr"
    // Across vocabularies
    /// A mapping to (or from) a concept that exists in no loaded vocabulary.
    case unknownMappingTarget = "x-unknown-target"
    /// Mappings into a vocabulary that is not loaded, so their targets cannot be checked.
    case unloadedVocabulary = "x-unloaded-vocabulary"
    /// The same pair of concepts mapped in conflicting ways.
    case conflictingMappings = "x-conflicting-mappings"
    /// A sector concept without any mapping to the hub.
    case unmappedToHub = "x-unmapped-to-hub"

    /// The default severity.
    public var severity: Severity {
        switch self {
        case .inconsistentPrefLabels, .disjointLabelsViolation, .relationClashes, .mappingClashes,
             .schemeIsConcept, .collectionIsConcept, .cyclicHierarchicalRelations, .reflexivelyRelatedConcepts,
             .unknownMappingTarget:
            .error
        case .omittedOrInvalidLanguageTags, .missingLabels, .overlappingLabels, .emptyLabels,
             .unprintableCharactersInLabels, .topConceptsHavingBroaderConcepts, .omittedTopConcepts,
             .mappingRelationsMisuse, .undefinedSKOSResources, .conflictingMappings, .unmappedToHub,
             .solelyTransitivelyRelatedConcepts:
            .warning
        case .incompleteLanguageCoverage, .undocumentedConcepts, .orphanConcepts, .disconnectedConceptClusters,
             .valuelessAssociativeRelations, .unidirectionallyRelatedConcepts, .hierarchicalRedundancy,
             .unloadedVocabulary:
            .info
        }
    }

    /// The name: qSKOS's issue name where there is one.
    public var name: String {
        switch self {
        case .inconsistentPrefLabels: "Inconsistent Preferred Labels"
        case .disjointLabelsViolation: "Disjoint Labels Violation"
        case .relationClashes: "Relation Clashes"
        case .mappingClashes: "Mapping Clashes"
        case .schemeIsConcept: "Concept Schemes and Concepts Disjoint"
        case .collectionIsConcept: "Collections and Concepts Disjoint"
        case .cyclicHierarchicalRelations: "Cyclic Hierarchical Relations"
        case .reflexivelyRelatedConcepts: "Reflexively Related Concepts"
        case .omittedOrInvalidLanguageTags: "Omitted or Invalid Language Tags"
        case .incompleteLanguageCoverage: "Incomplete Language Coverage"
        case .undocumentedConcepts: "Undocumented Concepts"
        case .missingLabels: "Missing Labels"
        case .overlappingLabels: "Overlapping Labels"
        case .emptyLabels: "Empty Labels"
        case .unprintableCharactersInLabels: "Unprintable Characters in Labels"
        case .orphanConcepts: "Orphan Concepts"
        case .disconnectedConceptClusters: "Disconnected Concept Clusters"
        case .valuelessAssociativeRelations: "Valueless Associative Relations"
        case .solelyTransitivelyRelatedConcepts: "Solely Transitively Related Concepts"
        case .unidirectionallyRelatedConcepts: "Unidirectionally Related Concepts"
        case .topConceptsHavingBroaderConcepts: "Top Concepts Having Broader Concepts"
        case .omittedTopConcepts: "Omitted Top Concepts"
        case .hierarchicalRedundancy: "Hierarchical Redundancy"
        case .mappingRelationsMisuse: "Mapping Relations Misuse"
        case .undefinedSKOSResources: "Undefined SKOS Resources"
        case .unknownMappingTarget: "Unknown Mapping Target"
        case .unloadedVocabulary: "Mappings Into an Unloaded Vocabulary"
        case .conflictingMappings: "Conflicting Mappings"
        case .unmappedToHub: "Not Mapped to the Hub"
        }
    }

    /// The SKOS reference integrity condition the check enforces, if any.
    public var skosCondition: String? {
        switch self {
        case .inconsistentPrefLabels: "S14"
        case .disjointLabelsViolation: "S13"
        case .relationClashes: "S27"
        case .mappingClashes: "S46"
        case .schemeIsConcept: "S9"
        case .collectionIsConcept: "S37"
        default: nil
        }
    }

    /// Whether qSKOS has this check (the `x-` checks and S9/S37 are Vaktaal's own).
    public var isQSKOS: Bool {
        !rawValue.hasPrefix("x-") && skosCondition != rawValue
    }

    /// Finds a check by its code, its SKOS condition (`S14`) or an old qSKOS ID (`oir`),
    /// ignoring case.
    public init?(code: String) {
        let lowered = code.lowercased()
        if let found = CheckCode.allCases.first(where: { $0.rawValue.lowercased() == lowered || $0.skosCondition?.lowercased() == lowered }) {
            self = found
        } else if lowered == "oir" {
            self = .unidirectionallyRelatedConcepts
        } else {
            return nil
        }
    }

    /// Declaration order: integrity first, then labels, structure, cross-vocabulary.
    public static func < (lhs: CheckCode, rhs: CheckCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
