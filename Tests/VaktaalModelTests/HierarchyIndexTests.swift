import Testing
import VaktaalModel

/// Concept levels: the same answer taken one at a time or all at once, and all at once in linear
/// time on a deep chain.
@Suite struct HierarchyIndexTests {
    static let skos = "http://www.w3.org/2004/02/skos/core#"

    /// A vocabulary of concepts `c0…` in one scheme with the given broader links.
    static func vocabulary(concepts: Int, broader: [(Int, Int)]) -> Vocabulary {
        var graph = Graph()
        graph.insert(Triple(.iri("http://ex.org/s"), Namespace.rdf + "type", .iri(skos + "ConceptScheme")))
        for index in 0..<concepts {
            graph.insert(Triple(.iri("http://ex.org/c\(index)"), Namespace.rdf + "type", .iri(skos + "Concept")))
            graph.insert(Triple(.iri("http://ex.org/c\(index)"), skos + "inScheme", .iri("http://ex.org/s")))
        }
        for (child, parent) in broader {
            graph.insert(Triple(.iri("http://ex.org/c\(child)"), skos + "broader", .iri("http://ex.org/c\(parent)")))
        }
        return Vocabulary(graph: graph)
    }

    @Test func deepChainHasItsDepthInStatistics() {
        let depth = 20_000
        let vocabulary = Self.vocabulary(concepts: depth, broader: (1..<depth).map { ($0, $0 - 1) })
        let statistics = VocabularyStatistics(vocabulary)
        #expect(statistics.perScheme.first?.depth == depth)
        let depths = HierarchyIndex(vocabulary).depths(of: vocabulary.concepts.map(\.iri))
        #expect(depths["http://ex.org/c0"] == 1)
        #expect(depths["http://ex.org/c12345"] == 12_346)
    }

    @Test(arguments: [
        [(1, 0), (2, 1), (2, 0), (3, 2)],            // a shortcut: levels by breadth-first walk
        [(1, 0), (2, 1), (0, 2), (3, 2), (4, 3)],    // a cycle with a chain below it
        [(1, 0), (2, 1), (3, 2), (3, 0), (4, 3), (5, 4), (0, 5)], // a cycle through a concept with two broader
        [(1, 0), (2, 0), (3, 1), (3, 2), (4, 3), (5, 4)],
    ])
    func allAtOnceEqualsOneAtATime(_ links: [(Int, Int)]) {
        let vocabulary = Self.vocabulary(concepts: 6, broader: links)
        let index = HierarchyIndex(vocabulary)
        for order in [vocabulary.concepts.map(\.iri), vocabulary.concepts.map(\.iri).reversed()] {
            let depths = index.depths(of: order)
            for iri in order { #expect(depths[iri] == index.depth(of: iri), "\(iri)") }
        }
    }
}
