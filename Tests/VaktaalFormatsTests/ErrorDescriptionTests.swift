import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// A program that shows `localizedDescription` gets the same sentence Vaktaal prints, not
/// "The operation could not be completed", and library errors name no command-line option.
@Suite struct ErrorDescriptionTests {
    @Test func localizedDescriptionIsTheDescription() {
        let errors: [any Error & CustomStringConvertible] = [
            FileError.unreadable(path: "a.rdf", reason: "No such file or directory"),
            ParseError(format: "N-Triples", location: SourceLocation(file: "a.nt", line: 3, column: 7), message: "expected '.'"),
            TranslationError.sameScheme("https://data.vaktaal.nl/metaal"),
        ]
        var all = errors
        do { _ = try SchemeName.resolve("nergens", in: [ConceptScheme(iri: "https://data.vaktaal.nl/hub")]) } catch { all.append(error) }
        #expect(all.count == errors.count + 1)
        for error in all {
            #expect(error.localizedDescription == error.description)
            #expect(!error.localizedDescription.contains("could not be completed"))
        }
    }

    @Test func libraryErrorsNameNoOption() throws {
        let error = FileError.unknownFormat(path: "a.foo", known: ["rdfxml", "turtle"])
        #expect(!error.description.contains("--"))
        let loaded = Result { try VocabularyLoader.loadGraph(path: "/tmp/vaktaal-test-\(getpid()).foo") }
        guard case .failure(let failure) = loaded, let fileError = failure as? FileError else {
            Issue.record("an unknown extension should be a FileError")
            return
        }
        #expect(!fileError.description.contains("--from"))
    }
}
