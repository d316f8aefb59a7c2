import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Snapshots (`vaktaal snapshot`, ``SnapshotFile``): what is read back is what was written, and a
/// snapshot that is not whole, not ours or damaged is refused with a message, never read in part.
@Suite struct SnapshotTests {
    static let vocabularies = SharedData.repositoryRoot + "/Vocabularies"

    /// The model read back from a snapshot equals the model of the sources, value for value.
    static func expectSameVocabulary(_ read: Vocabulary, _ loaded: Vocabulary) {
        #expect(read.concepts == loaded.concepts)
        #expect(read.schemes == loaded.schemes)
        #expect(read.mappings == loaded.mappings)
        #expect(read.collections == loaded.collections)
        #expect(read.extraTriples == loaded.extraTriples)
        #expect(read.prefixes.map(\.prefix) == loaded.prefixes.map(\.prefix))
        #expect(read.prefixes.map(\.namespace) == loaded.prefixes.map(\.namespace))
    }

    static func roundTrip(_ snapshot: VocabularySnapshot) throws -> VocabularySnapshot {
        try snapshot.encoded().withUnsafeBytes { try VocabularySnapshot(decoding: $0) }
    }

    static func vocabulary(_ snapshot: VocabularySnapshot) throws -> Vocabulary {
        Vocabulary(try snapshot.vocabulary())
    }

    @Test func theShippedVocabulariesComeBackWhole() throws {
        let made = try SnapshotFile.make(from: [Self.vocabularies])
        let read = try Self.roundTrip(made.snapshot)
        Self.expectSameVocabulary(try Self.vocabulary(read), made.vocabulary)
        #expect(read.sources == [Self.vocabularies])
        // Every concept's preferred label, and the same label with a typo, finds the same concepts.
        let fresh = LookupIndex(made.vocabulary)
        let index = try read.lookupIndex()
        #expect(index.labelCount == fresh.labelCount)
        for concept in made.vocabulary.concepts {
            guard let label = concept.prefLabel("nl") else { continue }
            let typo = String(label.dropFirst(label.count / 2).prefix(1)) + label
            for query in [label, typo, String(label.prefix(4))] {
                #expect(index.lookup(query, limit: 5) == fresh.lookupIndex(query), "query \(query)")
            }
            // The captions lookup results show are those of the concept.
            for language in ["nl", "en", "de"] {
                let caption = try read.caption(of: concept.iri, language: language)
                #expect(caption.prefLabel == concept.prefLabel(language) && caption.notation == concept.notations.first?.lexicalForm)
                #expect(caption.scheme == made.vocabulary.schemes(of: concept).first)
            }
        }
    }

    /// Real files with SKOS-XL labels, collections, notes in many languages and blank nodes.
    @Test(.enabled(if: SharedData.isAvailable), arguments: [
        "unesco/2016-10-26/unesco-thesaurus.rdf", "gemet/v4.0.1_2017-11-27/gemet-nl.rdf",
    ])
    func realVocabulariesComeBackWhole(_ file: String) throws {
        let path = SharedData.path(file)
        guard FileManager.default.fileExists(atPath: path) else { return }
        let made = try SnapshotFile.make(from: [path])
        let read = try Self.roundTrip(made.snapshot)
        Self.expectSameVocabulary(try Self.vocabulary(read), made.vocabulary)
        #expect(try Self.vocabulary(read).graph().isIsomorphic(to: made.vocabulary.graph()))
    }

    @Test func aFileIsWrittenAndReadBackAndLoadedLikeSources() throws {
        let folder = NSTemporaryDirectory() + "vaktaal-snapshot-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/shipped.vaktaal"
        let made = try SnapshotFile.make(from: [Self.vocabularies])
        try SnapshotFile.write(made.snapshot, to: path)
        #expect(SnapshotFile.isSnapshot(path))
        // Named otherwise, it is still told by its header.
        try FileManager.default.copyItem(atPath: path, toPath: folder + "/copy.bin")
        #expect(SnapshotFile.isSnapshot(folder + "/copy.bin"))
        #expect(!SnapshotFile.isSnapshot(Self.vocabularies + "/hub.rdf"))
        Self.expectSameVocabulary(try VocabularyLoader.loadVocabulary(paths: [path]), made.vocabulary)
        let library = try Vaktaal.load(path)
        #expect(try library.lookup("hardsoldern", limit: 3) == LookupIndex(made.vocabulary).lookup("hardsoldern", limit: 3))
        // Beside another source it is read as a graph like any other file.
        let extra = folder + "/extra.nt"
        try ("<http://example.org/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .\n"
             + "<http://example.org/x> <http://www.w3.org/2004/02/skos/core#prefLabel> \"extra\"@nl .\n").write(toFile: extra, atomically: true, encoding: .utf8)
        let merged = try VocabularyLoader.loadVocabulary(paths: [path, extra])
        #expect(merged.concepts.count == made.vocabulary.concepts.count + 1)
        #expect(merged.concept("http://example.org/x")?.prefLabel("nl") == "extra")
        // A snapshot inside a folder is not read again beside the sources it was made from.
        let shippedCopy = folder + "/shipped"
        try FileManager.default.copyItem(atPath: Self.vocabularies, toPath: shippedCopy)
        try FileManager.default.copyItem(atPath: path, toPath: shippedCopy + "/old.vaktaal")
        #expect(try VocabularyLoader.expand(shippedCopy).allSatisfy { !$0.hasSuffix(".vaktaal") })
    }

