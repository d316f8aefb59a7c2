public import VaktaalModel

/// Writes a graph as RDF/XML through libxml2's writer: deterministic (subjects and properties
/// sorted), indented, with prefixes, typed node elements, and blank nodes used once nested in place.
public enum RDFXMLWriter {
    /// Writes the graph to an output.
    /// - Throws: ``RDFXMLWriteError`` when a triple cannot be expressed in RDF/XML.
    public static func write(_ graph: Graph, to output: OutputFile) throws {
        try write(graph, path: output.path) { bytes in try bytes.withUnsafeBytes { try output.write($0) } }
    }

    /// The graph as RDF/XML bytes in memory (a single concept's document, say).
    /// - Throws: ``RDFXMLWriteError`` when a triple cannot be expressed in RDF/XML.
    package static func bytes(_ graph: Graph) throws -> [UInt8] {
        var result: [UInt8] = []
        try write(graph, path: "-") { result += $0 }
        return result
    }

    /// Writes the document, handing each top-level node's bytes to `emit` as it is done.
    private static func write(_ graph: Graph, path: String, emit: ([UInt8]) throws -> Void) throws {
        let plan = try RDFXMLWritePlan(graph)
        let writer = XMLTextWriter()
        writer.startDocument()
        writer.startElement("rdf:RDF")
        for (prefix, namespace) in plan.namespaces.declarations {
            writer.attribute(prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)", namespace)
        }
        for subject in plan.topLevelSubjects {
            try plan.writeNode(subject, with: writer)
            if writer.failed { break }
            try emit(writer.drain())
        }
        writer.endElement()
        writer.endDocument()
        guard !writer.failed else { throw RDFXMLWriteError.writerFailed(path: path) }
        try emit(writer.drain())
    }
}

/// Why a graph cannot be written as RDF/XML.
public enum RDFXMLWriteError: Error, Equatable, Sendable {
    /// RDF/XML writes a predicate as an element name: this IRI does not end in an XML name.
    case predicateNotExpressible(String)
    /// The text holds characters XML 1.0 cannot carry (control characters).
    case characterNotExpressible(subject: String, predicate: String)
    /// An IRI of the graph is relative: RDF/XML would read it back against another base.
    case relativeIRI(String)
    /// libxml2's writer reported a failure.
    case writerFailed(path: String)
}

extension RDFXMLWriteError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .predicateNotExpressible(let iri):
            "error: RDF/XML cannot write the predicate <\(iri)>: it does not end in an XML name; use N-Triples or Turtle"
        case .characterNotExpressible(let subject, let predicate):
            "error: RDF/XML cannot write a literal of \(subject) \(predicate): it holds control characters XML 1.0 forbids; use N-Triples"
        case .relativeIRI(let iri):
            "error: RDF/XML cannot write the relative IRI <\(iri)>: a graph holds absolute IRIs only (with a scheme such as https:); resolve relative references against an absolute base IRI"
        case .writerFailed(let path):
            "\(path): error: the XML writer failed"
        }
    }
}
