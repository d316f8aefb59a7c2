import Testing
import VaktaalModel

/// A ``TripleStore`` merged from others, sorted and read back gives what a ``Graph`` of the same
/// triples gives: the same distinct triples, in `Triple`'s order.
@Suite struct TripleStoreTests {
    /// Triples whose order turns on every rule: IRIs before blank nodes before literals, a prefix
    /// before its extensions, bytes above ASCII, a plain literal before a typed one before a
    /// language-tagged one of the same text, and repeats.
    static let triples: [Triple] = {
        let p = "http://x.org/p", q = "http://x.org/pa"
        let a = Term.iri("http://x.org/a"), ab = Term.iri("http://x.org/ab"), e = Term.iri("http://x.org/é")
        return [
            Triple(ab, p, .literal(Literal("z"))),
            Triple(a, q, .iri("http://x.org/o")),
            Triple(a, p, .literal(Literal("b", language: "nl"))),
            Triple(a, p, .literal(Literal("b", language: "en"))),
            Triple(a, p, .literal(Literal("b", datatype: "http://www.w3.org/2001/XMLSchema#date"))),
            Triple(a, p, .literal(Literal("b"))),
            Triple(a, p, .literal(Literal("ba"))),
            Triple(a, p, .literal(Literal("b\u{E9}"))),
            Triple(a, p, .blank("n1")),
            Triple(a, p, .iri("http://x.org/o")),
            Triple(e, p, .literal(Literal("b"))),
            Triple(.blank("n1"), p, .iri("http://x.org/a")),
            Triple(a, p, .literal(Literal("b", language: "en"))),
            Triple(ab, p, .literal(Literal("z"))),
        ]
    }()

    /// The triples a store hands out sorted, as `Triple`s.
    static func sorted(_ store: TripleStore) -> [Triple] {
        var result: [Triple] = []
        store.forEachSortedDistinct { subject, predicate, object in
            result.append(Triple(subject.term, String(decoding: predicate, as: UTF8.self), object.term))
        }
        return result
    }

    @Test func sortedDistinctTriplesAreTheGraphsSorted() {
        // Inserted one by one, so that repeated triples reach the store (a Graph would drop them).
        var store = TripleStore()
        for triple in Self.triples + Self.triples.prefix(3) { store.insert(triple) }
        #expect(Self.sorted(store) == Graph(Self.triples).triples.sorted())
    }

    @Test func mergedStoresKeepEveryTripleInOrder() {
        var merged = TripleStore()
        for half in [Self.triples.prefix(7), Self.triples.suffix(7)] {
            var part = TripleStore()
            for triple in half { part.insert(triple) }
            merged.append(part)
        }
        #expect(merged.count == Self.triples.count)
        #expect(Graph(merged).triples == Graph(Self.triples).triples)
        #expect(Self.sorted(merged) == Graph(Self.triples).triples.sorted())
    }
}
