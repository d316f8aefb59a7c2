/// An RDF literal: a lexical form with either a language tag or a datatype.
///
/// A plain literal has neither and means `xsd:string`; `xsd:string` given explicitly is normalised
/// away so that `"a"` and `"a"^^xsd:string` compare equal, as RDF 1.1 says they are.
public struct Literal: Hashable, Sendable, Comparable {
    /// The lexical form.
    public var lexicalForm: String
    /// The language tag, lower-cased, when this is a language-tagged string.
    public var language: String?
    /// The datatype IRI, absent for simple and language-tagged strings.
    public var datatype: String?

    /// Creates a literal.
    /// - Parameters:
    ///   - lexicalForm: The lexical form.
    ///   - language: A language tag; it is lower-cased. When given, `datatype` is ignored.
    ///   - datatype: A datatype IRI; `xsd:string` and `rdf:langString` are normalised away.
    public init(_ lexicalForm: String, language: String? = nil, datatype: String? = nil) {
        self.lexicalForm = lexicalForm
        if let language, !language.isEmpty {
            self.language = language.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? language.lowercased() : language
            self.datatype = nil
        } else {
            self.language = nil
            self.datatype = (datatype == WellKnownIRI.xsdString || datatype == WellKnownIRI.rdfLangString)
                ? nil : datatype
        }
    }

    /// The datatype IRI that RDF 1.1 assigns, including `xsd:string` and `rdf:langString`.
    public var effectiveDatatype: String {
        if language != nil { return WellKnownIRI.rdfLangString }
        return datatype ?? WellKnownIRI.xsdString
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexicalForm != rhs.lexicalForm {
            return lhs.lexicalForm.utf8.lexicographicallyPrecedes(rhs.lexicalForm.utf8)
        }
        if lhs.language != rhs.language { return (lhs.language ?? "") < (rhs.language ?? "") }
        return (lhs.datatype ?? "") < (rhs.datatype ?? "")
    }
}

extension Literal: CustomStringConvertible {
    /// The literal in N-Triples syntax.
    public var description: String {
        var text = "\"" + NTriplesEscaping.escapeString(lexicalForm) + "\""
        if let language { text += "@" + language }
        else if let datatype { text += "^^<" + NTriplesEscaping.escapeIRI(datatype) + ">" }
        return text
    }
}
