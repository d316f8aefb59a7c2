/// A term the grammar holds while elements are open: its bytes sit in the grammar's arena.
struct ArenaTerm {
    enum Kind { case iri, blank }

    var kind: Kind
    var value: ByteRange
}

/// A term kept after its element closed (an item of a `parseType="Collection"`).
struct OwnedTerm {
    var kind: ArenaTerm.Kind
    var value: [UInt8]
}

/// What the element at one level of the RDF/XML grammar is, with the base IRI and language in
/// force inside it.
struct RDFXMLFrame {
    enum Kind {
        /// Before the first element: `rdf:RDF` or a single node element may follow.
        case document
        /// Inside `rdf:RDF`: node elements follow.
        case nodeList
        /// A node element (or a `parseType="Resource"` property element): property elements follow.
        case node(subject: ArenaTerm, nextListIndex: Int)
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
    var base: ByteRange
    /// The language in force; empty when there is none.
    var language: ByteRange
    /// The arena's size before this element stored anything: closing the element truncates to it.
    var mark: Int
}

/// A property element waiting for its object.
struct PropertyState {
    var subject: ArenaTerm
    var predicate: ByteRange
    var reificationIRI: ByteRange?
    var datatype: ByteRange?
    /// `rdf:resource` or `rdf:nodeID`, when given: the element must then be empty.
    var objectAttribute: ArenaTerm?
    /// Where this element's property attributes start in the grammar's attribute stack, and how many.
    var attributeStart = 0
    var attributeCount = 0
    var hasNodeChild = false

    /// Whether the element carries attributes that make it an empty property element.
    var mustBeEmpty: Bool { objectAttribute != nil || attributeCount > 0 }
}

/// A property attribute of an empty property element, waiting for the element's end.
struct PendingAttribute {
    var predicate: ByteRange
    var value: ByteRange
    var isType: Bool
}

/// A `parseType="Collection"` property element and the node elements read so far.
struct CollectionState {
    var subject: ArenaTerm
    var predicate: ByteRange
    var reificationIRI: ByteRange?
    var items: [OwnedTerm] = []
}

/// A `parseType="Literal"` property element and the canonical XML collected so far.
struct XMLLiteralState {
    var subject: ArenaTerm
    var predicate: ByteRange
    var reificationIRI: ByteRange?
    var xml: [UInt8] = []
    /// The namespace each prefix was last declared with in the open elements of the literal.
    var renderedNamespaces: [String: String] = [:]
    /// Per open element, what its declarations replaced (nil: the prefix was not declared), to
    /// restore when it closes: constant work per element, however deep the nesting.
    var replacedNamespaces: [[(prefix: String, namespace: String?)]] = []
    var openNames: [String] = []
}
