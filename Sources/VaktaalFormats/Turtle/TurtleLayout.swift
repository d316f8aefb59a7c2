import VaktaalModel

/// Decides the shape of a Turtle document: which subjects get their own block (sorted: IRIs, then
/// blank nodes), which blank nodes are written nested as `[ … ]` (those referenced exactly once,
/// outside cycles), and which are well-formed RDF lists written as `( … )`.
struct TurtleLayout {
    /// Each subject's predicate–object pairs, sorted by predicate.
    let properties: [Term: [(predicate: String, object: Term)]]
    /// The subjects written as blocks of their own, in order.
    private(set) var roots: [Term] = []
    /// Blank nodes written nested where they are referenced.
    private(set) var nested: Set<String> = []
    /// List heads and their items, for lists written as `( … )`.
    private(set) var lists: [String: [Term]] = [:]
    /// How often each blank node is an object.
    private let references: [String: Int]

    static let first = Namespace.rdf + "first"
    static let rest = Namespace.rdf + "rest"
    static let nilIRI = Namespace.rdf + "nil"
    /// Nesting deeper than this gets its own block instead, to keep the output (and the stack) flat.
    static let maximumDepth = 64

    init(_ graph: Graph) {
        var properties: [Term: [(predicate: String, object: Term)]] = [:]
        var references: [String: Int] = [:]
        for triple in graph.triples {
            properties[triple.subject, default: []].append((triple.predicate, triple.object))
            if case .blank(let label) = triple.object { references[label, default: 0] += 1 }
        }
        for index in properties.values.indices {
            properties.values[index].sort {
                $0.predicate == $1.predicate ? $0.object < $1.object : $0.predicate.utf8.lexicographicallyPrecedes($1.predicate.utf8)
            }
        }
        self.properties = properties
        self.references = references
        findLists()
        placeSubjects()
    }

    /// Whether the blank node is written as `_:label` (it has a block of its own, or is
    /// referenced several times).
    func needsLabel(_ label: String) -> Bool { !nested.contains(label) }

    /// The number of times a blank node is an object.
    func referenceCount(_ label: String) -> Int { references[label] ?? 0 }

    /// Finds chains of blank nodes that each have exactly one `rdf:first`, one `rdf:rest`,
    /// nothing else, and one reference, ending in `rdf:nil`.
    private mutating func findLists() {
        var restOf: [String: Term] = [:]
        var firstOf: [String: Term] = [:]
        for (subject, pairs) in properties {
            guard case .blank(let label) = subject, pairs.count == 2, references[label] == 1,
                  pairs[0].predicate == Self.first, pairs[1].predicate == Self.rest else { continue }
            firstOf[label] = pairs[0].object
            restOf[label] = pairs[1].object
        }
        var tails = Set<String>()
        for case .blank(let label) in restOf.values where restOf[label] != nil { tails.insert(label) }
        for head in restOf.keys where !tails.contains(head) {
            var items: [Term] = []
            var node = Term.blank(head)
            var seen = Set<String>()
            while case .blank(let label) = node, let rest = restOf[label], seen.insert(label).inserted {
                items.append(firstOf[label]!)
                node = rest
            }
            if node == .iri(Self.nilIRI) { lists[head] = items }
        }
    }

    /// Picks the block subjects and the nested blank nodes, breaking cycles of singly referenced
    /// blank nodes by giving the first of each its own block.
    private mutating func placeSubjects() {
        var listMembers = Set<String>()
        for (head, items) in lists {
            var node = head
            for _ in items.dropLast() {
                guard case .blank(let next) = properties[.blank(node)]![1].object else { break }
                listMembers.insert(next)
                node = next
            }
        }
        let candidates = Set(references.filter { $0.value == 1 }.keys).subtracting(listMembers)
        let subjects = properties.keys.filter { term in
            guard case .blank(let label) = term else { return true }
            return !candidates.contains(label) && !listMembers.contains(label)
        }
        roots = subjects.sorted()
        var visited = Set<String>()
        var queue = roots
        while true {
            visit(&queue, candidates: candidates, visited: &visited)
            let stranded = candidates.subtracting(visited).subtracting(nested)
                .filter { properties[.blank($0)] != nil }
            guard let first = stranded.min(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) else { break }
            lists[first] = nil
            roots.append(.blank(first))
            queue = [.blank(first)]
        }
    }

    /// Walks from block subjects into what they reference, marking singly referenced blank nodes
    /// as nested, up to the depth limit.
    private mutating func visit(_ queue: inout [Term], candidates: Set<String>, visited: inout Set<String>) {
        var stack = queue.map { ($0, 0) }
        queue = []
        while let (term, depth) = stack.popLast() {
            guard case .blank(let label) = term else {
                stack += children(of: term).map { ($0, depth + 1) }
                continue
            }
            guard visited.insert(label).inserted else { continue }
            if depth > 0 {
                guard depth <= Self.maximumDepth else {
                    visited.remove(label)
                    lists[label] = nil
                    roots.append(term)
                    stack.append((term, 0))
                    continue
                }
                nested.insert(label)
            }
            stack += children(of: term).map { ($0, depth + 1) }
        }
    }

    /// The singly referenced blank nodes that are written inside `term`.
    private func children(of term: Term) -> [Term] {
        let objects: [Term]
        if case .blank(let label) = term, let items = lists[label] {
            objects = items
        } else {
            objects = properties[term]?.map(\.object) ?? []
        }
        return objects.filter { object in
            guard case .blank(let label) = object else { return false }
            return references[label] == 1
        }
    }
}
