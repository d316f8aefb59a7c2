import ArgumentParser
import VaktaalFormats
import VaktaalModel

/// `vaktaal convert`: any RDF graph from one format to another, losslessly.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a vocabulary (or any RDF graph) between RDF/XML, N-Triples, Turtle, JSON (JSKOS), spreadsheet CSV and SSSOM; read the ESCO CSV download.",
        discussion: """
        RDF/XML to N-Triples streams: the input is never held in memory whole. Only -o is \
        all-or-nothing (a temporary file renamed into place when everything was written); on \
        standard output, triples already streamed stay written when the input fails half-way.
        """
    )

    @Argument(help: "The input file (- for standard input, with --from).")
    var input: String

    @Option(help: "The input format (default: from the file extension): \(RDFFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var from: RDFFormat?

    @Option(help: "The output format.")
    var to: RDFFormat

    @Option(name: .shortAndLong, help: "The output file (default: standard output). Written atomically: all or nothing; a link is written through, the file's mode kept.")
    var output: String?

    @Option(help: "The base IRI for relative references, absolute (default: the input file's file: IRI).")
    var base: String?

    func validate() throws {
        if let base, !IRIResolver.isAbsolute(base) || base.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0) }) {
            throw ValidationError("--base '\(Terminal.echo(base, limit: 80))' is not an absolute IRI; expected a scheme and no spaces, such as https://example.org/vocabulary/")
        }
    }

    func run() throws {
        guard let source = from ?? RDFFormat(path: input) else {
            throw FileError.unknownFormat(path: input, known: RDFFormat.allCases.map(\.rawValue))
        }
        let sink = try output.map { try OutputFile(path: $0) } ?? OutputFile()
        if source == .rdfxml, to == .ntriples {
            try streamRDFXMLToNTriples(sink)
        } else if source == .esco, to == .ntriples {
            // The ESCO download goes to N-Triples from the triple store, with no `Graph` made.
            try NTriplesWriter.writeSorted(try ESCOImporter.importStore(path: input, progress: TerminalProgress.shared.report), to: sink)
        } else {
            let graph = try VocabularyLoader.loadGraph(path: input, format: source, base: base, progress: TerminalProgress.shared.report)
            try GraphWriter.write(graph, format: to, to: sink)
        }
        try sink.commit()
    }

    /// The fast path: triples go from the RDF/XML parser straight to the N-Triples writer as bytes.
    private func streamRDFXMLToNTriples(_ sink: OutputFile) throws {
        let writer = NTriplesWriter(output: sink)
        try RDFXMLReader.read(path: input, base: base ?? VocabularyLoader.fileIRI(input), into: writer)
        try writer.flush()
    }
}
