import VaktaalModel

/// Collects the triples one ESCO file gives, in row order. ``ESCOImporter`` merges the files'
/// triples into one graph, where what several files state (the same concept in `skills_en.csv`
/// and a collection file, the same occupation in two languages) is kept once.
struct ESCOGraphBuilder {
    var triples: [Triple] = []

    /// The prefixes an ESCO graph is written with.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("skos", Namespace.skos), ("esco", ESCOVocabulary.model), ("dcterms", Namespace.dcterms),
        ("iso-thes", ESCOVocabulary.isoThes), ("xsd", Namespace.xsd),
    ]

    mutating func add(_ subject: String, _ predicate: String, iri object: String) {
        triples.append(Triple(.iri(subject), predicate, .iri(object)))
    }

    mutating func add(_ subject: String, _ predicate: String, text: String, language: String?) {
        triples.append(Triple(.iri(subject), predicate, .literal(Literal(text, language: language))))
    }

    mutating func add(_ subject: String, _ predicate: String, literal: Literal) {
        triples.append(Triple(.iri(subject), predicate, .literal(literal)))
    }
}
