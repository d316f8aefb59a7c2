#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats

/// The ESCO importer reads files only (it knows a table by its file name), so each input is
/// written to a file in a temporary folder and imported from there. The first byte of the input
/// chooses the file's name, and with it the table reader: concepts, hierarchy, collection or
/// relations; the rest is the file's content. run.sh puts that byte in front of each seed.
final class ESCOInput: Sendable {
    static let shared = ESCOInput()

    /// The names the first byte chooses from, in this order (byte modulo their count).
    static let names = [
        "skills_en.csv", "occupations_en.csv", "skillGroups_en.csv", "ISCOGroups_en.csv",
        "conceptSchemes_en.csv", "skillsHierarchy_en.csv", "greenSkillsCollection_en.csv",
        "researchOccupationsCollection_en.csv", "broaderRelationsOccPillar.csv",
        "broaderRelationsSkillPillar.csv", "occupationSkillRelations.csv", "skillSkillRelations.csv",
    ]

    private let folder: String

    private init() {
        let parent = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        var template = Array("\(parent)/vaktaal-fuzz-esco-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            report("vaktaal-fuzz: cannot make a temporary folder in \(parent)")
            exit(2)
        }
        folder = String(cString: made)
        atexit { ESCOInput.shared.removeFolder() }
    }

    /// Imports `bytes` (name byte, then content) as one file of the ESCO download.
    func read(_ bytes: [UInt8]) throws {
        guard let first = bytes.first else { return }
        let path = folder + "/" + Self.names[Int(first) % Self.names.count]
        store(bytes.dropFirst(), at: path)
        defer { unlink(path) }
        _ = try ESCOImporter.importGraph(path: path)
    }

    private func store(_ content: ArraySlice<UInt8>, at path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { fatalError("vaktaal-fuzz: cannot write \(path)") }
        defer { close(descriptor) }
        var written = 0
        while written < content.count {
            let count = content.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            guard count > 0 else { fatalError("vaktaal-fuzz: cannot write \(path)") }
            written += count
        }
    }

    private func removeFolder() {
        for name in Self.names { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
