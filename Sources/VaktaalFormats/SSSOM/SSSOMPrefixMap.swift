import VaktaalModel

/// The CURIE prefixes of one SSSOM file: expands CURIEs when reading, and when writing chooses a
/// prefix for every IRI and compresses it.
///
/// Prefixes are chosen, most specific namespace first, from SSSOM's built-in prefixes, the
/// vocabulary's own prefixes, Vaktaal's conventions (``conventions``, `vaktaal.<segment>` for
/// `https://data.vaktaal.nl/<segment>/`) and, for whatever is left, generated `ns1`, `ns2`, …
/// prefixes. Only prefixes that are used end up in the `curie_map`.
struct SSSOMPrefixMap: Sendable {
    /// SSSOM's built-in prefixes: they need no declaration and must not be redefined.
    static let builtIn: [(prefix: String, namespace: String)] = [
        ("owl", Namespace.owl), ("rdf", Namespace.rdf), ("rdfs", Namespace.rdfs),
        ("semapv", Namespace.semapv), ("skos", Namespace.skos), ("sssom", Namespace.sssom),
    ]

    /// Prefixes understood when reading even if the file does not declare them (`xsd` and
    /// `linkml`, used by extension type hints), and written with their usual namespace.
    static let implicit: [(prefix: String, namespace: String)] = [("xsd", Namespace.xsd), ("linkml", "https://w3id.org/linkml/")]

    /// The base of Vaktaal's IRIs; `vaktaal.<segment>` stands for `<base><segment>/`.
    static let vaktaalBase = "https://data.vaktaal.nl/"

    /// Vaktaal's prefix conventions for namespaces its vocabularies use.
    static let conventions: [(prefix: String, namespace: String)] = [
        ("vaktaal", vaktaalBase),
        ("ESCO", "http://data.europa.eu/esco/skill/"),
        ("ESCO.occupation", "http://data.europa.eu/esco/occupation/"),
        ("ISCO", "http://data.europa.eu/esco/isco/"),
        ("esco", "http://data.europa.eu/esco/"),
        ("orcid", "https://orcid.org/"),
        ("dcterms", Namespace.dcterms),
        ("foaf", Namespace.foaf),
        ("skosxl", Namespace.skosxl),
        ("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#"),
        ("wikidata", "http://www.wikidata.org/entity/"),
    ]

    /// Prefix → namespace.
    private(set) var namespaces: [String: String] = [:]

    /// A map with the built-in and implicit prefixes and the given declarations.
    init(declared: [(prefix: String, namespace: String)]) {
        for (prefix, namespace) in Self.builtIn + Self.implicit + declared { namespaces[prefix] = namespace }
    }

    // MARK: Reading

    /// What a CURIE-or-IRI cell stands for.
    enum Expansion: Equatable {
        /// The IRI it expands to.
        case iri(String)
        /// A CURIE whose prefix the file does not declare.
        case undeclaredPrefix(String)
        /// Neither a CURIE nor an absolute IRI.
        case invalid
    }

    /// Expands a CURIE with a declared prefix; takes an absolute IRI (`scheme://…`, `urn:…`) as
    /// it is.
    func expand(_ value: String) -> Expansion {
        guard !value.isEmpty, !value.unicodeScalars.contains(where: Self.isForbidden),
              let colon = value.firstIndex(of: ":") else { return .invalid }
        let prefix = String(value[..<colon])
        let local = value[value.index(after: colon)...]
        if let namespace = namespaces[prefix] { return .iri(namespace + local) }
        if Self.isAbsoluteIRI(value) { return .iri(value) }
        return Self.isValidPrefix(prefix) ? .undeclaredPrefix(prefix) : .invalid
    }

