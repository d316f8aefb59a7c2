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
        try FileSystem.makeFolder(folder)
        var written: [String] = []
        for (name, format) in files {
            let path = folder + "/" + name
            let output = try OutputFile(path: path)
            try GraphWriter.write(graph, format: format, to: output)
            try output.commit()
            written.append(path)
        }
        let mappings = folder + "/" + mappingFolder
        try FileSystem.makeFolder(mappings)
        let sets = try SSSOMWriter.writeMappingSets(Vocabulary(graph: graph), toDirectory: mappings)
        written += sets
        return (written, try removeStaleMappingFiles(in: mappings, keeping: Set(sets)))
    }

    /// Removes the `*.sssom.tsv` files an earlier export left in `folder` that this one did not
    /// write (mapping sets no longer exported); nothing else is touched.
    /// - Returns: The paths removed.
    private static func removeStaleMappingFiles(in folder: String, keeping written: Set<String>) throws -> [String] {
        var removed: [String] = []
        for name in try FileSystem.names(in: folder) where name.hasSuffix(".sssom.tsv") {
            let path = FileSystem.path(name, in: folder)
            guard !written.contains(path) else { continue }
            try FileSystem.removeFile(path)
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
