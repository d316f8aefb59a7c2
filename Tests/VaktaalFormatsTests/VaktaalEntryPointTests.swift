import Foundation
import SystemPackage
import Testing
import VaktaalFormats
import VaktaalModel

/// The library's entry point as a Swift program uses it: loading the shipped vocabularies by
/// path, URL or `FilePath`, looking up a misspelt term, translating between branches by short
/// name, and the errors callers switch on.
struct VaktaalEntryPointTests {
    static let vocabularies = SharedData.repositoryRoot + "/Vocabularies"

    @Test func loadsTheSameVocabularyFromAStringAURLAndAFilePath() throws {
        let byString = try Vaktaal.load(Self.vocabularies)
        let byURL = try Vaktaal.load([URL(fileURLWithPath: Self.vocabularies)])
        let byFilePath = try Vaktaal.load([FilePath(Self.vocabularies)])
        #expect(byString.vocabulary.concepts.count > 100)
        #expect(byURL.vocabulary.concepts.map(\.iri) == byString.vocabulary.concepts.map(\.iri))
        #expect(byFilePath.vocabulary.concepts.map(\.iri) == byString.vocabulary.concepts.map(\.iri))
    }

    @Test func reportsEachFileBeforeReadingIt() throws {
        var files: [String] = []
        _ = try Vaktaal.load([Self.vocabularies], progress: { files.append($0.file) })
        #expect(files.contains { $0.hasSuffix("hub.rdf") })
        #expect(files.contains { $0.hasSuffix("metaal.rdf") })
    }

    @Test func looksUpAMisspeltTermAndTranslatesByShortNames() throws {
        let vaktaal = try Vaktaal.load(Self.vocabularies)
        let found = try vaktaal.lookup("hardsoldern", limit: 3)
        let first = try #require(found.first)
        #expect(first.label.lowercased().contains("hardsolderen"))
        let answers = try vaktaal.translate("hardsolderen", from: "metaal", to: "installatietechniek", limit: 3)
        let answer = try #require(answers.first)
        #expect(answer.target.contains("/installatietechniek/"))
        #expect(vaktaal.concepts(named: answer.target).first?.iri == answer.target)
    }

    @Test func resultsAreCodable() throws {
        let vaktaal = try Vaktaal.load(Self.vocabularies)
        let report = vaktaal.validate()
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: JSONEncoder().encode(report))
        #expect(decoded.findings == report.findings)
        #expect(decoded.checks == report.checks && decoded.conceptCount == report.conceptCount)
        let answers = try vaktaal.translate("lassen", from: "metaal", to: "metalektro", limit: 2)
        #expect(try JSONDecoder().decode([Translation].self, from: JSONEncoder().encode(answers)) == answers)
    }

    @Test func namesAnUnknownSchemeInATypedError() throws {
        let vaktaal = try Vaktaal.load(Self.vocabularies)
        #expect(throws: TranslationError.self) { _ = try vaktaal.translate("lassen", to: "bakkerij") }
        do {
            _ = try vaktaal.translate("lassen", to: "bakkerij")
        } catch {
            guard case .unknownScheme = error else { Issue.record("expected unknownScheme, got \(error)"); return }
            #expect(error.description.contains("bakkerij"))
        }
        #expect(throws: SchemeNameError.self) { _ = try vaktaal.lookup("lassen", scheme: "bakkerij") }
    }

    @Test func aMissingFolderIsAFileErrorNamingIt() {
        // An array literal of strings picks the String overload (FilePath is string-literal expressible too).
        #expect(throws: FileError.self) { _ = try Vaktaal.load(["/nonexistent/vaktaal-vocabularies"]) }
        do {
            _ = try Vaktaal.load(Self.vocabularies + "/absent")
            Issue.record("loading a missing folder succeeded")
        } catch {
            #expect((error as? any LocalizedError)?.errorDescription?.contains("absent") == true, "\(error)")
        }
    }
}
