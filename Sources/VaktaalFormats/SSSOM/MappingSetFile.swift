#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalModel

/// One mapping set file in RDF/XML, as ``MappingSetMerger`` sees it: its set, the pair of
/// schemes it maps between, and the mappings it holds.
struct MappingSetFile {
    let path: String
    /// The mapping set IRI.
    let set: String
    /// The schemes mapped from and to (see ``SchemeKeys``).
    let pair: (String, String)
    /// The file's text; empty for a file still to be created.
    let text: String
    /// The mappings held, as `subject type object`.
    let held: Set<String>
    /// Whether the file's mappings carry `sssom:object_label`.
    let labelsObjects: Bool

    /// The mapping set files of a folder (`*.rdf`), in name order.
    static func all(in directory: String, keys: SchemeKeys) throws -> [MappingSetFile] {
        try VocabularyLoader.expand(directory).filter { $0.hasSuffix(".rdf") }.sorted().compactMap { try read($0, keys: keys) }
    }

    /// A file that holds a mapping set; nil when it holds none.
    static func read(_ path: String, keys: SchemeKeys) throws -> MappingSetFile? {
        let bytes = try InputFile.read(path)
        let vocabulary = Vocabulary(graph: try RDFXMLReader.read(bytes, file: path, base: VocabularyLoader.fileIRI(path)))
        let sets = vocabulary.extraTriples.filter { $0.predicate == Namespace.rdf + "type" && $0.object == .iri(Namespace.sssom + "MappingSet") }
        guard let set = sets.first?.subject.iriValue else { return nil }
        func source(_ slot: String) -> String? {
            vocabulary.extraTriples.first { $0.subject == .iri(set) && $0.predicate == Namespace.sssom + slot }?.object.iriValue
                .map(SchemeKeys.normalized)
        }
        var counts: [String: (pair: (String, String), count: Int)] = [:]
        for mapping in vocabulary.mappings {
            let pair = (keys.key(mapping.subject), keys.key(mapping.object))
            counts[pair.0 + " " + pair.1, default: (pair, 0)].count += 1
        }
        let common = counts.values.max { $0.count < $1.count }?.pair
        guard let pair = source("subject_source").flatMap({ subject in source("object_source").map { (subject, $0) } }) ?? common else { return nil }
        return MappingSetFile(path: path, set: set, pair: pair, text: String(decoding: bytes, as: UTF8.self),
                              held: Set(vocabulary.mappings.map { "\($0.subject) \($0.type.rawValue) \($0.object)" }),
                              labelsObjects: vocabulary.extraTriples.contains { $0.predicate == Namespace.sssom + "object_label" })
    }

    /// A file still to be created for a pair of schemes: `<source>-<target>.rdf`.
    static func new(in directory: String, pair: (String, String)) -> MappingSetFile {
        let name = SchemeName.shortName(of: pair.0) + "-" + SchemeName.shortName(of: pair.1)
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        return MappingSetFile(path: folder + name + ".rdf", set: "https://data.vaktaal.nl/mappings/" + name, pair: pair, text: "",
                              held: [], labelsObjects: pair.1 == "esco")
    }

    /// Adds the mappings the file does not hold yet, and replaces the file atomically.
    func merge(_ mappings: [Mapping], objectLabels: [String: String]) throws -> MappingSetMerger.Change {
        var seen = held
        let new = mappings.filter { seen.insert("\($0.subject) \($0.type.rawValue) \($0.object)").inserted }
        let change = MappingSetMerger.Change(path: path, added: new.count, present: mappings.count - new.count, created: text.isEmpty)
        guard !new.isEmpty else { return change }
        let layout = MappingSetLayout(set: set, labelsObjects: labelsObjects, objectLabels: objectLabels)
        guard let merged = text.isEmpty ? layout.document(new, pair: pair) : layout.inserting(new, into: text) else {
            try rewrite(adding: new)
            return change
        }
        let bytes = Array(merged.utf8)
        // Read back: every mapping must be there, with its provenance, before the file is replaced.
        let check = Vocabulary(graph: try RDFXMLReader.read(bytes, file: path, base: VocabularyLoader.fileIRI(path)))
        let found = Set(check.mappings.filter { $0.annotation != nil && $0.mappingSet == set }.map { "\($0.subject) \($0.type.rawValue) \($0.object)" })
        for mapping in new where !found.contains("\(mapping.subject) \(mapping.type.rawValue) \(mapping.object)") {
            throw FileError.unwritable(path: path, reason: "the merged file does not read back with \(mapping.subject) \(mapping.type.rawValue) \(mapping.object)")
        }
        let output = try OutputFile(path: path)
        try bytes.withUnsafeBytes { try output.write($0) }
        try output.commit()
        return change
    }

    /// For a file not laid out by hand: the whole graph with the mappings added, written anew.
    private func rewrite(adding mappings: [Mapping]) throws {
        var vocabulary = Vocabulary(graph: try RDFXMLReader.read(Array(text.utf8), file: path, base: VocabularyLoader.fileIRI(path)))
        for (number, var mapping) in mappings.enumerated() {
            mapping.mappingSet = set
            mapping.annotation = .blank("accepted\(number)")
            vocabulary.mappings.append(mapping)
        }
        let output = try OutputFile(path: path)
        try RDFXMLWriter.write(vocabulary.graph(), to: output)
        try output.commit()
    }
}
