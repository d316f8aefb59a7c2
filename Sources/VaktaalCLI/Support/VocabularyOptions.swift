public import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import VaktaalFormats
import VaktaalModel

/// The `--vocab FILE…` option shared by the commands that read vocabularies.
struct VocabularyOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: "Vocabulary files or folders to load (default: the shipped Vocabularies/).")
    var vocab: [String] = []

    /// The files to load: those given, or the shipped vocabularies.
    func paths() throws -> [String] {
        vocab.isEmpty ? try Self.shippedPaths() : vocab
    }

    /// The shipped vocabularies, for commands whose files are optional arguments.
    static func shippedPaths() throws -> [String] {
        guard let shipped = ShippedVocabularies.directory() else {
            throw CommandFailure.trouble("error: no --vocab given and no Vocabularies/ folder found (set VAKTAAL_VOCABULARIES)")
        }
        return [shipped]
    }

    /// Loads the vocabularies.
    func load() throws -> Vocabulary {
        try VocabularyLoader.loadVocabulary(paths: try paths(), progress: TerminalProgress.shared.report)
    }
}

/// Finds the vocabularies shipped with Vaktaal.
enum ShippedVocabularies {
    /// `$VAKTAAL_VOCABULARIES`, else `Vocabularies/` in the current folder, else beside the
    /// package the executable was built in.
    static func directory() -> String? {
        if let variable = FileSystem.environment("VAKTAAL_VOCABULARIES") { return variable }
        if isDirectory("Vocabularies") { return "Vocabularies" }
        var path = CommandLine.arguments[0]
        for _ in 0..<5 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
            if isDirectory(path + "/Vocabularies") { return path + "/Vocabularies" }
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        FileSystem.isDirectory(path)
    }
}

extension RDFFormat: ExpressibleByArgument {}
