public import VaktaalModel

/// Writes a vocabulary's mappings as SSSOM/TSV (<https://mapping-commons.github.io/sssom/>).
///
/// Each SKOS mapping becomes a row with its provenance (confidence, justification, authors,
/// date, comment) and its subject's and object's `prefLabel` as `subject_label` and
/// `object_label`; mapping-set metadata (`dcterms:title`, `dcterms:description`,
/// `sssom:license`, `sssom:subject_source`, …) becomes the YAML metadata block. Output is
/// deterministic: keys and columns in the SSSOM schema's slot order, `curie_map` sorted, rows
/// sorted. Every file passes `sssom validate`; values that would not make ``SSSOMWriteError``.
/// `docs/sssom.md` describes the mapping in full.
public enum SSSOMWriter {
    /// The `mapping_set_id` of a file that holds mappings of several sets, or of none.
    public static let defaultMappingSetID = "https://data.vaktaal.nl/mappings/vaktaal"

    /// How to write.
    public struct Options: Sendable {
        /// The language of the labels and texts chosen where SSSOM takes one: `subject_label`,
        /// `object_label`, a set's title (falling back to English, untagged, any).
        public var language: String
        /// The `mapping_set_id` used when a file holds the mappings of several sets, or of none.
        public var mappingSetID: String

        /// Creates options.
        public init(language: String = "nl", mappingSetID: String = SSSOMWriter.defaultMappingSetID) {
            self.language = language
            self.mappingSetID = mappingSetID
        }
    }

    /// All mappings of a vocabulary in one mapping set.
    ///
    /// When the vocabulary has exactly one mapping set, the file carries its metadata and
    /// `mapping_set_id`; otherwise `options.mappingSetID`, the metadata the sets share, and the
    /// licence they share (else `https://w3id.org/sssom/license/unspecified`).
    /// - Returns: The UTF-8 text.
    /// - Throws: ``SSSOMWriteError``.
    public static func write(_ vocabulary: Vocabulary, options: Options = Options()) throws -> [UInt8] {
        let export = SSSOMExport(vocabulary)
        let iris = export.setIRIs
        return try render(vocabulary, export: export, records: export.records, sets: iris, options: options)
    }

    /// One mapping set of a vocabulary: its metadata and its mappings.
    /// - Parameter mappingSet: The set's IRI.
    /// - Throws: ``SSSOMWriteError``.
    public static func write(_ vocabulary: Vocabulary, mappingSet: String, options: Options = Options()) throws -> [UInt8] {
        let export = SSSOMExport(vocabulary)
        return try render(vocabulary, export: export, records: export.records.filter { $0.set == mappingSet },
                          sets: export.setIRIs.contains(mappingSet) ? [mappingSet] : [], options: Options(language: options.language, mappingSetID: mappingSet))
    }

    /// Writes one file per mapping set into a folder (created when missing), named after the
    /// last part of the set's IRI: `https://data.vaktaal.nl/mappings/metaal-hub` gives
    /// `metaal-hub.sssom.tsv`. Mappings of no set go to a file named after
    /// `options.mappingSetID`. Each file is written atomically.
    /// - Returns: The paths written, in set IRI order.
    /// - Throws: ``SSSOMWriteError`` before anything is written; ``FileError``.
    @discardableResult
    public static func writeMappingSets(_ vocabulary: Vocabulary, toDirectory directory: String,
                                        options: Options = Options()) throws -> [String] {
        let export = SSSOMExport(vocabulary)
        var files: [(name: String, bytes: [UInt8])] = []
        var names: Set<String> = []
        func add(_ iri: String, records: [SSSOMRecord], sets: [String]) throws {
            let bytes = try render(vocabulary, export: export, records: records, sets: sets,
                                   options: Options(language: options.language, mappingSetID: iri))
            var name = fileName(iri)
            var counter = 1
            while !names.insert(name).inserted {
                counter += 1
                name = fileName(iri) + "-\(counter)"
            }
            files.append((name + ".sssom.tsv", bytes))
        }
        for iri in export.setIRIs { try add(iri, records: export.records.filter { $0.set == iri }, sets: [iri]) }
        let loose = export.records.filter { $0.set.map { export.setIRIs.contains($0) } != true }
        if !loose.isEmpty { try add(options.mappingSetID, records: loose, sets: []) }
        try FileSystem.makeFolder(directory)
        var paths: [String] = []
        for file in files {
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            let output = try OutputFile(path: path)
            try file.bytes.withUnsafeBytes { try output.write($0) }
            try output.commit()
            paths.append(path)
        }
        return paths
    }

    private static func render(_ vocabulary: Vocabulary, export: SSSOMExport, records: [SSSOMRecord],
                               sets: [String], options: Options) throws -> [UInt8] {
        let headers = sets.compactMap { export.sets[$0] }
        var document = SSSOMDocument(records: records, sets: headers, extensions: sets.map { export.extensions[$0] ?? [] },
                                     mappingSetID: options.mappingSetID)
        document.complete { iri in
            vocabulary.concept(iri)?.labels[.preferred]?.best(for: options.language)?.value
        }
        return try document.render(language: options.language, declared: vocabulary.prefixes)
    }

    /// The last non-empty part of an IRI's path or fragment, with unusual characters replaced.
    static func fileName(_ iri: String) -> String {
        let part = iri.split(whereSeparator: { $0 == "/" || $0 == "#" || $0 == ":" }).last.map(String.init) ?? "mappings"
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let name = String(part.map { allowed.contains($0) ? $0 : "_" })
        return name.hasPrefix(".") || name.isEmpty ? "mappings" + name : name
    }

}
