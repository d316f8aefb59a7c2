/// The files of an ESCO download at a path, placed by their columns (``ESCOPlacement``) and in
/// the order they are read, with a warning for each file that is skipped or imported in part.
package struct ESCOFileSurvey: Sendable {
    /// The files to import, in the order they are read.
    package private(set) var files: [ESCOFile] = []
    /// What the import should tell about the files: skipped ones, columns not imported.
    package private(set) var warnings: [LoadWarning] = []

    /// Surveys a folder of the download (and the folders directly inside it), or one file of it.
    /// Files that are not CSV (notes, licences) are passed over; CSV files that cannot be placed are
    /// skipped with a warning, except a single file asked for by name.
    /// - Throws: ``FileError`` when a folder or file cannot be read; ``ParseError`` for a single file
    ///   that cannot be placed, or a folder with no file to import.
    package init(path: String) throws {
        let isFolder = FileSystem.isDirectory(path)
        for file in isFolder ? try ESCOFolder.csvFiles(below: path) : [path] {
            try survey(file, refuseUnplaced: !isFolder)
        }
        if files.isEmpty {
            throw ParseError(format: "ESCO CSV", location: SourceLocation(file: path),
                             message: "no file of the ESCO CSV download here; expected skills_en.csv, occupations_en.csv, … (docs/esco.md)")
        }
        files.sort { ($0.rank, $0.language ?? "", $0.path) < ($1.rank, $1.language ?? "", $1.path) }
    }

    private mutating func survey(_ path: String, refuseUnplaced: Bool) throws {
        let placement: ESCOPlacement
        let header: [String]
        do {
            header = try ESCOHeader.read(path)
            placement = header.isEmpty ? .skip("the file is empty; skipped") : ESCOPlacement(header: header)
        } catch let error as ParseError {
            try skip(path, "its first line is not CSV (\(error.message)); skipped", refuse: refuseUnplaced)
            return
        }
        switch placement {
        case .read(let kind):
            let file = ESCOFile(path: path, kind: kind)
            files.append(file)
            warnings += file.warnings(header: header)
        case .skip(let reason):
            try skip(path, reason, refuse: refuseUnplaced)
        case .unknown:
            let shown = header.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (header.count > 8 ? ", …" : "")
            try skip(path, "Vaktaal cannot place this file by its columns (\(shown)): it has none of conceptUri, "
                     + "conceptSchemeUri, Level 0 URI, broaderUri, occupationUri or originalSkillUri (docs/esco.md); skipped",
                     refuse: refuseUnplaced)
        }
    }

    private mutating func skip(_ path: String, _ message: String, refuse: Bool) throws {
        let location = SourceLocation(file: path, line: 1)
        if refuse {
            throw ParseError(format: "ESCO CSV", location: location, message: message.replacingSuffix("; skipped", with: ""))
        }
        warnings.append(LoadWarning(format: "ESCO CSV", location: location, message: message))
    }
}

private extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
