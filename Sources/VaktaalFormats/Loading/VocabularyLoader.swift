public import VaktaalModel

/// Loads graphs and vocabularies from files and folders in any supported format.
public enum VocabularyLoader {
    /// Reads one file into a graph.
    /// - Parameters:
    ///   - path: The file, or `-` for standard input (then `format` is required).
    ///   - format: The format; guessed from the extension when nil.
    ///   - base: The base IRI for relative references; the file's `file:` IRI when nil.
    ///   - limits: The bounds the readers keep (longest line, literal, nesting).
    ///   - progress: Called before the file (or each file of an ESCO download) is read.
    /// - Throws: ``ParseError`` or ``FileError``; ``FileError/emptyFile(path:expected:)`` for a
    ///   file holding nothing but white space, in every format.
    public static func loadGraph(path: String, format: RDFFormat? = nil, base: String? = nil, limits: ReaderLimits = .default,
                                 progress: ((LoadProgress) -> Void)? = nil) throws -> Graph {
        guard let format = format ?? RDFFormat(path: path) else {
            throw FileError.unknownFormat(path: path, known: RDFFormat.allCases.map(\.rawValue))
        }
        let base = base ?? fileIRI(path)
        if format != .esco { progress?(LoadProgress(file: path, index: 0, count: 1, format: format)) }
        switch format {
        case .rdfxml:
            var graph = Graph()
            let prefixes = try RDFXMLReader.read(path: path, base: base, limits: limits) { graph.insert($0) }
            for (prefix, namespace) in prefixes { graph.declarePrefix(prefix, namespace) }
            return graph
        case .ntriples:
            return try NTriplesReader.read(try readText(path, format, limits), file: path, limits: limits)
        case .turtle:
            return try TurtleReader.read(try readText(path, format, limits), file: path, base: base, limits: limits)
        case .json, .ndjson:
            return try JSKOSReader.read(try readText(path, format, limits), file: path).graph()
        case .csv:
            return try SpreadsheetReader.read(try readText(path, format, limits), file: path)
        case .esco:
            return try ESCOImporter.importGraph(path: path, progress: progress)
        case .sssom:
            return try SSSOMReader.readGraph(try readText(path, format, limits), file: path)
        case .snapshot:
            return Vocabulary(try SnapshotFile.read(path).naming { try $0.vocabulary() }).graph()
        }
    }

    /// The bytes of a text file, refusing binary input early and a file with nothing but white
    /// space: one rule for every format, "empty file".
    private static func readText(_ path: String, _ format: RDFFormat, _ limits: ReaderLimits) throws -> [UInt8] {
        let bytes = try InputFile.read(path, text: format.displayName, limits: limits)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes[start...].contains(where: { !(0x20 == $0 || 0x09 == $0 || 0x0A == $0 || 0x0D == $0) }) else {
            throw FileError.emptyFile(path: path, expected: format.displayName)
        }
        return bytes
    }

    /// Loads files and folders (every supported file below a folder, in name order) into one
    /// vocabulary. Blank nodes of different files are kept apart. `progress` is called before
    /// each file is read.
    public static func loadVocabulary(paths: [String], format: RDFFormat? = nil,
                                      progress: ((LoadProgress) -> Void)? = nil) throws -> Vocabulary {
        Vocabulary(try loadCompactVocabulary(paths: paths, format: format, progress: progress))
    }

    /// Loads files and folders into one vocabulary in compact form (see ``loadVocabulary(paths:format:progress:)``).
    public static func loadCompactVocabulary(paths: [String], format: RDFFormat? = nil,
                                             progress: ((LoadProgress) -> Void)? = nil) throws -> CompactVocabulary {
        // One snapshot is read as it is; beside other sources it goes through the graph like them.
        if paths.count == 1, (format ?? RDFFormat(path: paths[0])) == .snapshot || (format == nil && SnapshotFile.isSnapshot(paths[0])) {
            return try SnapshotFile.read(paths[0]).naming { try $0.vocabulary() }
        }
        return CompactVocabulary(try loadStore(paths: paths, format: format, progress: progress))
    }

