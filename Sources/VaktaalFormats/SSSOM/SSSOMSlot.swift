import VaktaalModel

/// One slot (metadata element) of the SSSOM data model, as far as Vaktaal reads and writes it:
/// its name, the kind of value it takes, whether it takes several, and the RDF property that
/// carries it in Vaktaal's graph shape.
///
/// The tables ``mappingSetSlots`` and ``mappingSlots`` follow the slot order of the SSSOM
/// LinkML schema (sssom-schema 1.1.0a5), which is also the order in which ``SSSOMWriter`` writes
/// header keys and columns.
struct SSSOMSlot: Hashable, Sendable {
    /// The kind of value a slot takes.
    enum Range: Hashable, Sendable {
        /// `EntityReference`: a CURIE in SSSOM/TSV, an IRI in RDF.
        case entity
        /// `NonRelativeURI`: an absolute IRI in both.
        case uri
        /// Free text.
        case string
        /// A number (`xsd:double`).
        case double
        /// A date `YYYY-MM-DD` (`xsd:date`).
        case date
        /// One of a fixed list of strings.
        case enumeration([String])
    }

    /// The slot name, which is the TSV column and the YAML key.
    let name: String
    /// The kind of value.
    let range: Range
    /// Whether the slot holds a list (`|`-separated in a TSV cell, a YAML sequence in the header).
    let isMultivalued: Bool

    init(_ name: String, _ range: Range, multivalued: Bool = false) {
        self.name = name
        self.range = range
        self.isMultivalued = multivalued
    }

    /// The RDF property of the slot: `dcterms:title` and `dcterms:description` for the set's
    /// title and description (as Vaktaal's mapping sets have them), `sssom:<name>` for the rest.
    var property: String {
        switch name {
        case "mapping_set_title": Namespace.dcterms + "title"
        case "mapping_set_description": Namespace.dcterms + "description"
        default: Namespace.sssom + name
        }
    }

    /// Whether the value must lie between 0 and 1.
    var isUnitInterval: Bool {
        ["confidence", "mapping_set_confidence", "similarity_score"].contains(name)
    }

    /// Whether the text of this slot carries the set's or the row's ``SSSOMHeader/textLanguageSlot``.
    var isText: Bool {
        ["mapping_set_title", "mapping_set_description", "comment"].contains(name)
    }
}

extension SSSOMSlot {
    static let entityTypes = [
        "owl class", "owl object property", "owl data property", "owl annotation property",
        "owl named individual", "skos concept", "rdfs resource", "rdfs class", "rdfs literal",
        "rdfs datatype", "rdf property", "composed entity expression",
    ]

    /// The mapping justifications the SSSOM JSON schema permits (terms of semapv).
    static let justifications = [
        "MappingReview", "ManualMappingCuration", "LogicalReasoning", "LexicalMatching",
        "CompositeMatching", "UnspecifiedMatching", "SemanticSimilarityThresholdMatching",
        "LexicalSimilarityThresholdMatching", "MappingChaining", "MappingInversion",
        "StructuralMatching", "InstanceBasedMatching", "BackgroundKnowledgeBasedMatching",
    ].map { Namespace.semapv + $0 }

    /// The justification written for mappings that do not say how they were made.
    static let unspecifiedJustification = Namespace.semapv + "UnspecifiedMatching"

    /// The entity SSSOM uses for "no term found" (`sssom:NoTermFound`).
    static let noTermFound = Namespace.sssom + "NoTermFound"

    /// The slots of a mapping set (header keys), in schema order, without `curie_map` and
    /// `extension_definitions`, which ``SSSOMHeader`` handles itself.
    static let mappingSetSlots: [SSSOMSlot] = [
        SSSOMSlot("sssom_version", .enumeration(["1.0", "1.1"])),
        SSSOMSlot("mapping_set_id", .uri),
        SSSOMSlot("mapping_set_version", .string),
        SSSOMSlot("mapping_set_source", .uri, multivalued: true),
        SSSOMSlot("mapping_set_title", .string),
        SSSOMSlot("mapping_set_description", .string),
        SSSOMSlot("mapping_set_confidence", .double),
        SSSOMSlot("creator_id", .entity, multivalued: true),
        SSSOMSlot("creator_label", .string, multivalued: true),
        SSSOMSlot("license", .uri),
        SSSOMSlot("subject_type", .enumeration(entityTypes)),
        SSSOMSlot("subject_source", .entity),
        SSSOMSlot("subject_source_version", .string),
        SSSOMSlot("object_type", .enumeration(entityTypes)),
        SSSOMSlot("object_source", .entity),
        SSSOMSlot("object_source_version", .string),
        SSSOMSlot("predicate_type", .enumeration(entityTypes)),
        SSSOMSlot("mapping_provider", .uri),
        SSSOMSlot("cardinality_scope", .string, multivalued: true),
        SSSOMSlot("mapping_tool", .string),
        SSSOMSlot("mapping_tool_id", .entity),
        SSSOMSlot("mapping_tool_version", .string),
        SSSOMSlot("mapping_date", .date),
        SSSOMSlot("publication_date", .date),
        SSSOMSlot("subject_match_field", .entity, multivalued: true),
        SSSOMSlot("object_match_field", .entity, multivalued: true),
        SSSOMSlot("subject_preprocessing", .entity, multivalued: true),
        SSSOMSlot("object_preprocessing", .entity, multivalued: true),
        SSSOMSlot("similarity_measure", .string),
        SSSOMSlot("curation_rule", .entity, multivalued: true),
        SSSOMSlot("curation_rule_text", .string, multivalued: true),
        SSSOMSlot("see_also", .uri, multivalued: true),
        SSSOMSlot("issue_tracker", .uri),
        SSSOMSlot("other", .string),
        SSSOMSlot("comment", .string),
    ]

