extension Graph {
    /// Whether the two graphs are the same up to a renaming of blank nodes (RDF graph isomorphism).
    public func isIsomorphic(to other: Graph) -> Bool {
        GraphIsomorphism(self, other).check()
    }
}

/// Decides RDF graph isomorphism by colour refinement of blank nodes, with backtracking on ties.
struct GraphIsomorphism {
    private let left: [Triple]
    private let right: [Triple]

    init(_ left: Graph, _ right: Graph) {
        self.left = left.triples
        self.right = right.triples
    }

    func check() -> Bool {
        guard left.count == right.count else { return false }
        let leftGround = Set(left.filter { !$0.hasBlankNode })
        let rightGround = Set(right.filter { !$0.hasBlankNode })
        guard leftGround == rightGround else { return false }
        let leftBlank = BlankTriples(left.filter(\.hasBlankNode))
        let rightBlank = BlankTriples(right.filter(\.hasBlankNode))
        guard leftBlank.triples.count == rightBlank.triples.count,
              leftBlank.nodes.count == rightBlank.nodes.count else { return false }
        return search(leftBlank, [:], rightBlank, [:])
    }

    /// Refines both colourings together, then either verifies a bijection or branches on a tie.
    private func search(_ lhs: BlankTriples, _ lhsSeed: [String: Int], _ rhs: BlankTriples, _ rhsSeed: [String: Int]) -> Bool {
        let lhsColours = lhs.refine(seed: lhsSeed)
        let rhsColours = rhs.refine(seed: rhsSeed)
        guard lhsColours.values.sorted() == rhsColours.values.sorted() else { return false }
        let lhsClasses = Dictionary(grouping: lhs.nodes, by: { lhsColours[$0]! })
        let rhsClasses = Dictionary(grouping: rhs.nodes, by: { rhsColours[$0]! })
        guard let tied = lhsClasses.filter({ $0.value.count > 1 }).min(by: { $0.value.count < $1.value.count }) else {
            var mapping: [String: String] = [:]
            for (colour, nodes) in lhsClasses { mapping[nodes[0]] = rhsClasses[colour]![0] }
            return lhs.mapped(mapping) == Set(rhs.triples)
        }
        let marker = Int.min + lhsSeed.count + 1
        let pick = tied.value.sorted()[0]
        var nextLeft = lhsColours
        nextLeft[pick] = marker
        for candidate in rhsClasses[tied.key]! {
            var nextRight = rhsColours
            nextRight[candidate] = marker
            if search(lhs, nextLeft, rhs, nextRight) { return true }
        }
        return false
    }
}

/// The triples of one graph that mention blank nodes, with the blank nodes they mention.
private struct BlankTriples {
    let triples: [Triple]
    let nodes: [String]

    init(_ triples: [Triple]) {
        self.triples = triples
        var nodes = Set<String>()
        for triple in triples {
            if case .blank(let label) = triple.subject { nodes.insert(label) }
            if case .blank(let label) = triple.object { nodes.insert(label) }
        }
        self.nodes = nodes.sorted()
    }

    /// Colour refinement: a node's colour is the hash of its previous colour and its triples, with
    /// every blank node replaced by its colour; repeated until the partition stops growing.
    func refine(seed: [String: Int]) -> [String: Int] {
        var colours = Dictionary(uniqueKeysWithValues: nodes.map { ($0, seed[$0] ?? 0) })
        var classes = Set(colours.values).count
        for _ in 0..<(nodes.count + 1) {
            var signatures = Dictionary(uniqueKeysWithValues: nodes.map { ($0, [Int]()) })
            for triple in triples {
                let subject = colourOf(triple.subject, colours)
                let object = colourOf(triple.object, colours)
                var forward = Hasher()
                forward.combine(0); forward.combine(triple.predicate); forward.combine(object)
                var backward = Hasher()
                backward.combine(1); backward.combine(triple.predicate); backward.combine(subject)
                if case .blank(let label) = triple.subject { signatures[label]!.append(forward.finalize()) }
                if case .blank(let label) = triple.object { signatures[label]!.append(backward.finalize()) }
            }
            var next: [String: Int] = [:]
            for (node, signature) in signatures {
                var hasher = Hasher()
                hasher.combine(colours[node]!)
                hasher.combine(signature.sorted())
                next[node] = hasher.finalize()
            }
            let nextClasses = Set(next.values).count
            colours = next
            if nextClasses == classes { break }
            classes = nextClasses
        }
        return colours
    }

    private func colourOf(_ term: Term, _ colours: [String: Int]) -> Int {
        if case .blank(let label) = term { return colours[label]! }
        return term.hashValue
    }

    func mapped(_ mapping: [String: String]) -> Set<Triple> {
        Set(triples.map { triple in
            Triple(rename(triple.subject, mapping), triple.predicate, rename(triple.object, mapping))
        })
    }

    private func rename(_ term: Term, _ mapping: [String: String]) -> Term {
        if case .blank(let label) = term { return .blank(mapping[label]!) }
        return term
    }
}

extension Triple {
    /// Whether the subject or object is a blank node.
    public var hasBlankNode: Bool { subject.isBlank || object.isBlank }
}
