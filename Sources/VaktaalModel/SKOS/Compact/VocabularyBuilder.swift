/// Reads the SKOS structure out of the triples of a store, into a ``CompactVocabulary``. Every
/// triple it takes into the model is one that ``Vocabulary/graph()`` writes back unchanged; all
/// others are extra triples. Works on term ids throughout: what a predicate means is worked out
/// once per distinct predicate, and objects are compared by id.
struct VocabularyBuilder {
    let triples: [StoredTriple]
    var terms: TermTable
    let groups: SubjectGroups
    let known: KnownTerms
    /// The property of every predicate, by term id (nil for terms that are never a predicate and
    /// for predicates Vaktaal gives no meaning to).
    private var roles: [KnownProperty?]
    var consumed: [Bool]
    var result: CompactVocabulary
    /// Where each annotation node is listed by a mapping set (`set sssom:mappings node`).
    var mappingSetIndex: [TermID: Int] = [:]
    /// Stated mappings without annotation, by subject, type and object.
    var unannotatedMappings: [MappingKey: Int] = [:]
    /// Strings made for model values, so that repeated IRIs share one.
    private var strings: [TermID: String] = [:]
    /// Language tags as `LangString` lower-cases them, by tag: a direct-mapped cache in front of
    /// `loweredTags` (tags are few and the parser has lower-cased nearly all of them already).
    private var recentTags = [(tag: TermID, lowered: TermID)](repeating: (.max, .max), count: 64)
    private var loweredTags: [TermID: TermID] = [:]
    /// Language-tagged literals whose tag `LangString` lower-cases differently, by literal.
    private var relabelled: [TermID: TermID] = [:]
    /// One concept's values as they are read, before they are put in field order.
    var pending: [ConceptValue] = []
    /// Where each field's values go in a concept's run, while sorting them.
    var fieldStarts = [Int](repeating: 0, count: KnownProperty.conceptFieldCount + 1)

    init(_ store: consuming TripleStore) {
        let prefixes = store.prefixes
        (terms, triples) = store.takeContents()
        known = KnownTerms(terms)
        // The index is the largest part of the table; nothing is looked up by text from here on.
        terms.dropIndex()
        groups = SubjectGroups(triples, terms: terms)
        consumed = Array(repeating: false, count: triples.count)
        roles = Array(repeating: nil, count: terms.count)
        var seen = Array(repeating: false, count: terms.count)
        result = CompactVocabulary(terms: TermTable())
        result.prefixes = prefixes
        // Never more values than triples; room that stays unused is address space, not memory.
        result.values.reserveCapacity(triples.count)
        for (index, triple) in triples.enumerated() {
            if !seen[Int(triple.predicate)] {
                seen[Int(triple.predicate)] = true
                roles[Int(triple.predicate)] = KnownProperty(iri: terms.string(triple.predicate))
            }
            if roles[Int(triple.predicate)] == .mappingSetMember, terms.isIRI(triple.subject),
               mappingSetIndex[triple.object] == nil {
                mappingSetIndex[triple.object] = index
            }
        }
    }

    mutating func build() -> CompactVocabulary {
        var axioms: [TermID] = []
        for group in 0..<groups.count {
            let subject = groups.subjects[group]
            let members = groups.group(group)
            let types = classes(members)
            guard terms.isIRI(subject) else {
                if types.contains(.axiom) { axioms.append(subject) }
                continue
            }
            if types.contains(.conceptScheme) {
                readScheme(subject, members)
            } else if types.contains(.collection) || types.contains(.orderedCollection) {
                readCollection(subject, members, ordered: types.contains(.orderedCollection))
            } else if types.contains(.concept) || (types.isEmpty && looksLikeConcept(members)) {
                readConcept(subject, members, typed: types.contains(.concept))
            } else if types.contains(.axiom) {
                axioms.append(subject)
            }
        }
        for axiom in axioms { readAxiom(axiom) }
        for index in triples.indices where !consumed[index] && !groups.repeated[index] {
            result.extraTriples.append(triples[index])
        }
        terms.dropIndex()
        result.terms = terms
        return result
    }

    /// The classes a subject is stated to be an instance of, of those the builder tells apart
    /// (`isEmpty` when it has no IRI class at all).
    private func classes(_ members: ArraySlice<UInt32>) -> KnownClasses {
        var classes = KnownClasses()
        for index in members where role(index) == .type {
            let object = triples[Int(index)].object
            guard terms.isIRI(object) else { continue }
            switch object {
            case known.concept: classes.insert(.concept)
            case known.conceptScheme: classes.insert(.conceptScheme)
            case known.collection: classes.insert(.collection)
            case known.orderedCollection: classes.insert(.orderedCollection)
            case known.axiom: classes.insert(.axiom)
            default: classes.insert(.other)
            }
        }
        return classes
    }

    /// The property of the predicate of a triple.
    @inline(__always)
    func role(_ index: UInt32) -> KnownProperty? {
        roles[Int(triples[Int(index)].predicate)]
    }

    private func looksLikeConcept(_ members: ArraySlice<UInt32>) -> Bool {
        members.contains { index in
            switch role(index) {
            case .inScheme, .broader, .narrower, .topConceptOf, .prefLabel: true
            default: false
            }
        }
    }

    // MARK: Values for the model

    /// The text of a term as a string for a model value, shared between uses.
    mutating func string(_ id: TermID) -> String {
        if let known = strings[id] { return known }
        let made = terms.string(id)
        strings[id] = made
        return made
    }

    /// A literal term as a model value, as the parser made it.
    mutating func literal(_ id: TermID) -> Literal {
        var literal = Literal(string(id))
        literal.language = languageOrNil(id)
        literal.datatype = datatypeOrNil(id)
        return literal
    }

    /// A literal without datatype as a language string, as `LangString.init(_: Literal)` reads it.
    mutating func langString(_ id: TermID) -> LangString {
        LangString(string(id), language: languageOrNil(id))
    }

    private mutating func languageOrNil(_ id: TermID) -> String? {
        terms.kind(id) == .languageLiteral ? string(terms.attribute(id)) : nil
    }

    private mutating func datatypeOrNil(_ id: TermID) -> String? {
        terms.kind(id) == .typedLiteral ? string(terms.attribute(id)) : nil
    }

    /// A literal without datatype as a concept keeps it: with its language tag as `LangString`
    /// lower-cases it (the same literal for every tag the parser has already lower-cased).
    mutating func labelTerm(_ id: TermID) -> TermID {
        guard terms.kind(id) == .languageLiteral else { return id }
        let tag = terms.attribute(id)
        let lowered = loweredTag(tag)
        if lowered == tag { return id }
        if let known = relabelled[id] { return known }
        let term = terms.intern(terms.string(id), kind: .languageLiteral, attribute: lowered)
        relabelled[id] = term
        return term
    }

    private mutating func loweredTag(_ tag: TermID) -> TermID {
        let slot = Int(tag & 63)
        if recentTags[slot].tag == tag { return recentTags[slot].lowered }
        let lowered: TermID
        if let known = loweredTags[tag] {
            lowered = known
        } else {
            let text = terms.string(tag), lowercased = text.lowercased()
            lowered = lowercased.utf8.elementsEqual(text.utf8) ? tag : terms.intern(lowercased, kind: .languageTag)
            loweredTags[tag] = lowered
        }
        recentTags[slot] = (tag, lowered)
        return lowered
    }
}