    /// The slots of a mapping (columns), in schema order.
    static let mappingSlots: [SSSOMSlot] = [
        SSSOMSlot("record_id", .entity),
        SSSOMSlot("subject_id", .entity),
        SSSOMSlot("subject_label", .string),
        SSSOMSlot("subject_category", .string),
        SSSOMSlot("predicate_id", .entity),
        SSSOMSlot("predicate_label", .string),
        SSSOMSlot("predicate_modifier", .enumeration(["Not"])),
        SSSOMSlot("object_id", .entity),
        SSSOMSlot("object_label", .string),
        SSSOMSlot("object_category", .string),
        SSSOMSlot("mapping_justification", .entity),
        SSSOMSlot("author_id", .entity, multivalued: true),
        SSSOMSlot("author_label", .string, multivalued: true),
        SSSOMSlot("reviewer_id", .entity, multivalued: true),
        SSSOMSlot("reviewer_label", .string, multivalued: true),
        SSSOMSlot("creator_id", .entity, multivalued: true),
        SSSOMSlot("creator_label", .string, multivalued: true),
        SSSOMSlot("license", .uri),
        SSSOMSlot("subject_type", .enumeration(entityTypes)),
        SSSOMSlot("subject_source", .entity),
        SSSOMSlot("subject_source_version", .string),
        SSSOMSlot("object_type", .enumeration(entityTypes)),
        SSSOMSlot("object_source", .entity),
        SSSOMSlot("object_source_version", .string),
        SSSOMSlot("predicate_type", .enumeration(entityTypes)),
        SSSOMSlot("mapping_provider", .uri),
        SSSOMSlot("mapping_source", .entity),
        SSSOMSlot("mapping_cardinality", .enumeration(["1:1", "1:n", "n:1", "n:n", "1:0", "0:1", "0:0"])),
        SSSOMSlot("cardinality_scope", .string, multivalued: true),
        SSSOMSlot("mapping_tool", .string),
        SSSOMSlot("mapping_tool_id", .entity),
        SSSOMSlot("mapping_tool_version", .string),
        SSSOMSlot("mapping_date", .date),
        SSSOMSlot("publication_date", .date),
        SSSOMSlot("review_date", .date),
        SSSOMSlot("confidence", .double),
        SSSOMSlot("reviewer_agreement", .double),
        SSSOMSlot("curation_rule", .entity, multivalued: true),
        SSSOMSlot("curation_rule_text", .string, multivalued: true),
        SSSOMSlot("subject_match_field", .entity, multivalued: true),
        SSSOMSlot("object_match_field", .entity, multivalued: true),
        SSSOMSlot("match_string", .string, multivalued: true),
        SSSOMSlot("subject_preprocessing", .entity, multivalued: true),
        SSSOMSlot("object_preprocessing", .entity, multivalued: true),
        SSSOMSlot("similarity_score", .double),
        SSSOMSlot("similarity_measure", .string),
        SSSOMSlot("see_also", .uri, multivalued: true),
        SSSOMSlot("issue_tracker_item", .entity),
        SSSOMSlot("other", .string),
        SSSOMSlot("comment", .string),
    ]

    /// Mapping slots by name.
    static let mappingSlotsByName: [String: SSSOMSlot] = Dictionary(uniqueKeysWithValues: mappingSlots.map { ($0.name, $0) })

    /// Mapping-set slots by name.
    static let mappingSetSlotsByName: [String: SSSOMSlot] = Dictionary(uniqueKeysWithValues: mappingSetSlots.map { ($0.name, $0) })

    /// The slots whose value on the mapping set every mapping of the set inherits unless it
    /// has its own (the schema's `propagated` slots).
    static let propagatable: [String] = [
        "subject_type", "subject_source", "subject_source_version", "object_type", "object_source",
        "object_source_version", "predicate_type", "mapping_provider", "cardinality_scope", "mapping_tool",
        "mapping_tool_id", "mapping_tool_version", "mapping_date", "subject_match_field", "object_match_field",
        "subject_preprocessing", "object_preprocessing", "similarity_measure", "curation_rule", "curation_rule_text",
    ]

    /// The columns that hold the mapped triple itself; in RDF they are `owl:annotatedSource`,
    /// `owl:annotatedProperty` and `owl:annotatedTarget`.
    static let tripleSlots: Set<String> = ["subject_id", "predicate_id", "object_id"]
}
