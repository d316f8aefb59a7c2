import VaktaalModel

/// Gathers what ``SSSOMWriter`` writes from a vocabulary: the mapping sets with their metadata,
/// and one record per mapping.
///
/// Records come from three places: the vocabulary's ``Vocabulary/mappings`` (with the further
/// `sssom:<slot>` values of their annotation node); `sssom:Mapping` and unmodelled `owl:Axiom`
/// nodes among the extra triples (rows with other predicates, negations, literal mappings);
/// and SKOS mapping triples among the extra triples that no modelled mapping stands for.
struct SSSOMExport {
    /// Mapping sets by IRI.
    private(set) var sets: [String: SSSOMRecord] = [:]
    /// Extension definitions by mapping set IRI.
    private(set) var extensions: [String: [SSSOMExtension]] = [:]
    /// The mappings.
    private(set) var records: [SSSOMRecord] = []

    private var bySubject: [Term: [Triple]] = [:]
    private var listedBy: [Term: String] = [:]

    init(_ vocabulary: Vocabulary) {
        for triple in vocabulary.extraTriples {
            bySubject[triple.subject, default: []].append(triple)
            if triple.predicate == Namespace.sssom + "mappings", let set = triple.subject.iriValue, listedBy[triple.object] == nil {
                listedBy[triple.object] = set
            }
        }
        var setIRIs = Set(vocabulary.mappings.compactMap(\.mappingSet)).union(listedBy.values)
        for (subject, triples) in bySubject where triples.contains(where: { Self.isType($0, Namespace.sssom + "MappingSet") }) {
            if let iri = subject.iriValue { setIRIs.insert(iri) }
        }
        for iri in setIRIs { readSet(iri) }
        for mapping in vocabulary.mappings { records.append(record(mapping)) }
        for (node, triples) in bySubject where isMappingNode(node, triples) {
            if let record = foreignRecord(node, triples) { records.append(record) }
        }
        addStatedTriples(vocabulary)
    }

    /// The set IRIs, sorted.
    var setIRIs: [String] { sets.keys.sorted() }

    private static func isType(_ triple: Triple, _ type: String) -> Bool {
        triple.predicate == Namespace.rdf + "type" && triple.object == .iri(type)
    }

    /// An unmodelled mapping node: typed `sssom:Mapping`, or `owl:Axiom` listed by a mapping set
    /// or carrying SSSOM slots; with a predicate.
    private func isMappingNode(_ node: Term, _ triples: [Triple]) -> Bool {
        guard triples.contains(where: { $0.predicate == Namespace.owl + "annotatedProperty" }) else { return false }
        if triples.contains(where: { Self.isType($0, Namespace.sssom + "Mapping") }) { return true }
        return triples.contains { Self.isType($0, Namespace.owl + "Axiom") }
            && (listedBy[node] != nil || triples.contains { $0.predicate.hasPrefix(Namespace.sssom) })
    }

    private mutating func readSet(_ iri: String) {
        var set = SSSOMRecord(set: iri)
        var definitions: [SSSOMExtension] = []
        for triple in bySubject[.iri(iri)] ?? [] {
            switch triple.predicate {
            case Namespace.sssom + "mappings", Namespace.sssom + "mapping_set_id":
                continue
            case SSSOMExtension.definitions:
                if let definition = SSSOMExtension(triples: bySubject[triple.object] ?? []) { definitions.append(definition) }
            default:
                set.add(property: triple.predicate, triple.object, slots: SSSOMSlot.mappingSetSlotsByName)
            }
        }
        sets[iri] = set
        extensions[iri] = definitions.sorted { $0.slotName < $1.slotName }
    }

    /// The record of a modelled mapping: its fields, then the other slots of its annotation.
    private func record(_ mapping: Mapping) -> SSSOMRecord {
        var record = SSSOMRecord(set: mapping.mappingSet)
        record.add("subject_id", .iri(mapping.subject))
        record.add("predicate_id", .iri(mapping.type.property))
        record.add("object_id", .iri(mapping.object))
        if let justification = mapping.justification { record.add("mapping_justification", .iri(justification)) }
        for author in mapping.authors { record.add("author_id", .iri(author)) }
        if let date = mapping.date { record.add("mapping_date", .literal(date)) }
        if let confidence = mapping.confidenceLiteral { record.add("confidence", .literal(confidence)) }
        if let comment = mapping.comment { record.add("comment", .literal(comment.literal)) }
        let modelled: Set<String> = ["mapping_justification", "author_id", "mapping_date", "confidence", "comment"]
        for triple in mapping.annotation.flatMap({ bySubject[$0] }) ?? [] {
            let name = String(triple.predicate.dropFirst(Namespace.sssom.count))
            if triple.predicate.hasPrefix(Namespace.sssom), modelled.contains(name) || SSSOMSlot.tripleSlots.contains(name) { continue }
            record.add(property: triple.predicate, triple.object, slots: SSSOMSlot.mappingSlotsByName)
        }
        return record
    }

    /// The record of a `sssom:Mapping` (or unmodelled `owl:Axiom`) node.
    private func foreignRecord(_ node: Term, _ triples: [Triple]) -> SSSOMRecord? {
        var record = SSSOMRecord(set: listedBy[node])
        for triple in triples {
            switch triple.predicate {
            case Namespace.owl + "annotatedSource": record.add("subject_id", triple.object)
            case Namespace.owl + "annotatedProperty": record.add("predicate_id", triple.object)
            case Namespace.owl + "annotatedTarget": record.add("object_id", triple.object)
            default: record.add(property: triple.predicate, triple.object, slots: SSSOMSlot.mappingSlotsByName)
            }
        }
        guard record.first("predicate_id")?.iriValue != nil,
              record.first("subject_id")?.iriValue != nil || record.first("subject_label") != nil else { return nil }
        return record
    }

    /// SKOS mapping triples among the extra triples that no modelled mapping stands for.
    private mutating func addStatedTriples(_ vocabulary: Vocabulary) {
        var known = Set(vocabulary.mappings.map { [$0.subject, $0.type.property, $0.object] })
        for triple in vocabulary.extraTriples where MatchType(property: triple.predicate) != nil {
            guard let subject = triple.subject.iriValue, let object = triple.object.iriValue,
                  known.insert([subject, triple.predicate, object]).inserted else { continue }
            var record = SSSOMRecord(set: nil)
            record.add("subject_id", triple.subject)
            record.add("predicate_id", .iri(triple.predicate))
            record.add("object_id", triple.object)
            records.append(record)
        }
    }
}
