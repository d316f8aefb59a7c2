import Testing
import VaktaalModel

/// `Graph.isIsomorphic` is the oracle behind the round-trip tests, so it is tested on its own,
/// with graphs that must and must not match.
@Suite struct GraphIsomorphismTests {
    static let p = "http://ex.org/p", q = "http://ex.org/q"
    static func blank(_ label: String) -> Term { .blank(label) }
    static func literal(_ text: String) -> Term { .literal(Literal(text)) }

    @Test func blankNodeLabelsDoNotMatter() {
        let a = Graph([Triple(Self.blank("x"), Self.p, Self.literal("1")), Triple(Self.blank("x"), Self.q, Self.blank("y"))])
        let b = Graph([Triple(Self.blank("k"), Self.q, Self.blank("m")), Triple(Self.blank("k"), Self.p, Self.literal("1"))])
        #expect(a.isIsomorphic(to: b))
        #expect(b.isIsomorphic(to: a))
    }

    @Test func differentLiteralsDoNotMatch() {
        let a = Graph([Triple(Self.blank("x"), Self.p, Self.literal("1"))])
        let b = Graph([Triple(Self.blank("x"), Self.p, Self.literal("2"))])
        #expect(!a.isIsomorphic(to: b))
    }

    @Test func structureMattersNotOnlyCounts() {
        // Same number of triples, blank nodes and values, but one node holds both values in a
        // and each node one value in b.
        let a = Graph([Triple(Self.blank("x"), Self.p, Self.literal("1")), Triple(Self.blank("x"), Self.p, Self.literal("2")),
                       Triple(Self.blank("y"), Self.q, Self.literal("3"))])
        let b = Graph([Triple(Self.blank("x"), Self.p, Self.literal("1")), Triple(Self.blank("y"), Self.p, Self.literal("2")),
                       Triple(Self.blank("y"), Self.q, Self.literal("3"))])
        #expect(!a.isIsomorphic(to: b))
    }

    @Test func symmetricTiesAreResolvedByBacktracking() {
        // Two 2-cycles against one 4-cycle: every blank node looks alike to colour refinement.
        func cycle(_ labels: [String]) -> [Triple] {
            labels.indices.map { Triple(Self.blank(labels[$0]), Self.p, Self.blank(labels[($0 + 1) % labels.count])) }
        }
        let twoPairs = Graph(cycle(["a", "b"]) + cycle(["c", "d"]))
        let square = Graph(cycle(["a", "b", "c", "d"]))
        let relabelled = Graph(cycle(["w", "x"]) + cycle(["y", "z"]))
        #expect(!twoPairs.isIsomorphic(to: square))
        #expect(twoPairs.isIsomorphic(to: relabelled))
    }

    @Test func sizeMustMatch() {
        let a = Graph([Triple(Self.blank("x"), Self.p, Self.literal("1"))])
        #expect(!a.isIsomorphic(to: Graph()))
        #expect(Graph().isIsomorphic(to: Graph()))
    }
}
