public import VaktaalModel

/// Writes N-Triples, one triple per line, in canonical form, straight into an output file.
public final class NTriplesWriter {
    private let output: OutputFile
    private var line: [UInt8] = []

    /// Creates a writer on an output.
    public init(output: OutputFile) {
        self.output = output
        line.reserveCapacity(4096)
    }

    /// Writes a whole graph, sorted when `sorted` is set (for stable, diffable files).
    public static func write(_ graph: Graph, to output: OutputFile, sorted: Bool) throws {
        let writer = NTriplesWriter(output: output)
        for triple in sorted ? graph.triples.sorted() : graph.triples { try writer.write(triple) }
    }

    /// Writes one triple.
    public func write(_ triple: Triple) throws {
        line.removeAll(keepingCapacity: true)
        append(triple.subject)
        line.append(0x20)
        appendIRI(triple.predicate)
        line.append(0x20)
        append(triple.object)
        line.append(contentsOf: [0x20, UInt8(ascii: "."), 0x0A])
        try line.withUnsafeBytes { try output.write($0) }
    }

    private func append(_ term: Term) {
        switch term {
        case .iri(let iri): appendIRI(iri)
        case .blank(let label):
            line.append(contentsOf: [UInt8(ascii: "_"), UInt8(ascii: ":")])
            line.append(contentsOf: label.utf8)
        case .literal(let literal):
            line.append(UInt8(ascii: "\""))
            appendEscaped(literal.lexicalForm)
            line.append(UInt8(ascii: "\""))
            if let language = literal.language {
                line.append(UInt8(ascii: "@"))
                line.append(contentsOf: language.utf8)
            } else if let datatype = literal.datatype {
                line.append(contentsOf: [UInt8(ascii: "^"), UInt8(ascii: "^")])
                appendIRI(datatype)
            }
        }
    }

    private func appendIRI(_ iri: String) {
        line.append(UInt8(ascii: "<"))
        if iri.utf8.contains(where: NTriplesEscaping.needsIRIEscape) {
            line.append(contentsOf: NTriplesEscaping.escapeIRI(iri).utf8)
        } else {
            line.append(contentsOf: iri.utf8)
        }
        line.append(UInt8(ascii: ">"))
    }

    private func appendEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): line.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): line.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: line.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: line.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0..<0x20, 0x7F: line.append(contentsOf: NTriplesEscaping.escapeString(String(UnicodeScalar(byte))).utf8)
            default: line.append(byte)
            }
        }
    }
}
