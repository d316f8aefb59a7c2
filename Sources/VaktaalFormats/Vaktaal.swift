#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import Synchronization
public import SystemPackage
public import VaktaalModel

/// Vocabularies loaded once, ready to look up, translate, show, validate and compare: the entry
/// point for Swift programs.
///
/// ```swift
/// let vaktaal = try Vaktaal.load("Vocabularies")
/// let found = try vaktaal.lookup("hardsoldern")           // typos and all
/// let answers = try vaktaal.translate("storing zoeken aan een koelinstallatie",
///                                     from: "installatietechniek", to: "metaal")
/// ```
///
/// Loading reads every supported file below the paths given (RDF/XML, N-Triples, Turtle, JSKOS,
/// SSSOM, spreadsheets, an ESCO CSV download). The lookup index and the translator are built on
/// first use and then shared; a `Vaktaal` may be used from any number of tasks at once. Nothing
/// process-wide is changed, with one exception inherited from libxml2: reading RDF/XML installs an
/// external-entity loader for the whole process that refuses every external entity (see
/// ``RDFXMLReader``).
public final class Vaktaal: Sendable {
    /// The version of this library and of the `vaktaal` command (semantic versioning; the one
    /// place it is written).
    public static let version = "0.2.0"

    /// Everything loaded.
    public let vocabulary: Vocabulary
    /// The language needs are matched in.
    public let language: String
    private let lookupIndex = Mutex<LookupIndex?>(nil)
    private let translator = Mutex<Translator?>(nil)

    /// Wraps a vocabulary already in memory.
    /// - Parameters:
    ///   - vocabulary: The vocabulary.
    ///   - language: The language training needs are phrased in (labels and definitions in it
    ///     are matched; default Dutch).
    public init(_ vocabulary: Vocabulary, language: String = "nl") {
        self.vocabulary = vocabulary
        self.language = language
    }

    /// Loads files and folders (every supported file below a folder, in name order), or one
    /// snapshot written by `vaktaal snapshot` or ``SnapshotFile/write(_:to:)``.
    /// - Parameters:
    ///   - paths: Files and folders, such as `"Vocabularies"`.
    ///   - language: The language training needs are phrased in.
    ///   - progress: Called before each file is read; nothing is drawn otherwise.
    /// - Throws: ``ParseError`` (file, line, column and what was expected) or ``FileError``.
    public static func load(_ paths: [String], language: String = "nl",
                            progress: ((LoadProgress) -> Void)? = nil) throws -> Vaktaal {
        if paths.count == 1, SnapshotFile.isSnapshot(paths[0]) { return try Vaktaal(try SnapshotFile.read(paths[0], checkingAll: true), language: language) }
        return Vaktaal(try VocabularyLoader.loadVocabulary(paths: paths, progress: progress), language: language)
    }

    /// Wraps a snapshot (see ``SnapshotFile``): its lookup index is used as it is.
    /// - Throws: ``SnapshotError`` when a section of it is malformed.
    public convenience init(_ snapshot: VocabularySnapshot, language: String = "nl") throws(SnapshotError) {
        self.init(Vocabulary(try snapshot.vocabulary()), language: language)
        let index = try snapshot.lookupIndex()
        lookupIndex.withLock { $0 = index }
    }

    /// Loads files and folders; see ``load(_:language:progress:)-([String],_,_)``.
    public static func load(_ paths: String..., language: String = "nl") throws -> Vaktaal {
        try load(paths, language: language)
    }

    /// Loads files and folders given as file URLs; see ``load(_:language:progress:)-([String],_,_)``.
    public static func load(_ urls: [URL], language: String = "nl",
                            progress: ((LoadProgress) -> Void)? = nil) throws -> Vaktaal {
        try load(urls.map(\.path), language: language, progress: progress)
    }

    /// Loads files and folders given as `FilePath`s; see ``load(_:language:progress:)-([String],_,_)``.
    public static func load(_ paths: [FilePath], language: String = "nl",
                            progress: ((LoadProgress) -> Void)? = nil) throws -> Vaktaal {
        try load(paths.map { $0.string }, language: language, progress: progress)
    }

    /// Finds concepts by their labels in every language and scheme: typos, diacritics, word order,
    /// compounds and prefixes are tolerated.
    /// - Parameters:
    ///   - query: What the user typed.
    ///   - scheme: Only concepts of this scheme (IRI, short name such as `metaal`, or name).
    ///   - language: Only labels in this language.
    ///   - limit: The most matches.
    /// - Throws: `SchemeNameError` when `scheme` names no loaded scheme.
    public func lookup(_ query: String, scheme: String? = nil, language: String? = nil,
                       limit: Int = 10) throws(SchemeNameError) -> [LookupMatch] {
        let schemes = try scheme.map { name throws(SchemeNameError) in Set([try vocabulary.resolveScheme(name)]) }
        return lookupIndex.withLock { index in
            if index == nil { index = LookupIndex(vocabulary) }
            return index!.lookup(query, schemes: schemes, language: language, limit: limit)
        }
    }

    /// Translates a training need (a term or a sentence) from one branch into another; see
    /// `Translator.translate(_:to:from:limit:)`.
    /// - Parameters:
    ///   - need: The need as the advisor heard it.
    ///   - source: The scheme it is phrased in (IRI, short name, name), or any when nil.
    ///   - target: The scheme to translate into; `esco` for ESCO skills, loaded or not.
    ///   - limit: The most answers.
    /// - Throws: `TranslationError` for an unknown scheme name or the same scheme twice.
    public func translate(_ need: String, from source: String? = nil, to target: String,
                          limit: Int = 10) throws(TranslationError) -> [Translation] {
        let translator = translator.withLock { translator in
            if translator == nil { translator = Translator(vocabulary: vocabulary, language: language) }
            return translator!
        }
        return try translator.translate(need, to: target, from: source, limit: limit)
    }

    /// The concepts a user means: by IRI, else notation (`H01.01`), else exact preferred label.
    public func concepts(named key: String) -> [Concept] {
        vocabulary.concepts(named: key)
    }

    /// Checks the vocabulary against SKOS's integrity conditions and common quality issues.
    public func validate(options: ValidationOptions = ValidationOptions()) -> ValidationReport {
        Validator(options: options).validate(vocabulary, name: "vocabulary")
    }

    /// What changed from an older release to this one.
    public func diff(from older: Vaktaal, options: DiffOptions = DiffOptions()) -> VocabularyDiff {
        VocabularyDiff(old: older.vocabulary, new: vocabulary, options: options)
    }
}
