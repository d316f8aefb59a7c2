/// The terms the SKOS and SKOS-XL namespaces define, and the SKOS 2004 terms the SKOS reference
/// deprecates (appendix D), for "Undefined SKOS Resources".
enum SKOSTerms {
    /// Local names defined in `http://www.w3.org/2004/02/skos/core#`: the four classes and the
    /// properties of ``KnownProperty``, which holds every SKOS property.
    static let core: Set<String> = KnownProperty.skosLocalNames.union(["Concept", "ConceptScheme", "Collection", "OrderedCollection"])

    /// Local names the SKOS reference deprecates.
    static let deprecated: Set<String> = [
        "symbol", "prefSymbol", "altSymbol", "CollectableProperty",
        "subject", "isSubjectOf", "primarySubject", "isPrimarySubjectOf", "subjectIndicator",
    ]

    /// Local names defined in `http://www.w3.org/2008/05/skos-xl#`.
    static let xl: Set<String> = ["Label", "literalForm", "prefLabel", "altLabel", "hiddenLabel", "labelRelation"]

    /// Why an IRI in a SKOS namespace is a problem, or nil when it is fine (or not in a SKOS
    /// namespace, or the namespace IRI itself).
    static func problem(with iri: String) -> String? {
        if iri.hasPrefix(Namespace.skos) {
            let local = String(iri.utf8.dropFirst(Namespace.skos.utf8.count))!
            if local.isEmpty || core.contains(local) { return nil }
            return deprecated.contains(local) ? "deprecated by the SKOS reference" : "not defined by SKOS"
        }
        if iri.hasPrefix(Namespace.skosxl) {
            let local = String(iri.utf8.dropFirst(Namespace.skosxl.utf8.count))!
            return local.isEmpty || xl.contains(local) ? nil : "not defined by SKOS-XL"
        }
        return nil
    }

    /// Whether an IRI may be in a SKOS namespace (a cheap byte test before ``problem(with:)``).
    static func mayBeSKOS(_ iri: String) -> Bool {
        iri.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count > 24 else { return false }
            for (offset, byte) in w3Prefix.enumerated() where bytes[offset] != byte { return false }
            return true
        } ?? iri.hasPrefix("http://www.w3.org/200")
    }

    private static let w3Prefix = Array("http://www.w3.org/200".utf8)
}
