import Foundation

/// Paths to the shared test material beside the repository (`../shared/data/`).
enum SharedData {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A path under `../shared/data/`.
    static func path(_ relative: String) -> String {
        repositoryRoot + "/../shared/data/" + relative
    }

    /// Whether the shared data is present.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: path("w3c")) }
}

/// One entry of a W3C test manifest.
struct ManifestEntry: CustomStringConvertible, Sendable {
    let name: String
    let type: String
    let action: String
    let result: String?

    var description: String { name }
}

/// Reads the entries listed (not commented out) in a W3C `manifest.ttl`.
enum W3CManifest {
    static func entries(_ directory: String) -> [ManifestEntry] {
        guard let text = try? String(contentsOfFile: directory + "/manifest.ttl", encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var listed: [String] = []
        var inEntries = false
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("mf:entries") { inEntries = true; continue }
            if inEntries {
                if trimmed.hasPrefix(")") { break }
                if trimmed.hasPrefix("<#") { listed.append(String(trimmed.dropFirst(2).prefix { $0 != ">" })) }
            }
        }
        var blocks: [String: (type: String, action: String, result: String?)] = [:]
        var current: String?
        var type = "", action = ""
        var result: String?
        func close() {
            if let name = current { blocks[name] = (type, action, result) }
        }
        var loneSubject: String?
        for line in lines {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            // `<#name>` alone on a line takes its `rdf:type` from the next line (as in the Turtle manifest).
            if trimmed.hasPrefix("<#"), trimmed.hasSuffix(">"), !trimmed.contains(" ") { loneSubject = trimmed; continue }
            if let subject = loneSubject { trimmed = subject + " " + trimmed; loneSubject = nil }
            let typeSeparator = trimmed.contains(" rdf:type ") ? " rdf:type " : " a "
            if trimmed.hasPrefix("<#"), trimmed.contains(typeSeparator) {
                close()
                current = String(trimmed.dropFirst(2).prefix { $0 != ">" })
                type = String(trimmed.components(separatedBy: typeSeparator)[1].prefix { $0 != ";" && $0 != " " })
                action = ""
                result = nil
            } else if trimmed.hasPrefix("mf:action") {
                action = String(trimmed.drop { $0 != "<" }.dropFirst().prefix { $0 != ">" })
            } else if trimmed.hasPrefix("mf:result") {
                result = String(trimmed.drop { $0 != "<" }.dropFirst().prefix { $0 != ">" })
            }
        }
        close()
        return listed.compactMap { name in
            blocks[name].map { ManifestEntry(name: name, type: $0.type, action: $0.action, result: $0.result) }
        }
    }
}
