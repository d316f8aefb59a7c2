import VaktaalModel

/// The prefixes an RDF/XML document declares, and how IRIs split into prefix and local name.
struct RDFXMLNamespaces {
    private(set) var declarations: [(prefix: String, namespace: String)] = []
    private var prefixByNamespace: [String: String] = [:]

    init(graph: Graph, iris: [String]) throws {
        var preferred: [String: String] = [:]
        for (prefix, namespace) in Namespace.wellKnownPrefixes { preferred[namespace] = prefix }
        for (prefix, namespace) in graph.prefixes where !prefix.isEmpty && preferred[namespace] == nil {
            preferred[namespace] = prefix
        }
        var used = Set<String>()
        var needed = Set<String>([Namespace.rdf])
        for iri in iris {
            guard let (namespace, _) = Self.split(iri) else { throw RDFXMLWriteError.predicateNotExpressible(iri) }
            needed.insert(namespace)
        }
        var generated = 0
        for namespace in needed.sorted() {
            var prefix = preferred[namespace] ?? ""
            if prefix.isEmpty || used.contains(prefix) || prefix.lowercased().hasPrefix("xml") {
                repeat { generated += 1; prefix = "ns\(generated)" } while used.contains(prefix)
            }
            used.insert(prefix)
            prefixByNamespace[namespace] = prefix
        }
        declarations = prefixByNamespace.map { ($0.value, $0.key) }.sorted { $0.prefix < $1.prefix }
    }

    /// The qualified name for an IRI that `init` saw.
    func qualifiedName(_ iri: String) -> String {
        let (namespace, local) = Self.split(iri)!
        return prefixByNamespace[namespace]! + ":" + local
    }

    /// Splits an IRI into a namespace and the longest NCName at its end.
    static func split(_ iri: String) -> (String, String)? {
        let scalars = Array(iri.unicodeScalars)
        var start = scalars.count
        while start > 0, isNameCharacter(scalars[start - 1]) { start -= 1 }
        while start < scalars.count, !isNameStart(scalars[start]) { start += 1 }
        guard start < scalars.count, start > 0 else { return nil }
        var namespace = String.UnicodeScalarView()
        namespace.append(contentsOf: scalars[..<start])
        var local = String.UnicodeScalarView()
        local.append(contentsOf: scalars[start...])
        return (String(namespace), String(local))
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || scalar == "-" || scalar == "." || ("0"..."9").contains(scalar)
            || (scalar.value > 0x7F && scalar.properties.numericType != nil)
    }
}
