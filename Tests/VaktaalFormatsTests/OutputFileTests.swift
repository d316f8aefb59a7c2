import Foundation
import Testing
import VaktaalFormats

/// Overwriting keeps what the user set: the file's permissions, and a symbolic link stays a link.
@Suite struct OutputFileTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "output-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        let output = try OutputFile(path: path)
        try output.write(text)
        try output.commit()
    }

    @Test func overwriteKeepsThePermissions() throws {
        let path = try Self.folder() + "/secret.nt"
        FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        try Self.write("new", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
    }

    @Test func symbolicLinkIsWrittenThrough() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/real/data.nt", contents: Data("old".utf8), attributes: [.posixPermissions: 0o640])
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.nt", withDestinationPath: "real/data.nt")
        try Self.write("new", to: folder + "/link.nt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.nt") == "real/data.nt")
        #expect(FileManager.default.contents(atPath: folder + "/real/data.nt") == Data("new".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/real/data.nt")
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.nt", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real") == ["data.nt"])
    }

    @Test func danglingLinkMakesItsTarget() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.nt", withDestinationPath: folder + "/made.nt")
        try Self.write("new", to: folder + "/link.nt")
        #expect(FileManager.default.contents(atPath: folder + "/made.nt") == Data("new".utf8))
    }
}
