extension TermTable {
    /// The id of a string of a given kind, adding it when new.
    mutating func intern(_ string: String, kind: TermKind, attribute: TermID = 0) -> TermID {
        let id = string.utf8.withContiguousStorageIfAvailable { intern(UnsafeRawBufferPointer($0), kind: kind, attribute: attribute) }
        if let id { return id }
        var string = string
        return string.withUTF8 { intern(UnsafeRawBufferPointer($0), kind: kind, attribute: attribute) }
    }

    /// The id of a string of a given kind, or nil when the table does not hold it.
    func lookup(_ string: String, kind: TermKind, attribute: TermID = 0) -> TermID? {
        var string = string
        return string.withUTF8 { lookup(UnsafeRawBufferPointer($0), kind: kind, attribute: attribute) }
    }

    /// The id of a term, adding it when new.
    mutating func intern(_ term: Term) -> TermID {
        switch term {
        case .iri(let iri): intern(iri, kind: .iri)
        case .blank(let label): intern(label, kind: .blank)
        case .literal(let literal): intern(literal)
        }
    }

    /// The id of a literal, adding it (and its language tag or datatype) when new. A literal with
    /// a language tag keeps the tag as it is (even when empty); its datatype, if any, is dropped,
    /// as ``Literal`` never holds both.
    mutating func intern(_ literal: Literal) -> TermID {
        if let language = literal.language {
            let tag = intern(language, kind: .languageTag)
            return intern(literal.lexicalForm, kind: .languageLiteral, attribute: tag)
        }
        if let datatype = literal.datatype {
            let type = intern(datatype, kind: .iri)
            return intern(literal.lexicalForm, kind: .typedLiteral, attribute: type)
        }
        return intern(literal.lexicalForm, kind: .simpleLiteral)
    }

    /// The id of a language string, adding it when new.
    mutating func intern(_ string: LangString) -> TermID {
        guard let language = string.language else { return intern(string.value, kind: .simpleLiteral) }
        return intern(string.value, kind: .languageLiteral, attribute: intern(language, kind: .languageTag))
    }

    /// A term as a new `Term`.
    func term(_ id: TermID) -> Term {
        var reader = FreshTerms(self)
        return reader.term(id)
    }

    /// The IRI of a term, when it is one.
    func iri(_ id: TermID) -> String? {
        isIRI(id) ? string(id) : nil
    }
}
