/// The folders of an ESCO download: which CSV files they hold, and whether a folder is one.
enum ESCOFolder {
    /// Whether `path` is a folder of the download: it, or a folder directly inside it, holds a
    /// `skills_<lang>.csv` or `occupations_<lang>.csv` (every release from v1.0 to v1.2 has both).
    /// Told by the names alone, so that telling formats apart reads no file.
    static func isDownload(_ path: String) -> Bool {
        guard FileSystem.isDirectory(path), let entries = try? list(path) else { return false }
        for entry in entries {
            if isPillarFile(entry) { return true }
            if FileSystem.isDirectory(entry), let inner = try? list(entry), inner.contains(where: isPillarFile) { return true }
        }
        return false
    }

    /// The CSV files in `folder` and the folders directly inside it, in name order.
    /// - Throws: ``FileError`` when a folder cannot be read.
    static func csvFiles(below folder: String) throws -> [String] {
        var result: [String] = []
        for entry in try list(folder) {
            if FileSystem.isDirectory(entry) {
                result += try list(entry).filter { !FileSystem.isDirectory($0) && $0.lowercased().hasSuffix(".csv") }
            } else if entry.lowercased().hasSuffix(".csv") {
                result.append(entry)
            }
        }
        return result.sorted()
    }

    private static func isPillarFile(_ path: String) -> Bool {
        let name = ESCOFile.name(of: path)
        guard name.lowercased().hasSuffix(".csv") else { return false }
        let (table, language) = ESCOFile.splitLanguage(String(name.dropLast(4)))
        return language != nil && (table == "skills" || table == "occupations")
    }

    /// The entries of a folder (not hidden ones), as paths, in name order.
    private static func list(_ folder: String) throws -> [String] {
        try FileSystem.names(in: folder).filter { !$0.hasPrefix(".") }.map { FileSystem.path($0, in: folder) }
    }
}
