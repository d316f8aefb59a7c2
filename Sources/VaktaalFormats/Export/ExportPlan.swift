#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import VaktaalModel

/// Which files an export writes, and in which format.
package enum ExportPlan {
    /// The files of the whole set, by format.
    package static let files: [(name: String, format: RDFFormat)] = [
        ("vaktaal.rdf", .rdfxml),
        ("vaktaal.nt", .ntriples),
        ("vaktaal.ttl", .turtle),
        ("vaktaal.json", .json),
        ("vaktaal.ndjson", .ndjson),
        ("vaktaal.csv", .csv),
    ]

    /// The folder, inside the export folder, with one SSSOM/TSV file per mapping set.
    package static let mappingFolder = "mappings"

    package static var fileNames: [String] { files.map(\.name) + [mappingFolder + "/*.sssom.tsv"] }

    /// `Exports` beside the vocabulary folder: the first path when it is a folder, else the folder
    /// the file is in (`Vocabularies/hub.rdf` and `Vocabularies` both give `Exports`; a file in
    /// the current folder gives `Exports` there).
    package static func defaultFolder(for paths: [String]) -> String {
        guard let first = paths.first?.trimmingSuffix("/") else { return exportFolder }
        let folder = FileSystem.isDirectory(first) ? first : (first.lastIndex(of: "/").map { String(first[..<$0]) } ?? ".")
        guard !folder.hasSuffix(".."), let slash = folder.lastIndex(of: "/") else { return exportFolder }
        return String(folder[...slash]) + exportFolder
    }

    package static let exportFolder = VocabularyLoader.exportFolderName

    /// Writes every export file into `folder`, creating it when needed, and removes mapping files
    /// of an earlier export whose mapping sets are no longer in the graph.
    /// - Returns: The paths written and the paths removed.
    package static func write(_ graph: Graph, to folder: String) throws -> (written: [String], removed: [String]) {
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
        let sets = try SSSOMWriter.writeMappingSets(Vocabulary(graph: graph), toDirectory: mappings)
        written += sets
        return (written, try removeStaleMappingFiles(in: mappings, keeping: Set(sets)))
    }

    /// Removes the `*.sssom.tsv` files an earlier export left in `folder` that this one did not
    /// write (mapping sets no longer exported); nothing else is touched.
    /// - Returns: The paths removed.
    private static func removeStaleMappingFiles(in folder: String, keeping written: Set<String>) throws -> [String] {
        guard let handle = opendir(folder) else {
            throw FileError.unreadable(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(handle) }
        var removed: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let path = folder + "/" + name
            guard name.hasSuffix(".sssom.tsv"), !written.contains(path) else { continue }
            guard unlink(path) == 0 else { throw FileError.unwritable(path: path, reason: String(cString: strerror(errno))) }
            removed.append(path)
        }
        return removed.sorted()
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
