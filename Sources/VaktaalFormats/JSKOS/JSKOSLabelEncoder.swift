import VaktaalModel

/// Writes a concept's SKOS-XL labels as JSKOS qualified literals:
/// `"qualifiedLiterals": {"http://www.w3.org/2008/05/skos-xl#prefLabel": [{"uri": …,
/// "literal": {"string": …, "language": …}, "type": [skosxl:Label]}]}`, with `_bnode` instead of
/// `uri` for blank label resources.
struct JSKOSLabelEncoder {
    private let graph: Graph
    private let bySubject: [Term: [Triple]]
    /// The triples the qualified literals stand for.
    private(set) var consumed: [Triple] = []
    /// The label resources written; their other triples belong in the concept's `_triples`.
    private(set) var nodes: [Term] = []
    private var entries: [String: [JSKOSValue]] = [:]

    init(graph: Graph, bySubject: [Term: [Triple]]) {
        self.graph = graph
        self.bySubject = bySubject
    }

    /// The `qualifiedLiterals` value, or nil when there is nothing to write.
    var value: JSKOSValue? {
        entries.isEmpty ? nil : .object(entries.mapValues { .array($0) })
    }

    /// Adds the SKOS-XL labels of a concept, sorted by literal form and resource.
    mutating func add(_ labels: [LabelKind: [XLLabel]], of concept: String) {
        for kind in LabelKind.allCases {
            let sorted = (labels[kind] ?? []).sorted { ($0.literalForm, $0.resource) < ($1.literalForm, $1.resource) }
            for label in sorted { add(label, kind, of: concept) }
        }
    }

    private mutating func add(_ label: XLLabel, _ kind: LabelKind, of concept: String) {
        let link = Triple(.iri(concept), kind.skosXLProperty, label.resource)
        guard graph.contains(link) else { return }
        var fields: [String: JSKOSValue] = [:]
        switch label.resource {
        case .iri(let iri): fields["uri"] = .string(iri)
        case .blank(let name) where JSKOSGraphBuilder.isBlankNodeLabel(name): fields["_bnode"] = .string("_:" + name)
        default: return
        }
        consumed.append(link)
        nodes.append(label.resource)
        let form = label.literalForm
        let formTriple = Triple(label.resource, Namespace.skosxl + "literalForm", .literal(form.literal))
        if graph.contains(formTriple), let key = JSKOSLiterals.key(for: form.language) {
            var literal: [String: JSKOSValue] = ["string": .string(form.value)]
            if key != JSKOSLiterals.untaggedKey { literal["language"] = .string(key) }
            fields["literal"] = .object(literal)
            consumed.append(formTriple)
        }
        let types = (bySubject[label.resource] ?? []).filter { $0.predicate == Namespace.rdf + "type" && $0.object.iriValue != nil }
        if !types.isEmpty {
            let primary = Namespace.skosxl + "Label"
            let iris = types.compactMap(\.object.iriValue).sorted { lhs, rhs in
                lhs == primary || (rhs != primary && lhs.utf8.lexicographicallyPrecedes(rhs.utf8))
            }
            fields["type"] = .array(iris.map(JSKOSValue.string))
            consumed += types
        }
        entries[kind.skosXLProperty, default: []].append(.object(fields))
    }
}
