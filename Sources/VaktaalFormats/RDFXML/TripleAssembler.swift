package import VaktaalModel

/// A sink that turns borrowed term bytes into ``Triple`` values. Repeated IRIs, language tags and
/// datatypes share one string (Swift strings are reference-counted), which saves both the
/// allocation and the memory of a copy per triple.
package final class TripleAssembler: RDFTripleSink {
    private let emit: (Triple) -> Void
    @exclusivity(unchecked) private var strings = StringCache()
    @exclusivity(unchecked) private var lastSubject = Term.blank("")

    /// Creates a sink handing each triple to `emit`.
    package init(emit: @escaping (Triple) -> Void) {
        self.emit = emit
    }

    package func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws {
        emit(Triple(subjectTerm(subject), strings.string(predicate), term(object)))
    }

    private func subjectTerm(_ view: RDFTermView) -> Term {
        switch (view.kind, lastSubject) {
        case (.iri, .iri(var last)), (.blank, .blank(var last)):
            let same = last.withUTF8 { RawBytes.equal(UnsafeRawBufferPointer($0), UnsafeRawBufferPointer(view.value)) }
            if same { return lastSubject }
        default:
            break
        }
        lastSubject = term(view)
        return lastSubject
    }

    private func term(_ view: RDFTermView) -> Term {
        switch view.kind {
        case .iri:
            return .iri(strings.string(view.value))
        case .blank:
            return .blank(String(decoding: view.value, as: UTF8.self))
        case .literal:
            let lexicalForm = String(decoding: view.value, as: UTF8.self)
            let language = view.language.isEmpty ? nil : strings.string(view.language)
            let datatype = view.datatype.isEmpty ? nil : strings.string(view.datatype)
            return .literal(Literal(lexicalForm, language: language, datatype: datatype))
        }
    }
}
