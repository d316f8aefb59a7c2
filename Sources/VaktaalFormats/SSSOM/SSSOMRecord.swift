import VaktaalModel

/// What ``SSSOMWriter`` writes for one mapping set or one mapping: slot values as RDF terms,
/// before they are turned into text.
struct SSSOMRecord: Sendable {
    /// The mapping set the mapping belongs to (for a set: its own IRI).
    var set: String?
    /// Slot name → values, in the order found.
    var values: [String: [Term]] = [:]
    /// Values of properties that are no standard slot; an extension definition may claim them.
    var others: [(property: String, value: Term)] = []

    init(set: String?) {
        self.set = set
    }

    /// Adds a value to a slot.
    mutating func add(_ slot: String, _ term: Term) {
        values[slot, default: []].append(term)
    }

    /// The first value of a slot.
    func first(_ slot: String) -> Term? {
        values[slot]?.first
    }

    /// Adds the value of a triple about this record's node: a standard slot when the property
    /// is one (`dcterms:title` and `dcterms:description` only on sets), else an extension
    /// candidate.
    mutating func add(property: String, _ term: Term, slots: [String: SSSOMSlot]) {
        if let name = Self.slotName(of: property), let slot = slots[name], slot.property == property {
            add(name, term)
        } else if !property.hasPrefix(Namespace.sssom), property != Namespace.rdf + "type" {
            others.append((property, term))
        }
    }

    private static func slotName(of property: String) -> String? {
        switch property {
        case Namespace.dcterms + "title": "mapping_set_title"
        case Namespace.dcterms + "description": "mapping_set_description"
        default: property.hasPrefix(Namespace.sssom) ? String(property.dropFirst(Namespace.sssom.count)) : nil
        }
    }

    /// A short description for error messages: `subject predicate object`, or the set IRI.
    var subjectDescription: String {
        guard let predicate = first("predicate_id") else { return set ?? "the mapping set" }
        return [first("subject_id"), predicate, first("object_id")].map { $0.map(\.description) ?? "_" }.joined(separator: " ")
    }
}
