extension Graph {
    /// A graph of the triples of a store, in the order they were added, each once, with the
    /// store's prefixes. Each term's string is made once and shared by every triple using it.
    public init(_ store: TripleStore) {
        self.init()
        for (prefix, namespace) in store.prefixes { declarePrefix(prefix, namespace) }
        var strings = TermStrings(store.terms)
        for triple in store.triples {
            insert(Triple(strings.term(triple.subject), strings.string(triple.predicate), strings.term(triple.object)))
        }
    }
}
