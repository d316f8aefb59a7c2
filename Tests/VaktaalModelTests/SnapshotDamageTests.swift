import Testing
@testable import VaktaalModel

/// A snapshot whose checksum matches but whose content is inconsistent (a bug, or a forged file)
/// is refused, or read into something that answers without reading out of bounds: never a crash.
@Suite struct SnapshotDamageTests {
    static func snapshotBytes() -> [UInt8] {
        var vocabulary = Fixtures.sectors()
        var concept = vocabulary.concept(Fixtures.hub + "/H1")!
        concept.xlLabels[.alternative] = [XLLabel(resource: .blank("l1"), literalForm: LangString("soldeerwerk", language: "nl"))]
        concept.notes[.definition] = [LangString("Verbinden met een smeltend metaal.", language: "nl")]
        vocabulary.upsert(concept)
        vocabulary.collections = [SKOSCollection(iri: Fixtures.hub + "/set")]
        vocabulary.extraTriples = [Triple(.iri(Fixtures.hub), Namespace.dcterms + "creator", .literal(Literal("Vaktaal")))]
        let compact = CompactVocabulary(vocabulary)
        return try! VocabularySnapshot(vocabulary: compact, lookupIndex: LookupIndex(vocabulary), sources: ["test"]).encoded()
    }

    /// The bytes with every section's checksum, and the table of contents', made to match.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        func load(_ offset: Int) -> Int { bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) } }
        func store(_ value: UInt64, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { for (index, byte) in $0.enumerated() { bytes[offset + index] = byte } }
        }
        let count = bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 24, as: UInt32.self)) }
        for entry in 0..<count {
            let place = VocabularySnapshot.headerSize + entry * VocabularySnapshot.entrySize
            let offset = load(place + 8), size = load(place + 16)
            let checksum = bytes.withUnsafeBytes { VocabularySnapshot.sectionChecksum(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + size]), release: { _ in }) }
            store(checksum, at: place + 24)
        }
        let tableEnd = VocabularySnapshot.headerSize + count * VocabularySnapshot.entrySize
        store(bytes.withUnsafeBytes { VocabularySnapshot.checksum(UnsafeRawBufferPointer(rebasing: $0[VocabularySnapshot.headerSize..<tableEnd])) }, at: 32)
        return bytes
    }

    @Test func everyChangedPayloadByteIsRefusedOrHarmless() throws {
        let bytes = Self.snapshotBytes()
        #expect(throws: Never.self) { try bytes.withUnsafeBytes { try VocabularySnapshot(decoding: $0).checkAll() } }
        #expect(Self.resealed(bytes) == bytes)
        var refused = 0, read = 0
        // Past the header and the table of contents, whose damage the table's checksum catches.
        let count = bytes.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 24, as: UInt32.self)) }
        // Every third byte, two ways (a low bit, all bits): about 20,000 damaged snapshots.
        for position in stride(from: VocabularySnapshot.headerSize + count * VocabularySnapshot.entrySize, to: bytes.count, by: 3) {
            for change: UInt8 in [0x01, 0xFF] {
                var damaged = bytes
                damaged[position] ^= change
                let result = Self.resealed(damaged).withUnsafeBytes { buffer in
                    Result { () throws(SnapshotError) in
                        let snapshot = try VocabularySnapshot(decoding: buffer)
                        _ = try snapshot.vocabulary()
                        _ = try snapshot.lookupIndex()
                        _ = try snapshot.caption(of: Fixtures.hub + "/H1", language: "nl")
                        return snapshot
                    }
                }
                switch result {
                case .failure: refused += 1
                case .success(let snapshot):
                    read += 1
                    // Whatever was read answers queries and makes concepts without trapping.
                    let index = try snapshot.lookupIndex(), compact = try snapshot.vocabulary()
                    for query in ["hardsolderen", "hardsoldern", "lassen mig", "x"] {
                        _ = index.lookup(query, limit: 5)
                    }
                    for row in 0..<compact.conceptCount { _ = compact.concept(at: row) }
                    _ = Vocabulary(compact).graph()
                }
            }
        }
        // Most changes break a structure and are caught; a changed letter inside a label is not.
        #expect(refused > read)
    }
}
