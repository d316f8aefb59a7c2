import Foundation
import Hummingbird
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktaalServer

/// The shipped vocabularies, loaded once for every server test, and helpers to call the router
/// in-process (no socket).
enum ServerFixture {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let catalog: Catalog = {
        do {
            return try Catalog.load(paths: [repositoryRoot + "/Vocabularies"])
        } catch {
            fatalError("cannot load the shipped vocabularies: \(error)")
        }
    }()

    /// Runs `body` with a client of the router.
    static func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: VaktaalServer.router(catalog: catalog))
        try await app.test(.router) { client in try await body(client) }
    }

    /// GET `uri` with optional headers.
    static func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// The `vaktaal` binary built beside the test bundle.
    static let binary: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("vaktaal").path
    }()

    /// Runs the CLI from the repository root and returns its standard output.
    static func cli(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }

    /// The media type without parameters.
    var mediaType: String? { headers[.contentType].map { String($0.split(separator: ";")[0]) } }
}
