import VaktaalModel

/// Collects the triples one ESCO file gives, in row order, from the cells' bytes straight into a
/// ``TripleStore``: no string is made for an IRI or text a cell holds. ``ESCOImporter`` merges
/// the files' stores into one, where what several files state (the same concept in
/// `skills_en.csv` and a collection file, the same occupation in two languages) is kept once
/// when read.
struct ESCOGraphBuilder {
    /// A cell's bytes, or part of a cell.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The triples added so far, repeats kept.
    private(set) var store = TripleStore()
    /// The language tag of the file's labels and texts; empty for none.
    private let language: [UInt8]

    /// The prefixes an ESCO graph is written with.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("skos", Namespace.skos), ("esco", ESCOVocabulary.model), ("dcterms", Namespace.dcterms),
        ("iso-thes", ESCOVocabulary.isoThes), ("xsd", Namespace.xsd),
    ]

    /// A builder for a file whose labels and texts are in `language` (nil: no language tag).
    init(language: String?) {
        self.language = Array((language ?? "").utf8)
    }

    /// Adds a triple whose object is an IRI from a cell.
    mutating func add(_ subject: Bytes, _ predicate: String, iri object: Bytes) {
        add(subject, predicate, RDFTermView(.iri, object))
    }

    /// Adds a triple whose object is a known IRI.
    mutating func add(_ subject: Bytes, _ predicate: String, iri object: String) {
        var object = object
        object.withUTF8 { add(subject, predicate, iri: $0) }
    }

    /// Adds a triple whose object is a text in the file's language.
    mutating func add(_ subject: Bytes, _ predicate: String, text: Bytes) {
        language.withUnsafeBufferPointer { language in
            add(subject, predicate, RDFTermView(literal: text, language: language, datatype: Bytes(start: nil, count: 0)))
        }
    }

    /// Adds a triple whose object is a literal without language: a plain string, or typed when
    /// `datatype` is given (not `xsd:string`, which RDF leaves out).
    mutating func add(_ subject: Bytes, _ predicate: String, literal: Bytes, datatype: String? = nil) {
        var datatype = datatype ?? ""
        datatype.withUTF8 { datatype in
            add(subject, predicate, RDFTermView(literal: literal, language: Bytes(start: nil, count: 0), datatype: datatype))
        }
    }

    private mutating func add(_ subject: Bytes, _ predicate: String, _ object: RDFTermView) {
        var predicate = predicate
        predicate.withUTF8 { store.insert(subject: RDFTermView(.iri, subject), predicate: $0, object: object) }
    }
}
