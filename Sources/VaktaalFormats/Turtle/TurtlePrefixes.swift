import VaktaalModel

/// The prefixes a Turtle document is written with: the graph's own, then the well-known ones for
/// namespaces the graph did not name. An IRI becomes a prefixed name only when what follows the
/// namespace is a valid local name; otherwise it is written in full.
struct TurtlePrefixes {
    /// Candidate bindings, the graph's first.
    private let bindings: [(prefix: String, namespace: String)]
    private var cache: [String: String?] = [:]
    /// The prefixes some IRI was written with.
    private(set) var used: Set<String> = []

    init(graph: Graph) {
        var bindings: [(prefix: String, namespace: String)] = []
        for (prefix, namespace) in graph.prefixes + Namespace.wellKnownPrefixes
        where TurtleCharacters.isValidPrefix(prefix) && !namespace.isEmpty
            && !bindings.contains(where: { $0.prefix == prefix || $0.namespace == namespace }) {
            bindings.append((prefix, namespace))
        }
        self.bindings = bindings
    }

    /// The `@prefix` lines for the prefixes in use, sorted by prefix.
    var declarations: String {
        bindings.filter { used.contains($0.prefix) }
            .sorted { $0.prefix.utf8.lexicographicallyPrecedes($1.prefix.utf8) }
            .map { "@prefix \($0.prefix): <\(NTriplesEscaping.escapeIRI($0.namespace))> .\n" }
            .joined()
    }

    /// The IRI as a prefixed name, or in `<…>`.
    mutating func render(_ iri: String) -> String {
        if let known = cache[iri] { return known ?? Self.full(iri) }
        let name = prefixedName(iri)
        cache[iri] = .some(name)
        return name ?? Self.full(iri)
    }

    /// Compacts an IRI only to note which prefix it needs (a first pass before writing the header).
    mutating func note(_ iri: String) { _ = render(iri) }

    private mutating func prefixedName(_ iri: String) -> String? {
        var best: (prefix: String, namespace: String)?
        for binding in bindings where iri.hasPrefix(binding.namespace)
            && binding.namespace.utf8.count > (best?.namespace.utf8.count ?? -1) {
            let local = String(iri.utf8.dropFirst(binding.namespace.utf8.count))
            if let local, TurtleCharacters.isValidLocalName(local) { best = binding }
        }
        guard let best else { return nil }
        used.insert(best.prefix)
        return best.prefix + ":" + String(iri.utf8.dropFirst(best.namespace.utf8.count))!
    }

    static func full(_ iri: String) -> String { "<" + NTriplesEscaping.escapeIRI(iri) + ">" }
}
