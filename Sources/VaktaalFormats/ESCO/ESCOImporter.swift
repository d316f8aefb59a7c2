public import VaktaalModel

/// Imports the official ESCO CSV download (a folder such as `v1.1.1/` with `en/`, `nl/` and
/// `relations/` inside, one language folder, or a single file of it) as one RDF graph: ESCO's IRIs
/// kept, labels and texts tagged with the language of their file, so that several language
/// folders merge into one multilingual vocabulary. docs/esco.md lists the triples each column gives.
///
/// Each file is placed by its columns, not its name (``ESCOPlacement``), so the downloads of
/// releases v1.0 to v1.2 import alike; a CSV file that cannot be placed is skipped with a warning.
public enum ESCOImporter {
    /// Whether `path` is a folder of the download: it, or a folder directly inside it, holds a
    /// `skills_<lang>.csv` or `occupations_<lang>.csv`.
    public static func isDownload(_ path: String) -> Bool {
        ESCOFolder.isDownload(path)
    }

    /// The ESCO files at `path` (a file, or a folder and the folders directly inside it), in the
    /// order they are read, and the warnings about files skipped or imported in part.
    /// - Throws: ``FileError`` when a folder cannot be read; ``ParseError`` for a single file that
    ///   cannot be placed, or a folder without any file to import.
    package static func files(at path: String) throws -> ESCOFileSurvey {
        try ESCOFileSurvey(path: path)
    }

    /// Imports the download at `path` into one graph.
    /// - Parameters:
    ///   - path: A folder of the download, or one file of it.
    ///   - progress: Called with each warning first (a report with ``LoadProgress/warning`` set,
    ///     naming the file: a file skipped, columns not imported), then as each file is read. The
    ///     library draws and prints nothing itself.
    /// - Throws: ``ParseError`` with the file, line and column of a malformed row or a missing
    ///   column; ``FileError``.
    public static func importGraph(path: String, progress: ((LoadProgress) -> Void)? = nil) throws -> Graph {
        Graph(try importStore(path: path, progress: progress))
    }

    /// Imports the download at `path` into a triple store, straight from the files' bytes: the
    /// files read on two threads, merged in the order ``ESCOFileSurvey`` gives them, so the
    /// store is the same whichever thread reads which file. Triples that several files state are
    /// kept as often as stated (see ``TripleStore``). Parameters and errors as
    /// ``importGraph(path:progress:)``.
    package static func importStore(path: String, progress: ((LoadProgress) -> Void)? = nil) throws -> TripleStore {
        let survey = try files(at: path)
        let files = survey.files
        for warning in survey.warnings {
            progress?(LoadProgress(file: warning.location.file, index: 0, count: files.count, format: .esco, warning: warning))
        }
        var store = TripleStore()
        for (prefix, namespace) in ESCOGraphBuilder.prefixes { store.declarePrefix(prefix, namespace) }
        let queue = ESCOFileQueue(files, threads: 2) { try read($0) }
        for (index, file) in files.enumerated() {
            progress?(LoadProgress(file: file.path, index: index, count: files.count, format: .esco))
            store.append(try queue.triples(index))
        }
        return store
    }

    /// Imports the download at `path` as a vocabulary.
    public static func importVocabulary(path: String, progress: ((LoadProgress) -> Void)? = nil) throws -> Vocabulary {
        Vocabulary(graph: try importGraph(path: path, progress: progress))
    }

    /// The triples of one file, in row order.
    private static func read(_ file: ESCOFile) throws -> TripleStore {
        let reader = CSVReader(bytes: try InputFile.read(file.path), file: file.path)
        var builder = ESCOGraphBuilder(language: file.language)
        switch file.kind {
        case .concepts, .collection:
            var table = ESCOConceptTable(file: file, reader: reader)
            try table.read(into: &builder)
        case .skillsHierarchy:
            var table = ESCOHierarchyTable(file: file, reader: reader)
            try table.read(into: &builder)
        case .broaderRelations, .occupationSkillRelations, .skillSkillRelations:
            var table = ESCORelationTable(file: file, reader: reader)
            try table.read(into: &builder)
        }
        return builder.store
    }
}
