#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import VaktaalModel

/// Imports the official ESCO CSV download (a folder such as `v1.1.1/` with `en/`, `nl/` and
/// `relations/` inside, one language folder, or a single file of it) as one RDF graph: ESCO's IRIs
/// kept, labels and texts tagged with the language of their file, so that several language
/// folders merge into one multilingual vocabulary. docs/esco.md lists the triples each column gives.
public enum ESCOImporter {
    /// Whether `path` is a folder of the ESCO download: it, or a folder directly inside it, holds a
    /// `skills_<lang>.csv` or `occupations_<lang>.csv`.
    public static func isDownload(_ path: String) -> Bool {
        guard isDirectory(path), let entries = try? list(path) else { return false }
        for entry in entries {
            if isPillarFile(entry) { return true }
            if isDirectory(entry), let inner = try? list(entry), inner.contains(where: isPillarFile) { return true }
        }
        return false
    }

    /// The ESCO files at `path` (a file, or a folder and the folders directly inside it), in the
    /// order they are read. Files that are not CSV (notes, licences) are passed over.
    /// - Throws: ``FileError`` when a folder cannot be read; ``ParseError`` for a CSV file that is
    ///   not one of the download's, or a folder without any.
    package static func files(at path: String) throws -> [ESCOFile] {
        let paths = isDirectory(path) ? try csvFiles(below: path) : [path]
        let files = try paths.map { path in
            guard let file = ESCOFile(path: path) else {
                throw ParseError(format: "ESCO CSV", location: SourceLocation(file: path),
                                 message: "not a file of the ESCO CSV download; expected names such as skills_en.csv, occupations_nl.csv, broaderRelationsSkillPillar.csv (docs/esco.md)")
            }
            return file
        }
        if files.isEmpty {
            throw ParseError(format: "ESCO CSV", location: SourceLocation(file: path),
                             message: "no file of the ESCO CSV download here; expected skills_en.csv, occupations_en.csv, … (docs/esco.md)")
        }
        return files.sorted { ($0.kind.rank, $0.language ?? "", $0.path) < ($1.kind.rank, $1.language ?? "", $1.path) }
    }

    /// Imports the download at `path` into one graph.
    /// - Parameters:
    ///   - path: A folder of the download, or one file of it.
    ///   - progress: Called as each file is read (the library draws nothing itself).
    /// - Throws: ``ParseError`` with the file, line and column of a malformed row; ``FileError``.
    public static func importGraph(path: String, progress: ((LoadProgress) -> Void)? = nil) throws -> Graph {
        let files = try files(at: path)
        var graph = Graph()
        for (prefix, namespace) in ESCOGraphBuilder.prefixes { graph.declarePrefix(prefix, namespace) }
        let queue = ESCOFileQueue(files) { try read($0) }
        for (index, file) in files.enumerated() {
            progress?(LoadProgress(file: file.path, index: index, count: files.count, format: .esco))
            for triple in try queue.triples(index) { graph.insert(triple) }
        }
        return graph
    }

    /// Imports the download at `path` as a vocabulary.
    public static func importVocabulary(path: String, progress: ((LoadProgress) -> Void)? = nil) throws -> Vocabulary {
        Vocabulary(graph: try importGraph(path: path, progress: progress))
    }

    /// The triples of one file, in row order.
    private static func read(_ file: ESCOFile) throws -> [Triple] {
        let reader = CSVReader(bytes: try InputFile.read(file.path), file: file.path)
        var builder = ESCOGraphBuilder()
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
        return builder.triples
    }

    // MARK: Folders

    private static func isPillarFile(_ path: String) -> Bool {
        guard let file = ESCOFile(path: path), case .concepts(let table) = file.kind else { return false }
        return table == "skills" || table == "occupations"
    }

    private static func csvFiles(below folder: String) throws -> [String] {
        var result: [String] = []
        for entry in try list(folder) {
            if isDirectory(entry) {
                result += try list(entry).filter { !isDirectory($0) && $0.lowercased().hasSuffix(".csv") }
            } else if entry.lowercased().hasSuffix(".csv") {
                result.append(entry)
            }
        }
        return result.sorted()
    }

    /// The entries of a folder (not hidden ones), as paths.
    private static func list(_ folder: String) throws -> [String] {
        guard let handle = opendir(folder) else {
            throw FileError.unreadable(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(handle) }
        var result: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") { continue }
            result.append(folder.hasSuffix("/") ? folder + name : folder + "/" + name)
        }
        return result.sorted()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
