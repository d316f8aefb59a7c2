#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import VaktaalModel

/// Merges reviewed mappings into the mapping set files of a folder (`Vocabularies/mappings/`),
/// each into the file of its pair of schemes, with provenance, atomically.
///
/// A mapping goes into the file whose mappings (or whose `subject_source` and `object_source`)
/// run between the same two schemes; when that file runs the other way, the mapping is written
/// inverted (broad ↔ narrow). Where no file fits, `<source>-<target>.rdf` is created with a new
/// mapping set. Each mapping is written as the files are laid out by hand: the plain SKOS triple
/// in an `rdf:Description` before the `sssom:MappingSet`, and an `owl:Axiom` with
/// `mapping_justification` `semapv:ManualMappingCuration`, confidence, author, date and comment
/// at the end of the set; the rest of the file is left as it is. The new text is read back and
/// checked before it replaces the file (temporary file, then rename). A mapping the file already
/// holds (same subject, relation and object) is not added again, so a second merge changes
/// nothing.
public enum MappingSetMerger {
    /// What happened to one file.
    public struct Change: Sendable, Equatable {
        /// The file.
        public var path: String
        /// Mappings added.
        public var added: Int
        /// Mappings the file already held.
        public var present: Int
        /// Whether the file was created.
        public var created: Bool

        /// Creates a change.
        public init(path: String, added: Int, present: Int, created: Bool) {
            self.path = path
            self.added = added
            self.present = present
            self.created = created
        }
    }

    /// The provenance written with every merged mapping.
    public struct Provenance: Sendable {
        /// The author when a row names none (`author_id`).
        public var author: String?
        /// The date, `YYYY-MM-DD`.
        public var date: String
        /// The confidence when a row gives none.
        public var confidence: Double

        /// Creates provenance.
        public init(author: String?, date: String, confidence: Double = 0.8) {
            self.author = author
            self.date = date
            self.confidence = confidence
        }
    }

    /// A mapping with no author, and none given.
    public struct MissingAuthor: Error, Equatable, CustomStringConvertible {
        /// The mapping, `subject predicate object`.
        public var mapping: String
        public var description: String { "no author for \(mapping): fill in author_id or give an author" }
    }

    /// Merges mappings into the files of `directory`.
    /// - Parameters:
    ///   - mappings: The reviewed mappings.
    ///   - directory: The folder of mapping set files (`*.rdf`).
    ///   - vocabulary: The schemes, to tell which scheme a concept is in.
    ///   - objectLabels: Labels of targets that are not loaded (ESCO skills), written as
    ///     `sssom:object_label` where the file's other mappings carry one.
    ///   - provenance: Author, date and default confidence.
    /// - Returns: One change per file touched, in path order.
    /// - Throws: ``MissingAuthor`` before anything is written; ``FileError``, ``ParseError``.
    public static func merge(_ mappings: [Mapping], into directory: String, vocabulary: Vocabulary,
                             objectLabels: [String: String] = [:], provenance: Provenance) throws -> [Change] {
        let keys = SchemeKeys(vocabulary)
        var files = try MappingSetFile.all(in: directory, keys: keys)
        var plans: [String: [Mapping]] = [:]
        for var mapping in mappings {
            let authors = mapping.authors.isEmpty ? provenance.author.map { [$0] } ?? [] : mapping.authors
            guard !authors.isEmpty else { throw MissingAuthor(mapping: "\(mapping.subject) \(mapping.type.rawValue) \(mapping.object)") }
            mapping.authors = authors
            mapping.justification = Namespace.semapv + "ManualMappingCuration"
            mapping.date = Literal(provenance.date, datatype: Namespace.xsd + "date")
            if mapping.confidence == nil { mapping.confidence = provenance.confidence }
            let pair = (keys.key(mapping.subject), keys.key(mapping.object))
            if let file = files.first(where: { $0.pair == pair }) {
                plans[file.path, default: []].append(mapping)
            } else if let file = files.first(where: { $0.pair == (pair.1, pair.0) }) {
                var inverted = mapping
                (inverted.subject, inverted.object, inverted.type) = (mapping.object, mapping.subject, mapping.type.inverse)
                plans[file.path, default: []].append(inverted)
            } else {
                let file = MappingSetFile.new(in: directory, pair: pair)
                files.append(file)
                plans[file.path, default: []].append(mapping)
            }
        }
        var changes: [Change] = []
        for path in plans.keys.sorted() {
            let file = files.first { $0.path == path }!
            changes.append(try file.merge(plans[path]!, objectLabels: objectLabels))
        }
        return changes
    }

    /// Today's date (UTC) as `YYYY-MM-DD`.
    public static func today() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}

/// Which scheme a concept belongs to, as mapping set files are told apart: its loaded scheme,
/// `esco` for ESCO, else its namespace.
struct SchemeKeys {
    let schemeOf: [String: String]

    init(_ vocabulary: Vocabulary) {
        var schemeOf: [String: String] = [:]
        for concept in vocabulary.concepts {
            if let scheme = vocabulary.schemes(of: concept).sorted().first { schemeOf[concept.iri] = Self.normalized(scheme) }
        }
        self.schemeOf = schemeOf
    }

    func key(_ iri: String) -> String {
        if let scheme = schemeOf[iri] { return scheme }
        if iri.hasPrefix("http://data.europa.eu/esco/") { return "esco" }
        return iri.lastIndex(of: "/").map { String(iri[...$0]) } ?? iri
    }

    /// ESCO's schemes all count as `esco`.
    static func normalized(_ scheme: String) -> String {
        scheme.hasPrefix("http://data.europa.eu/esco/") ? "esco" : scheme
    }
}