    @Test func aDamagedSnapshotIsRefusedWithTheReason() throws {
        let bytes = try SnapshotFile.make(from: [Self.vocabularies]).snapshot.encoded()
        func decode(_ bytes: [UInt8]) -> SnapshotError? {
            bytes.withUnsafeBytes { buffer in
                do throws(SnapshotError) { try VocabularySnapshot(decoding: buffer).checkAll(); return nil } catch { return error }
            }
        }
        #expect(decode(bytes) == nil)
        #expect(decode(Array("<?xml version=\"1.0\"?><rdf:RDF/>".utf8)) == .notASnapshot)
        #expect(decode([]) == .notASnapshot)
        #expect(decode(Array(bytes.prefix(20))) == .truncated(expected: 40, found: 20))
        #expect(decode(Array(bytes.dropLast(100))) == .truncated(expected: bytes.count, found: bytes.count - 100))
        var version = bytes
        version[8] = 9
        #expect(decode(version) == .foreignVersion(found: 9, expected: VocabularySnapshot.formatVersion))
        var machine = bytes
        machine[13] = 4
        #expect(decode(machine) == .foreignMachine)
        for position in stride(from: 40, to: bytes.count, by: bytes.count / 97) {
            var damaged = bytes
            damaged[position] ^= 0x20
            #expect(decode(damaged) == .checksumMismatch, "byte \(position)")
        }
        var appended = bytes
        appended.append(0)
        #expect(decode(appended) == .truncated(expected: bytes.count, found: bytes.count + 1))
        // Every damaged header byte is refused, whichever the field.
        for position in 0..<40 {
            var damaged = bytes
            damaged[position] ^= 0x01
            #expect(decode(damaged) != nil, "header byte \(position)")
        }
    }

    @Test func aDamagedFileIsRefusedNamingTheFile() throws {
        let path = NSTemporaryDirectory() + "vaktaal-damaged-" + UUID().uuidString + ".vaktaal"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try SnapshotFile.make(from: [Self.vocabularies]).snapshot.encoded()
        let cut = Array(whole.dropLast(1000))
        FileManager.default.createFile(atPath: path, contents: Data(cut))
        #expect(throws: SnapshotFileError(path: path, reason: .truncated(expected: whole.count, found: cut.count))) {
            try VocabularyLoader.loadVocabulary(paths: [path])
        }
        let error = try #require(throws: SnapshotFileError.self) { try SnapshotFile.read(path) }
        #expect(error.description.hasPrefix(path + ": error: snapshot cut off"))

        // A damaged section is found when it is read, and the message names the file.
        var damaged = whole
        damaged[whole.count - 2000] ^= 0x10
        FileManager.default.createFile(atPath: path, contents: Data(damaged))
        #expect(throws: SnapshotFileError(path: path, reason: .checksumMismatch)) { try SnapshotFile.read(path, checkingAll: true) }
        let snapshot = try SnapshotFile.read(path)
        var failures: [SnapshotFileError] = []
        for read in [{ _ = try snapshot.naming { try $0.vocabulary() } }, { _ = try snapshot.naming { try $0.lookupIndex() } },
                     { _ = try snapshot.naming { try $0.caption(of: "x", language: "nl") } }] as [() throws -> Void] {
            do { try read() } catch let error as SnapshotFileError { failures.append(error) }
        }
        #expect(failures == [SnapshotFileError(path: path, reason: .checksumMismatch)])
    }
}

extension LookupIndex {
    /// The index's answer with the defaults the test compares.
    fileprivate func lookupIndex(_ query: String) -> [LookupMatch] { lookup(query, limit: 5) }
}
