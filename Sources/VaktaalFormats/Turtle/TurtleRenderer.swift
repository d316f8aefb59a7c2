import VaktaalModel

/// Turns the subjects of a ``TurtleLayout`` into Turtle text: predicates grouped with `;`
/// (`rdf:type` first, as `a`), objects with `,`, nested blank nodes as `[ … ]`, lists as `( … )`.
struct TurtleRenderer {
    let layout: TurtleLayout
    private(set) var prefixes: TurtlePrefixes
    private var labels: [String: String] = [:]

    private static let rdfType = Namespace.rdf + "type"
    /// Objects of one predicate stay on one line up to this many characters.
    private static let lineWidth = 100
    /// A nested blank node stays on one line up to this many characters.
    private static let inlineWidth = 60

    init(_ graph: Graph) {
        layout = TurtleLayout(graph)
        prefixes = TurtlePrefixes(graph: graph)
    }

    /// One subject's block: `subject predicate objects ; … .` and a line break.
    mutating func block(_ subject: Term) -> String {
        let head: String
        switch subject {
        case .blank(let label): head = layout.referenceCount(label) == 0 ? "[]" : self.label(label)
        case .iri(let iri): head = prefixes.render(iri)
        case .literal(let literal): head = TurtleLiteralFormat.render(literal) { prefixes.render($0) }
        }
        return head + " " + predicateList(subject, level: 1) + " .\n"
    }

    private mutating func predicateList(_ subject: Term, level: Int) -> String {
        var groups: [(predicate: String, objects: [Term])] = []
        for (predicate, object) in layout.properties[subject] ?? [] {
            if groups.last?.predicate == predicate { groups[groups.count - 1].objects.append(object) }
            else { groups.append((predicate, [object])) }
        }
        if let type = groups.firstIndex(where: { $0.predicate == Self.rdfType }) { groups.insert(groups.remove(at: type), at: 0) }
        var lines: [String] = []
        for group in groups {
            let verb = group.predicate == Self.rdfType ? "a" : prefixes.render(group.predicate)
            lines.append(verb + " " + objectList(group.objects, level: level))
        }
        return lines.joined(separator: " ;\n" + Self.indent(level))
    }

    private mutating func objectList(_ objects: [Term], level: Int) -> String {
        // Several objects continue on lines one level deeper; nested ones are indented from there.
        let objectLevel = objects.count > 1 ? level + 1 : level
        let rendered = objects.map { object($0, level: objectLevel) }
        let oneLine = rendered.joined(separator: ", ")
        if rendered.count == 1 || (oneLine.utf8.count <= Self.lineWidth && !oneLine.contains("\n")) { return oneLine }
        return rendered.joined(separator: ",\n" + Self.indent(level + 1))
    }

    private mutating func object(_ term: Term, level: Int) -> String {
        switch term {
        case .iri(let iri):
            return iri == TurtleLayout.nilIRI ? "()" : prefixes.render(iri)
        case .literal(let literal):
            return TurtleLiteralFormat.render(literal) { prefixes.render($0) }
        case .blank(let label):
            guard layout.nested.contains(label) else { return self.label(label) }
            if let items = layout.lists[label] {
                let rendered = items.map { object($0, level: level + 1) }
                let oneLine = "( " + rendered.joined(separator: " ") + " )"
                if oneLine.utf8.count <= Self.lineWidth, !oneLine.contains("\n") { return oneLine }
                return "(\n" + Self.indent(level + 1) + rendered.joined(separator: "\n" + Self.indent(level + 1))
                    + "\n" + Self.indent(level) + ")"
            }
            guard layout.properties[term] != nil else { return "[]" }
            let body = predicateList(term, level: level + 1)
            if !body.contains("\n"), body.utf8.count <= Self.inlineWidth { return "[ " + body + " ]" }
            return "[\n" + Self.indent(level + 1) + body + "\n" + Self.indent(level) + "]"
        }
    }

    /// `_:bN`, numbered in order of first use.
    private mutating func label(_ label: String) -> String {
        if let known = labels[label] { return known }
        let name = "_:b\(labels.count + 1)"
        labels[label] = name
        return name
    }

    private static func indent(_ level: Int) -> String { String(repeating: "    ", count: level) }
}
