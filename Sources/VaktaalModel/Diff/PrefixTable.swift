/// Shortens property IRIs to prefixed names (`owl:versionInfo`) for reports, with the prefixes
/// the vocabularies declare and the well-known ones.
struct PrefixTable {
    private var entries: [(prefix: String, namespace: String)] = []

    init(_ declared: [[(prefix: String, namespace: String)]]) {
        var seen: Set<String> = []
        for (prefix, namespace) in Namespace.wellKnownPrefixes + declared.flatMap({ $0 })
        where !prefix.isEmpty && seen.insert(namespace).inserted {
            entries.append((prefix, namespace))
        }
        entries.sort { $0.namespace.count > $1.namespace.count }
    }

    /// The prefixed name of an IRI, or the IRI when no prefix fits.
    func compact(_ iri: String) -> String {
        for (prefix, namespace) in entries where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if !local.isEmpty, !local.contains("/"), !local.contains("#") { return prefix + ":" + local }
        }
        return iri
    }
}
