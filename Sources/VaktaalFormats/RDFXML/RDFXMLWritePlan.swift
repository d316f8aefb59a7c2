import VaktaalModel

/// How a graph is laid out as RDF/XML: which subjects stand at the top, which blank nodes nest
/// inside the one property that refers to them, and which node element name each subject gets.
final class RDFXMLWritePlan {
    let namespaces: RDFXMLNamespaces
    private(set) var topLevelSubjects: [Term] = []
    private var properties: [Term: [Triple]] = [:]
    private var elementType: [Term: String] = [:]
    private var nested: Set<Term> = []
    private var nodeIDs: [Term: String] = [:]
    private static let preferredTypes = [
        Namespace.skos + "Concept", Namespace.skos + "ConceptScheme", Namespace.skos + "Collection",
        Namespace.skos + "OrderedCollection", Namespace.owl + "Axiom", Namespace.sssom + "MappingSet",
    ]

    init(_ graph: Graph) throws {
        var references: [Term: Int] = [:]
        for triple in graph.triples {
            for iri in [triple.subject.iriValue, triple.predicate, triple.object.iriValue].compactMap({ $0 }) where !IRIResolver.isAbsolute(iri) {
                throw RDFXMLWriteError.relativeIRI(iri)
            }
            properties[triple.subject, default: []].append(triple)
            if triple.object.isBlank { references[triple.object, default: 0] += 1 }
        }
        var names = Set(graph.triples.map(\.predicate))
        for (subject, triples) in properties {
            let types = triples.filter { $0.predicate == Namespace.rdf + "type" }.compactMap(\.object.iriValue)
                .filter { RDFXMLNamespaces.split($0) != nil }
            if let chosen = Self.preferredTypes.first(where: types.contains) ?? types.sorted().first {
                elementType[subject] = chosen
                names.insert(chosen)
            }
        }
        namespaces = try RDFXMLNamespaces(graph: graph, iris: Array(names))
        for (node, count) in references where count == 1 { nested.insert(node) }
        let roots = properties.keys.filter { !nested.contains($0) }.sorted()
        var reached = Set<Term>()
        var order = roots
        var index = 0
        while index < order.count || reached.count < properties.count {
            if index == order.count {
                let orphan = properties.keys.filter { !reached.contains($0) }.sorted()[0]
                nested.remove(orphan)
                order.append(orphan)
            }
            markReachable(order[index], &reached)
            index += 1
        }
        topLevelSubjects = order
        var count = 0
        for node in (references.keys.filter { !nested.contains($0) }).sorted() {
            count += 1
            nodeIDs[node] = "n\(count)"
        }
    }

    private func markReachable(_ subject: Term, _ reached: inout Set<Term>) {
        guard reached.insert(subject).inserted else { return }
        for triple in properties[subject] ?? [] where nested.contains(triple.object) {
            markReachable(triple.object, &reached)
        }
    }

    /// Writes one node element with its properties, nesting the blank nodes planned inside it.
    func writeNode(_ subject: Term, with writer: XMLTextWriter) throws {
        let type = elementType[subject]
        writer.startElement(type.map(namespaces.qualifiedName) ?? "rdf:Description")
        switch subject {
        case .iri(let iri): writer.attribute("rdf:about", iri)
        case .blank: if let id = nodeIDs[subject] { writer.attribute("rdf:nodeID", id) }
        case .literal: break
        }
        let triples = (properties[subject] ?? []).filter {
            !(type != nil && $0.predicate == Namespace.rdf + "type" && $0.object.iriValue == type)
        }.sorted()
        for triple in triples { try writeProperty(triple, with: writer) }
        writer.endElement()
    }

    private func writeProperty(_ triple: Triple, with writer: XMLTextWriter) throws {
        writer.startElement(namespaces.qualifiedName(triple.predicate))
        switch triple.object {
        case .iri(let iri):
            writer.attribute("rdf:resource", iri)
        case .blank:
            if nested.contains(triple.object) {
                if properties[triple.object] == nil { writer.attribute("rdf:parseType", "Resource") }
                else { try writeNode(triple.object, with: writer) }
            } else {
                writer.attribute("rdf:nodeID", nodeIDs[triple.object]!)
            }
        case .literal(let literal):
            guard literal.lexicalForm.unicodeScalars.allSatisfy(Self.isXMLCharacter) else {
                throw RDFXMLWriteError.characterNotExpressible(subject: triple.subject.description, predicate: triple.predicate)
            }
            if let language = literal.language { writer.attribute("xml:lang", language) }
            if let datatype = literal.datatype { writer.attribute("rdf:datatype", datatype) }
            writer.text(literal.lexicalForm)
            writer.fullEndElement()
            return
        }
        writer.endElement()
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
