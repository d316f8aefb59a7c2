public import VaktaalModel

/// Writes N-Triples, one triple per line, in canonical form, into an output file; call ``flush()``
/// when done.
public final class NTriplesWriter {
    private let output: OutputFile
    private let capacity = 1 << 20
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0

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

    /// Writes one triple.
    public func write(_ triple: Triple) throws {
        try append(triple.subject)
        try byte(0x20)
        try appendIRI(triple.predicate)
        try byte(0x20)
        try append(triple.object)
        try byte(0x20)
        try byte(UInt8(ascii: "."))
        try byte(0x0A)
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

    private func append(_ term: Term) throws {
        switch term {
        case .iri(let iri): try appendIRI(iri)
        case .blank(let label):
            try byte(UInt8(ascii: "_"))
            try byte(UInt8(ascii: ":"))
            try bytes(label)
        case .literal(let literal):
            try byte(UInt8(ascii: "\""))
            try appendEscaped(literal.lexicalForm)
            try byte(UInt8(ascii: "\""))
            if let language = literal.language {
                try byte(UInt8(ascii: "@"))
                try bytes(language)
            } else if let datatype = literal.datatype {
                try byte(UInt8(ascii: "^"))
                try byte(UInt8(ascii: "^"))
                try appendIRI(datatype)
            }
        }
    }

    private func appendIRI(_ iri: String) throws {
        try byte(UInt8(ascii: "<"))
        var iri = iri
        let clean = iri.withUTF8 { value -> Bool in
            for byte in value where NTriplesEscaping.needsIRIEscape(byte) { return false }
            return true
        }
        try bytes(clean ? iri : NTriplesEscaping.escapeIRI(iri))
        try byte(UInt8(ascii: ">"))
    }

    private func appendEscaped(_ text: String) throws {
        var text = text
        try text.withUTF8 { value in
            var start = 0
            for index in 0..<value.count {
                let character = value[index]
                guard character < 0x20 || character == UInt8(ascii: "\"") || character == UInt8(ascii: "\\") || character == 0x7F else { continue }
                try bytes(UnsafeBufferPointer(rebasing: value[start..<index]))
                switch character {
                case UInt8(ascii: "\""): try bytes("\\\"")
                case UInt8(ascii: "\\"): try bytes("\\\\")
                case 0x0A: try bytes("\\n")
                case 0x0D: try bytes("\\r")
                default: try bytes(NTriplesEscaping.escapeString(String(UnicodeScalar(character))))
                }
                start = index + 1
            }
            try bytes(UnsafeBufferPointer(rebasing: value[start...]))
        }
    }
}
