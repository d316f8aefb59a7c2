#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats
import VaktaalModel

/// Which files an export writes, and in which format.
enum ExportPlan {
    /// The files of the whole set, by format.
    static let files: [(name: String, format: RDFFormat)] = [
        ("vaktaal.rdf", .rdfxml),
        ("vaktaal.nt", .ntriples),
        ("vaktaal.ttl", .turtle),
        ("vaktaal.json", .json),
        ("vaktaal.ndjson", .ndjson),
        ("vaktaal.csv", .csv),
    ]

    /// The folder, inside the export folder, with one SSSOM/TSV file per mapping set.
    static let mappingFolder = "mappings"

    static var fileNames: [String] { files.map(\.name) + [mappingFolder + "/*.sssom.tsv"] }

    /// `Exports` beside the vocabulary folder.
    static func defaultFolder(for paths: [String]) -> String {
        guard let first = paths.first, let slash = first.trimmingSuffix("/").lastIndex(of: "/") else { return "Exports" }
        return String(first[...slash]) + "Exports"
    }

    /// Writes every export file into `folder`, creating it when needed.
    /// - Returns: The paths written.
    static func write(_ graph: Graph, to folder: String) throws -> [String] {
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw FileError.unwritable(path: folder, reason: String(cString: strerror(errno)))
        }
        var written: [String] = []
        for (name, format) in files {
            let path = folder + "/" + name
            let output = try OutputFile(path: path)
            try GraphWriter.write(graph, format: format, to: output)
            try output.commit()
            written.append(path)
        }
        let mappings = folder + "/" + mappingFolder
        if mkdir(mappings, 0o755) != 0 && errno != EEXIST {
            throw FileError.unwritable(path: mappings, reason: String(cString: strerror(errno)))
        }
        written += try SSSOMWriter.writeMappingSets(Vocabulary(graph: graph), toDirectory: mappings)
        return written
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
