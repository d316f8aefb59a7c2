import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Loading folders: links back up do not loop, exports beside the sources are not loaded twice.
@Suite struct VocabularyLoaderTests {
    static let triple = "<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"a\" .\n"

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "loader-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/d", withIntermediateDirectories: true)
        try Self.triple.write(toFile: path + "/d/a.nt", atomically: true, encoding: .utf8)
        return path
    }

    @Test func linkBackUpIsWalkedOnce() throws {
        let root = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: root + "/d/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root + "/again", withDestinationPath: root + "/d")
        let files = try VocabularyLoader.expand(root)
        #expect(files == [root + "/again/a.nt"] || files == [root + "/d/a.nt"])
        #expect(try VocabularyLoader.loadMergedGraph(paths: [root]).count == 1)
    }

    @Test func exportsBelowAFolderAreNotLoadedUnlessNamed() throws {
        let root = try Self.folder()
        try FileManager.default.createDirectory(atPath: root + "/d/Exports", withIntermediateDirectories: true)
        try Self.triple.write(toFile: root + "/d/Exports/vaktaal.nt", atomically: true, encoding: .utf8)
        #expect(try VocabularyLoader.expand(root) == [root + "/d/a.nt"])
        #expect(try VocabularyLoader.expand(root + "/d/Exports") == [root + "/d/Exports/vaktaal.nt"])
    }
}