    /// Loads files and folders into a triple store. RDF/XML files and ESCO downloads stream
    /// straight into it, with no ``Graph`` in between; blank nodes of different files are kept apart.
    public static func loadStore(paths: [String], format: RDFFormat? = nil,
                                 progress: ((LoadProgress) -> Void)? = nil) throws -> TripleStore {
        let files = try paths.flatMap { try expand($0) }
        if files.count == 1, (format ?? RDFFormat(path: files[0])) == .esco {
            // An ESCO download is read into a store of its own, with no `Graph` in between.
            return try ESCOImporter.importStore(path: files[0], progress: progress)
        }
        let formats = files.map { format ?? RDFFormat(path: $0) }
        guard !files.isEmpty, formats.allSatisfy({ $0 == .rdfxml || $0 == .esco }) else {
            return TripleStore(try loadMergedGraph(paths: paths, format: format, progress: progress))
        }
        // RDF/XML takes 60 to 120 bytes a triple; room beyond that costs address space, not memory.
        let bytes = files.reduce(0) { total, file in
            guard let status = FileSystem.status(file), status.isRegularFile else { return total }
            return total + status.size
        }
        let sink = TripleStoreSink(expectedTriples: bytes / 60)
        for (index, file) in files.enumerated() {
            if formats[index] == .esco {
                // Beside RDF/XML files (the shipped vocabularies and ESCO, say). ESCO gives IRIs
                // and literals only, so there are no blank nodes to keep apart.
                sink.append(try ESCOImporter.importStore(path: file, progress: progress))
                continue
            }
            // As loadMergedGraph names them, so that both ways give the same labels.
            if files.count > 1 { sink.blankNodePrefix = Array("f\(index)".utf8) }
            progress?(LoadProgress(file: file, index: index, count: files.count, format: .rdfxml))
            // Prefixes in file order, as loadMergedGraph declares them.
            for (prefix, namespace) in try RDFXMLReader.read(path: file, base: fileIRI(file), into: sink) {
                sink.declarePrefix(prefix, namespace)
            }
        }
        return sink.takeStore()
    }

    /// Loads files and folders into one graph, blank nodes of different files kept apart.
    public static func loadMergedGraph(paths: [String], format: RDFFormat? = nil,
                                       progress: ((LoadProgress) -> Void)? = nil) throws -> Graph {
        let files = try paths.flatMap { try expand($0) }
        if files.count == 1 { return try loadGraph(path: files[0], format: format, progress: progress) }
        var merged = Graph()
        for (index, file) in files.enumerated() {
            let graph = try loadGraph(path: file, format: format) { report in
                var report = report
                // An ESCO download counts its own files.
                if report.format != .esco { (report.index, report.count) = (index, files.count) }
                progress?(report)
            }
            for triple in graph.triples { merged.insert(relabel(triple, file: index)) }
            for (prefix, namespace) in graph.prefixes { merged.declarePrefix(prefix, namespace) }
        }
        return merged
    }

    /// The supported files a path stands for: itself, or the files below a folder (not those in
    /// an `Exports` folder below it, see ``exportFolderName``; each folder once, however many
    /// links lead to it).
    public static func expand(_ path: String) throws -> [String] {
        guard path != "-", let status = FileSystem.status(path), status.isDirectory else { return [path] }
        if ESCOImporter.isDownload(path) { return [path] }
        var visited: Set<FileSystem.Identity> = [status.identity]
        // A snapshot below a folder repeats vocabularies that are there already: only named ones are read.
        return try filesBelow(path, visited: &visited).filter { RDFFormat(path: $0).map { $0 != .snapshot } ?? false }
    }

    /// The `file:` IRI of a path, absolute.
    public static func fileIRI(_ path: String) -> String {
        guard path != "-" else { return "file:///dev/stdin" }
        var absolute = path
        if !path.hasPrefix("/"), let cwd = FileSystem.currentDirectory() {
            absolute = cwd + "/" + path
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        var encoded = "file://"
        for byte in absolute.utf8 {
            if allowed.contains(byte) { encoded.unicodeScalars.append(Unicode.Scalar(byte)) }
            else { encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
        }
        return encoded
    }


    /// The folder `vaktaal export` writes: skipped below a vocabulary folder, so that exports are
    /// not loaded again beside their sources (name it to load it).
    public static let exportFolderName = "Exports"

    /// The files below a folder, in name order. Hidden entries and `Exports` folders are skipped;
    /// a folder reached twice (a link back up, `ln -s .. d/up`, or two links to one place) is
    /// walked once.
    private static func filesBelow(_ directory: String, visited: inout Set<FileSystem.Identity>) throws -> [String] {
        var result: [String] = []
        for name in try FileSystem.names(in: directory) where !name.hasPrefix(".") {
            let path = FileSystem.path(name, in: directory)
            guard let status = FileSystem.status(path) else { continue }
            if status.isDirectory, !ESCOImporter.isDownload(path) {
                guard name != exportFolderName, visited.insert(status.identity).inserted else { continue }
                result += try filesBelow(path, visited: &visited)
            } else {
                result.append(path)
            }
        }
        return result.sorted()
    }

    private static func relabel(_ triple: Triple, file: Int) -> Triple {
        guard triple.hasBlankNode else { return triple }
        func rename(_ term: Term) -> Term {
            if case .blank(let label) = term { return .blank("f\(file)\(label)") }
            return term
        }
        return Triple(rename(triple.subject), triple.predicate, rename(triple.object))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
