import VaktaalModel

/// One SSSOM/TSV file before it is rendered: the mapping set's metadata, its extension slots and
/// its mappings, with set-level values inherited and condensed the way SSSOM propagates them.
struct SSSOMDocument {
    /// The set's metadata; ``SSSOMRecord/set`` is the `mapping_set_id`.
    var header: SSSOMRecord
    /// Extension slots the set defines.
    var extensions: [SSSOMExtension]
    /// The mappings.
    var records: [SSSOMRecord]

    /// The licence written when the mappings come from sets with different licences, or from
    /// sets (one or more) that state none.
    static let unspecifiedLicense = "https://w3id.org/sssom/license/unspecified"

    /// A document for `records`, with the metadata of `sets`: that set's own when there is
    /// exactly one, else what all of them share under `mappingSetID`.
    init(records: [SSSOMRecord], sets: [SSSOMRecord], extensions: [[SSSOMExtension]], mappingSetID: String) {
        self.records = records
        self.extensions = Self.merge(extensions)
        if sets.count == 1 {
            header = sets[0]
        } else {
            header = SSSOMRecord(set: mappingSetID)
            for slot in SSSOMSlot.mappingSetSlots {
                guard let first = sets.first?.values[slot.name], sets.allSatisfy({ $0.values[slot.name] == first }) else { continue }
                header.values[slot.name] = first
            }
        }
        // SSSOM requires a licence: a set that states none (a set named only by its mappings, say)
        // gets the unspecified one, as sets with different licences do.
        if header.values["license"] == nil { header.add("license", .iri(Self.unspecifiedLicense)) }
        let bySet = Dictionary(sets.map { ($0.set ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        inherit(from: bySet)
    }

    /// Gives every mapping the set-level values of its own set that it does not override, then
    /// keeps a value on the set only where every mapping has one, dropping the mappings' copies
    /// that equal it.
    private mutating func inherit(from sets: [String: SSSOMRecord]) {
        for slot in SSSOMSlot.propagatable {
            for index in records.indices where records[index].values[slot] == nil {
                if let set = records[index].set, let value = sets[set]?.values[slot] { records[index].values[slot] = value }
            }
            guard let shared = header.values[slot], !records.isEmpty else { continue }
            guard records.allSatisfy({ $0.values[slot] != nil }) else {
                header.values[slot] = nil
                continue
            }
            for index in records.indices where records[index].values[slot] == shared { records[index].values[slot] = nil }
        }
    }

    /// The extension definitions of several sets, one per slot name.
    private static func merge(_ lists: [[SSSOMExtension]]) -> [SSSOMExtension] {
        var byName: [String: SSSOMExtension] = [:]
        for definition in lists.joined() where byName[definition.slotName] == nil { byName[definition.slotName] = definition }
        return byName.values.sorted { $0.slotName < $1.slotName }
    }

    /// Fills in what SSSOM requires or readers expect: `subject_label` and `object_label` from
    /// `label`, and `semapv:UnspecifiedMatching` for mappings that do not say how they were made.
    mutating func complete(label: (String) -> String?) {
        for index in records.indices {
            if records[index].values["mapping_justification"] == nil {
                records[index].add("mapping_justification", .iri(SSSOMSlot.unspecifiedJustification))
            }
            for side in ["subject", "object"] where records[index].values[side + "_label"] == nil {
                if let iri = records[index].first(side + "_id")?.iriValue, let text = label(iri) {
                    records[index].add(side + "_label", .literal(Literal(text)))
                }
            }
        }
    }
}