    /// Whether a prefix name is one SSSOM accepts: a letter or `_`, then letters, digits, `_`,
    /// `.` and `-`.
    static func isValidPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return prefix.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) }
    }

    /// Whether a value is an absolute IRI: a scheme, `:`, and either `//` or a `urn:` body.
    static func isAbsoluteIRI(_ value: String) -> Bool {
        guard !value.unicodeScalars.contains(where: isForbidden), let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
              scheme.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0) })
        else { return false }
        let rest = value[value.index(after: colon)...]
        return rest.hasPrefix("//") ? rest.count > 2 : (scheme.lowercased() == "urn" && !rest.isEmpty)
    }

    /// Characters no CURIE or IRI cell may hold.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains(scalar)
    }

    // MARK: Writing

    /// Chooses prefixes for `iris`, preferring built-in prefixes, then `declared` ones (the
    /// vocabulary's), then Vaktaal's conventions, and generating `ns1`, `ns2`, … for the rest.
    static func choose(for iris: Set<String>, declared: [(prefix: String, namespace: String)]) -> SSSOMPrefixMap {
        var candidates = CandidateList()
        for entry in builtIn + implicit { candidates.add(entry) }
        for entry in declared where isValidPrefix(entry.prefix) && !isSchemeLike(entry.prefix) { candidates.add(entry) }
        for entry in conventions { candidates.add(entry) }
        for iri in iris.sorted() { if let entry = vaktaalSegment(iri) { candidates.add(entry) } }
        var generated: Set<String> = []
        for iri in iris where candidates.best(for: iri) == nil {
            if let namespace = fallbackNamespace(iri) { generated.insert(namespace) }
        }
        var counter = 0
        for namespace in generated.sorted() {
            repeat { counter += 1 } while candidates.hasPrefix("ns\(counter)")
            candidates.add(("ns\(counter)", namespace))
        }
        var map = SSSOMPrefixMap(declared: [])
        map.namespaces = [:]
        for iri in iris {
            if let entry = candidates.best(for: iri) { map.namespaces[entry.prefix] = entry.namespace }
        }
        return map
    }

    /// The CURIE for an IRI, or the IRI itself when no chosen prefix fits.
    func compress(_ iri: String) -> String {
        var best: (prefix: String, namespace: String)?
        for (prefix, namespace) in namespaces where iri.hasPrefix(namespace) && Self.isValidLocal(iri.dropFirst(namespace.count)) {
            if best == nil || namespace.count > best!.namespace.count
                || (namespace.count == best!.namespace.count && prefix < best!.prefix) {
                best = (prefix, namespace)
            }
        }
        guard let best else { return iri }
        return best.prefix + ":" + iri.dropFirst(best.namespace.count)
    }

    /// The prefixes in use, sorted by name.
    var sortedEntries: [(prefix: String, namespace: String)] {
        namespaces.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Whether a local part makes a usable CURIE: not empty, nothing forbidden, and not looking
    /// like the rest of an IRI.
    static func isValidLocal(_ local: Substring) -> Bool {
        !local.isEmpty && !local.hasPrefix("//") && !local.unicodeScalars.contains(where: isForbidden)
    }

    /// `vaktaal.<segment>` for an IRI under `https://data.vaktaal.nl/<segment>/`.
    private static func vaktaalSegment(_ iri: String) -> (prefix: String, namespace: String)? {
        guard iri.hasPrefix(vaktaalBase) else { return nil }
        let rest = iri.dropFirst(vaktaalBase.count)
        guard let slash = rest.firstIndex(of: "/"), rest.index(after: slash) < rest.endIndex else { return nil }
        let segment = String(rest[..<slash])
        guard !segment.isEmpty, isValidPrefix("vaktaal." + segment) else { return nil }
        return ("vaktaal." + segment, vaktaalBase + segment + "/")
    }

    /// The namespace of a generated prefix: the IRI up to its last `/`, `#` or `:` that leaves a
    /// usable local part.
    private static func fallbackNamespace(_ iri: String) -> String? {
        guard isAbsoluteIRI(iri) else { return nil }
        var index = iri.index(before: iri.endIndex)
        while index > iri.startIndex {
            index = iri.index(before: index)
            if "/#:".contains(iri[index]) {
                let namespace = String(iri[...index])
                if namespace.hasSuffix("//") || namespace.hasSuffix(":") && !namespace.lowercased().hasPrefix("urn:") { return nil }
                if isValidLocal(iri[iri.index(after: index)...]) { return namespace }
            }
        }
        return nil
    }

    /// Prefix names that would read as IRI schemes (`http:…`).
    private static func isSchemeLike(_ prefix: String) -> Bool {
        ["http", "https", "urn", "ftp", "file", "mailto"].contains(prefix.lowercased())
    }
}

/// Candidate prefixes in priority order: a namespace keeps its first prefix, a prefix its first
/// namespace.
private struct CandidateList {
    private var byNamespace: [String: String] = [:]
    private var names: Set<String> = []

    mutating func add(_ entry: (prefix: String, namespace: String)) {
        guard byNamespace[entry.namespace] == nil, !names.contains(entry.prefix), !entry.namespace.isEmpty else { return }
        byNamespace[entry.namespace] = entry.prefix
        names.insert(entry.prefix)
    }

    func hasPrefix(_ prefix: String) -> Bool { names.contains(prefix) }

    /// The candidate with the longest namespace that leaves a usable local part.
    func best(for iri: String) -> (prefix: String, namespace: String)? {
        var best: (prefix: String, namespace: String)?
        for (namespace, prefix) in byNamespace where iri.hasPrefix(namespace) && SSSOMPrefixMap.isValidLocal(iri.dropFirst(namespace.count)) {
            if best == nil || namespace.count > best!.namespace.count { best = (prefix, namespace) }
        }
        return best
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
