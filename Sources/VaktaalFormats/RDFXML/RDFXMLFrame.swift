import VaktaalModel

/// What the element at one level of the RDF/XML grammar is, with the base IRI and language in
/// force inside it.
struct RDFXMLFrame {
    enum Kind {
        /// Before the first element: `rdf:RDF` or a single node element may follow.
        case document
        /// Inside `rdf:RDF`: node elements follow.
        case nodeList
        /// A node element (or a `parseType="Resource"` property element): property elements follow.
        case node(subject: Term, nextListIndex: Int)
        /// A property element whose object is not known yet: a node element or text follows.
        /// Its state is the top of the grammar's property stack.
        case property
        /// A `parseType="Collection"` property element: node elements follow, forming a list.
        /// Its state is the top of the grammar's collection stack.
        case collection
        /// A `parseType="Literal"` property element: everything inside is kept as XML, in the
        /// grammar's literal state.
        case xmlLiteral
    }

    var kind: Kind
    var base: String
    var language: String?
}

/// A property element waiting for its object.
struct PropertyState {
    var subject: Term
    var predicate: String
    var reificationIRI: String?
    var datatype: String?
    /// `rdf:resource` or `rdf:nodeID`, when given: the element must then be empty.
    var objectAttribute: Term?
    /// Property attributes for an empty property element's object.
    var propertyAttributes: [(predicate: String, value: String)] = []
    var hasNodeChild = false
    /// Whether non-whitespace text was seen before a node element.
    var hasText = false

    /// Whether the element carries attributes that make it an empty property element.
    var mustBeEmpty: Bool { objectAttribute != nil || !propertyAttributes.isEmpty }
}

/// A `parseType="Collection"` property element and the node elements read so far.
struct CollectionState {
    var subject: Term
    var predicate: String
    var reificationIRI: String?
    var items: [Term] = []
}

/// A `parseType="Literal"` property element and the canonical XML collected so far.
struct XMLLiteralState {
    var subject: Term
    var predicate: String
    var reificationIRI: String?
    var xml: [UInt8] = []
    /// Namespace declarations written so far, one scope per open element inside the literal.
    var renderedNamespaces: [[String: String]] = []
    var openNames: [String] = []
}
