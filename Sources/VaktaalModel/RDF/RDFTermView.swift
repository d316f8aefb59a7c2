/// An RDF term handed out by a streaming reader as borrowed UTF-8 bytes, valid only during the
/// call that receives it (no `String` made).
package struct RDFTermView {
    /// What kind of term this is.
    package enum Kind: Sendable {
        case iri, blank, literal
    }

    /// The kind of term.
    package var kind: Kind
    /// The IRI, the blank node label, or the literal's lexical form.
    package var value: UnsafeBufferPointer<UInt8>
    /// The literal's language tag, lower-cased; empty when there is none.
    package var language: UnsafeBufferPointer<UInt8>
    /// The literal's datatype IRI; empty for simple and language-tagged strings (`xsd:string` is
    /// normalised away, as in ``Literal``).
    package var datatype: UnsafeBufferPointer<UInt8>

    /// A term with no language or datatype.
    package init(_ kind: Kind, _ value: UnsafeBufferPointer<UInt8>) {
        self.kind = kind
        self.value = value
        language = UnsafeBufferPointer(start: nil, count: 0)
        datatype = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A literal.
    package init(literal value: UnsafeBufferPointer<UInt8>, language: UnsafeBufferPointer<UInt8>, datatype: UnsafeBufferPointer<UInt8>) {
        kind = .literal
        self.value = value
        self.language = language
        self.datatype = datatype
    }
}

extension Term {
    /// Runs `body` with this term's bytes, as a streaming reader would hand it out.
    package func withView<R>(_ body: (RDFTermView) throws -> R) rethrows -> R {
        switch self {
        case .iri(var value):
            return try value.withUTF8 { try body(RDFTermView(.iri, $0)) }
        case .blank(var label):
            return try label.withUTF8 { try body(RDFTermView(.blank, $0)) }
        case .literal(let literal):
            var lexicalForm = literal.lexicalForm, language = literal.language ?? "", datatype = literal.datatype ?? ""
            return try lexicalForm.withUTF8 { value in
                try language.withUTF8 { language in
                    try datatype.withUTF8 { datatype in
                        try body(RDFTermView(literal: value, language: language, datatype: datatype))
                    }
                }
            }
        }
    }
}

extension Triple {
    /// Runs `body` with the triple's subject, predicate and object as bytes: one code path for
    /// consumers that take both ``Triple`` values and streamed bytes.
    package func withViews<R>(_ body: (RDFTermView, UnsafeBufferPointer<UInt8>, RDFTermView) throws -> R) rethrows -> R {
        var predicate = predicate
        return try subject.withView { subject in
            try predicate.withUTF8 { predicate in
                try object.withView { object in try body(subject, predicate, object) }
            }
        }
    }
}

extension RDFTermView {
    /// The term as a model value, with new strings (for tests and rare paths; readers intern).
    package var term: Term {
        let text = String(decoding: value, as: UTF8.self)
        switch kind {
        case .iri: return .iri(text)
        case .blank: return .blank(text)
        case .literal:
            let language = language.isEmpty ? nil : String(decoding: language, as: UTF8.self)
            let datatype = datatype.isEmpty ? nil : String(decoding: datatype, as: UTF8.self)
            return .literal(Literal(text, language: language, datatype: datatype))
        }
    }
}
