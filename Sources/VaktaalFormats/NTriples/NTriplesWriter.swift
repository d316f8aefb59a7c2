public import VaktaalModel

/// Writes N-Triples, one triple per line, in canonical form, into an output file; call ``flush()``
/// when done.
public final class NTriplesWriter {
    private let output: OutputFile
    private let capacity = 1 << 20
    private let buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var count = 0

    /// Creates a writer on an output.
    public init(output: OutputFile) {
        self.output = output
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// Writes a whole graph, sorted when `sorted` is set (for stable, diffable files).
    public static func write(_ graph: Graph, to output: OutputFile, sorted: Bool) throws {
        let writer = NTriplesWriter(output: output)
        for triple in sorted ? graph.triples.sorted() : graph.triples { try writer.write(triple) }
        try writer.flush()
    }

    /// Writes the distinct triples of a store, sorted as ``write(_:to:sorted:)`` sorts a graph:
    /// the same file as for the graph of the same triples.
    package static func writeSorted(_ store: TripleStore, to output: OutputFile) throws {
        let writer = NTriplesWriter(output: output)
        try store.forEachSortedDistinct { try writer.triple(subject: $0, predicate: $1, object: $2) }
        try writer.flush()
    }

    /// Writes one triple.
    public func write(_ triple: Triple) throws {
        try triple.withViews { try self.triple(subject: $0, predicate: $1, object: $2) }
    }

    /// Hands what is buffered to the output.
    public func flush() throws {
        guard count > 0 else { return }
        try output.write(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    @inline(__always)
    private func byte(_ value: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = value
        count += 1
    }

    private func bytes(_ value: UnsafeBufferPointer<UInt8>) throws {
        if count + value.count > capacity {
            try flush()
            if value.count > capacity { return try output.write(UnsafeRawBufferPointer(value)) }
        }
        (buffer + count).update(from: value.baseAddress!, count: value.count)
        count += value.count
    }

    private func bytes(_ text: String) throws {
        var text = text
        try text.withUTF8 { try bytes($0) }
    }

    private func appendIRI(_ iri: UnsafeBufferPointer<UInt8>) throws {
        try byte(UInt8(ascii: "<"))
        if !NTriplesByteClass.isCleanIRI(iri) {
            try bytes(NTriplesEscaping.escapeIRI(String(decoding: iri, as: UTF8.self)))
        } else {
            try bytes(iri)
        }
        try byte(UInt8(ascii: ">"))
    }

    private func appendEscaped(_ value: UnsafeBufferPointer<UInt8>) throws {
        var start = 0
        while true {
            let index = NTriplesByteClass.firstIndex(of: NTriplesByteClass.string, in: value, from: start)
            try bytes(UnsafeBufferPointer(rebasing: value[start..<index]))
            guard index < value.count else { return }
            switch value[index] {
            case UInt8(ascii: "\""): try bytes("\\\"")
            case UInt8(ascii: "\\"): try bytes("\\\\")
            case 0x0A: try bytes("\\n")
            case 0x0D: try bytes("\\r")
            default: try bytes(NTriplesEscaping.escapeString(String(UnicodeScalar(value[index]))))
            }
            start = index + 1
        }
    }
}

extension NTriplesWriter: RDFTripleSink {
    /// Writes one triple handed out as bytes by a streaming reader.
    package func triple(subject: RDFTermView, predicate: UnsafeBufferPointer<UInt8>, object: RDFTermView) throws {
        try append(subject)
        try byte(0x20)
        try appendIRI(predicate)
        try byte(0x20)
        try append(object)
        try byte(0x20)
        try byte(UInt8(ascii: "."))
        try byte(0x0A)
    }

    private func append(_ term: RDFTermView) throws {
        switch term.kind {
        case .iri:
            try appendIRI(term.value)
        case .blank:
            try byte(UInt8(ascii: "_"))
            try byte(UInt8(ascii: ":"))
            try bytes(term.value)
        case .literal:
            try byte(UInt8(ascii: "\""))
            try appendEscaped(term.value)
            try byte(UInt8(ascii: "\""))
            if !term.language.isEmpty {
                try byte(UInt8(ascii: "@"))
                try bytes(term.language)
            } else if !term.datatype.isEmpty {
                try byte(UInt8(ascii: "^"))
                try byte(UInt8(ascii: "^"))
                try appendIRI(term.datatype)
            }
        }
    }
}
