import HTTPTypes
import VaktaalFormats
import VaktaalModel

/// `GET /diff` and `POST /diff`: upload two versions of a vocabulary (any supported format, told
/// by the file name's extension) and see `vaktaal diff --format markdown` rendered. The files go
/// to a private temporary folder for the loader and are removed at once.
struct DiffView {
    let language: PageLanguage

    /// The largest upload accepted, both files together.
    static let maximumUpload = 32 << 20

    func form() -> String {
        """
        <h1>\(language.text(.diff))</h1>
        <form class="diff" action="/diff\(language.parameter.map { "?lang=" + $0 } ?? "")" method="post" enctype="multipart/form-data">
        <label for="old">\(language.text(.oldVersion))</label>
        <input type="file" id="old" name="old" required>
        <label for="new">\(language.text(.newVersion))</label>
        <input type="file" id="new" name="new" required>
        <p class="hint">\(language.text(.diffHint))</p>
        <button type="submit">\(language.text(.compare))</button>
        </form>
        """
    }

    /// The diff of the two uploaded files as HTML.
    /// - Throws: ``Problem`` when a file is missing, of an unknown format or cannot be read.
    func compare(_ form: MultipartForm) throws(Problem) -> String {
        guard let old = form.file("old"), let new = form.file("new"), !old.bytes.isEmpty, !new.bytes.isEmpty else {
            throw .badRequest("upload two files: the old version and the new version")
        }
        let oldName = try Self.fileName(old), newName = try Self.fileName(new)
        // The loader reads files by path; TemporaryFolder, unlike OutputFile, installs no signal
        // handler that would end the server at the next SIGTERM instead of a graceful stop.
        let folder: TemporaryFolder, oldFile: String, newFile: String
        do {
            folder = try TemporaryFolder(prefix: "vaktaal-diff")
            (oldFile, newFile) = (try folder.write(old.bytes, name: "old-" + oldName), try folder.write(new.bytes, name: "new-" + newName))
        } catch {
            throw Problem(status: .internalServerError, detail: "the server could not store the upload")
        }
        defer { folder.remove() }
        let loaded: (CompactVocabulary, CompactVocabulary)
        do {
            loaded = (try VocabularyLoader.loadCompactVocabulary(paths: [oldFile]),
                      try VocabularyLoader.loadCompactVocabulary(paths: [newFile]))
        } catch {
            throw .badRequest("a file cannot be read: " + Self.shortened(String(describing: error), folder: folder.path))
        }
        let diff = VocabularyDiff(old: loaded.0, new: loaded.1, options: DiffOptions(), others: nil)
        let markdown = DiffRenderer(diff: diff, style: DiffMarkdownStyle(), old: oldName, new: newName).render(summaryOnly: false)
        return "<section id=\"results\" class=\"diff-report\" tabindex=\"-1\">\n" + MarkdownHTML.render(markdown) + "\n</section>"
    }

    /// The upload's file name, if its extension names a format Vaktaal reads.
    private static func fileName(_ part: MultipartForm.Part) throws(Problem) -> String {
        let name = String((part.fileName ?? "").split(separator: "/").last ?? "").split(separator: "\\").last.map(String.init) ?? ""
        let safe = String(name.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) })
        guard !safe.isEmpty, safe.count <= 100, RDFFormat(path: safe) != nil, RDFFormat(path: safe) != .esco, RDFFormat(path: safe) != .snapshot else {
            throw .badRequest("the file '\(name.prefix(100))' has no extension Vaktaal reads (.rdf, .xml, .nt, .ttl, .json, .ndjson, .csv, .tsv)")
        }
        return safe
    }

    /// An error message without the temporary folder's path.
    private static func shortened(_ message: String, folder: String) -> String {
        let text = message.split(separator: folder + "/", omittingEmptySubsequences: false).joined()
        return text.count > 500 ? String(text.prefix(500)) + "…" : text
    }
}
