import Synchronization

/// Loaded vocabularies as one binary file: the compact vocabulary (term table and concept
/// rows), its schemes, collections and mappings, its lookup index and the captions lookup
/// results show, so that a later run reads them back with a handful of copies instead of parsing
/// the sources and building the index again. `vaktaal snapshot` writes one; every command that
/// reads vocabularies accepts one.
///
/// The layout: a 40-byte header (the magic `VKTLSNAP`, the layout version, the machine's byte
/// order and word size, the file's length, the number of sections and a checksum of the table
/// of contents), the table of contents (per section: its kind, offset, length and a 64-bit
/// checksum), then the sections, each at a multiple of eight. Opening checks the header and the
/// table; a section is checked against its checksum when it is first read, and only the
/// sections a command needs are read (a lookup reads the lookup index and the captions, not the
/// concepts). Numbers are stored as they lie in memory, so a snapshot is read on the kind of
/// machine that wrote it; the header says when it is not. Any change to the layout, or to the
/// hashing the lookup index relies on, raises ``formatVersion``.
public final class VocabularySnapshot: Sendable {
    /// The layout version this release writes and reads.
    public static let formatVersion: UInt32 = 1
    /// The size of the header and of one entry of the table of contents.
    static let headerSize = 40, entrySize = 32
    /// The first bytes of every snapshot file.
    package static let magic: [UInt8] = Array("VKTLSNAP".utf8)
    /// Byte order (1 little-endian, 2 big-endian) and word size of this machine.
    private static var machine: UInt32 {
        (1.littleEndian == 1 ? 1 : 2) | UInt32(MemoryLayout<Int>.size) << 8
    }

    /// What the snapshot was made from (paths as given).
    public let sources: [String]
    /// The file the snapshot was read from; nil for one made in memory.
    public var file: String? { storage?.file }
    private let storage: SnapshotStorage?
    /// Where each section lies in `storage`, and its checksum.
    private let contents: [SnapshotSection: (range: Range<Int>, checksum: UInt64)]
    private let vocabularyRead = Mutex<CompactVocabulary?>(nil)
    private let indexRead = Mutex<LookupIndex?>(nil)
    private let captionsRead = Mutex<ConceptCaptions?>(nil)

    /// A snapshot of a vocabulary and its lookup index (made by `LookupIndex(Vocabulary(vocabulary))`).
    public init(vocabulary: CompactVocabulary, lookupIndex: LookupIndex, sources: [String]) {
        self.sources = sources
        storage = nil
        contents = [:]
        vocabularyRead.withLock { $0 = vocabulary }
        indexRead.withLock { $0 = lookupIndex }
    }

    /// Opens a snapshot in the bytes of a file (usually mapped into memory), checking its
    /// header, length and table of contents; sections are read and checked when first used.
    /// - Throws: ``SnapshotError``, saying what is wrong.
    package init(_ storage: SnapshotStorage) throws(SnapshotError) {
        let bytes = storage.bytes
        guard bytes.count >= Self.magic.count, bytes.prefix(Self.magic.count).elementsEqual(Self.magic) else {
            throw .notASnapshot
        }
        guard bytes.count >= Self.headerSize else { throw .truncated(expected: Self.headerSize, found: bytes.count) }
        var header = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[Self.magic.count..<Self.headerSize]))
        let version: UInt32 = try header.integer()
        guard version == Self.formatVersion else { throw .foreignVersion(found: version, expected: Self.formatVersion) }
        guard try header.integer() as UInt32 == Self.machine else { throw .foreignMachine }
        let length: UInt64 = try header.integer()
        guard length == UInt64(bytes.count) else {
            throw .truncated(expected: Int(clamping: length), found: bytes.count)
        }
        let count = Int(try header.integer() as UInt32)
        guard try header.integer() as UInt32 == 0 else {
            throw .malformed(section: "header", offset: 28, expected: "zero in the reserved field")
        }
        let tableChecksum: UInt64 = try header.integer()
        let tableEnd = Self.headerSize + count * Self.entrySize
        guard count <= SnapshotSection.allCases.count, tableEnd <= bytes.count else { throw .checksumMismatch }
        let table = UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize..<tableEnd])
        guard Self.checksum(table) == tableChecksum else { throw .checksumMismatch }
        var reader = SnapshotReader(table)
        var contents: [SnapshotSection: (range: Range<Int>, checksum: UInt64)] = [:]
        for _ in 0..<count {
            let kind: UInt32 = try reader.integer()
            _ = try reader.integer() as UInt32
            let offset: UInt64 = try reader.integer(), size: UInt64 = try reader.integer(), checksum: UInt64 = try reader.integer()
            guard let section = SnapshotSection(rawValue: kind), offset >= UInt64(tableEnd), offset % 8 == 0,
                  size <= UInt64(bytes.count), offset <= UInt64(bytes.count) - size else {
                throw .malformed(section: "table of contents", offset: Self.headerSize, expected: "sections inside the file")
            }
            contents[section] = (Int(offset)..<Int(offset + size), checksum)
        }
        guard contents.count == SnapshotSection.allCases.count else {
            throw .malformed(section: "table of contents", offset: Self.headerSize, expected: "every section once")
        }
        self.storage = storage
        self.contents = contents
        var sources = try Self.open(.sources, storage, contents)
        try sources.expect(.sources)
        self.sources = try sources.strings()
    }

    /// Opens a snapshot in bytes that are not a mapped file (they are copied).
    public convenience init(decoding bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
        try self.init(.copying(bytes))
    }

    /// The vocabulary, read on first use.
    /// - Throws: ``SnapshotError`` when its sections are damaged.
    public func vocabulary() throws(SnapshotError) -> CompactVocabulary {
        try vocabularyRead.withLock { cached throws(SnapshotError) in
            if let cached { return cached }
            let read = try CompactVocabulary { section throws(SnapshotError) in try open(section) }
            cached = read
            return read
        }
    }

    /// The lookup index, read on first use.
    /// - Throws: ``SnapshotError`` when its section is damaged, or does not fit the vocabulary.
    public func lookupIndex() throws(SnapshotError) -> LookupIndex {
        try indexRead.withLock { cached throws(SnapshotError) in
            if let cached { return cached }
            var reader = try open(.lookupIndex)
            let read = try LookupIndex(from: &reader)
            // Its columns are used where they lie in the file; checking them touched every page,
            // which the system may now drop until a search reads them again.
            if let storage, let range = contents[.lookupIndex]?.range { storage.release(UnsafeRawBufferPointer(rebasing: storage.bytes[range])) }
            cached = read
            return read
        }
    }

    /// The schemes (without reading the concepts).
    public func schemes() throws(SnapshotError) -> [ConceptScheme] {
        if let vocabulary = vocabularyRead.withLock({ $0 }) { return vocabulary.schemes }
        return try CompactVocabulary.schemes(from: try open(.schemes))
    }

    /// What lookup results show of a concept: its first notation, the preferred label for a
    /// language, its first scheme (as ``Vocabulary`` gives them), without reading the concepts.
    public func caption(of concept: String, language: String) throws(SnapshotError) -> (notation: String?, prefLabel: String?, scheme: String?) {
        if storage == nil {
            // Made in memory: the vocabulary is at hand.
            let vocabulary = try vocabulary()
            guard let concept = vocabulary.concept(concept) else { return (nil, nil, nil) }
            return (concept.notations.first?.lexicalForm, concept.prefLabel(language), vocabulary.schemes(of: concept).first)
        }
        let captions = try captionsRead.withLock { cached throws(SnapshotError) in
            if let cached { return cached }
            var reader = try open(.captions)
            let read = try ConceptCaptions(from: &reader)
            cached = read
            return read
        }
        return captions.caption(of: concept, language: language)
    }

    /// The snapshot as the bytes of a file.
    public func encoded() throws(SnapshotError) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            try write { (piece: UnsafeRawBufferPointer) throws(Never) in bytes.append(contentsOf: piece) }
        } catch let error as SnapshotError {
            throw error
        } catch {
            preconditionFailure("appending to an array throws nothing")
        }
        return bytes
    }

    /// Hands the bytes of the file to `output` in a few pieces (header, table of contents,
    /// payload), without joining them.
    /// - Throws: ``SnapshotError`` when a section read from a file is damaged; what `output` throws.
    public func write<Failure: Error>(to output: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws {
        let vocabulary = try vocabulary(), index = try lookupIndex()
        // Room for all of it at once: the payload is mostly the term text, the label text and
        // a few numbers per label and value.
        let columns = vocabulary.terms.columns
        var writer = SnapshotWriter(capacity: columns.text.count + 12 * columns.tags.count + 8 * vocabulary.values.count
                                    + index.entryText.count + 48 * index.labelCount + (1 << 20))
        writer.section(.sources)
        writer.strings(sources)
        vocabulary.write(to: &writer)
        index.write(to: &writer)
        ConceptCaptions(vocabulary).write(to: &writer)
        while writer.bytes.count % 8 != 0 { writer.integer(UInt8(0)) }
        let sections = writer.sectionRanges
        let start = Self.headerSize + sections.count * Self.entrySize
        var table = SnapshotWriter()
        writer.bytes.withUnsafeBytes { payload in
            for (section, range) in sections {
                table.integer(section.rawValue)
                table.integer(UInt32(0))
                table.integer(UInt64(start + range.lowerBound))
                table.integer(UInt64(range.count))
                table.integer(Self.sectionChecksum(UnsafeRawBufferPointer(rebasing: payload[range]), release: { _ in }))
            }
        }
        var header = SnapshotWriter()
        for byte in Self.magic { header.integer(byte) }
        header.integer(Self.formatVersion)
        header.integer(Self.machine)
        header.integer(UInt64(start + writer.bytes.count))
        header.integer(UInt32(sections.count))
        header.integer(UInt32(0))
        header.integer(table.bytes.withUnsafeBytes { Self.checksum($0) })
        try header.bytes.withUnsafeBytes { bytes throws(Failure) in try output(bytes) }
        try table.bytes.withUnsafeBytes { bytes throws(Failure) in try output(bytes) }
        try writer.bytes.withUnsafeBytes { bytes throws(Failure) in try output(bytes) }
    }

    /// Checks every section against its checksum (a few milliseconds a hundred megabytes; the
    /// pages read are released), so that a damaged file is refused when opened.
    package func checkAll() throws(SnapshotError) {
        guard storage != nil else { return }
        for section in SnapshotSection.allCases { _ = try open(section) }
    }

    /// A reader over a section, after checking it against its checksum.
    private func open(_ section: SnapshotSection) throws(SnapshotError) -> SnapshotReader {
        guard let storage else { throw .malformed(section: section.name, offset: 0, expected: "a snapshot read from bytes") }
        return try Self.open(section, storage, contents)
    }

    private static func open(_ section: SnapshotSection, _ storage: SnapshotStorage,
                             _ contents: [SnapshotSection: (range: Range<Int>, checksum: UInt64)]) throws(SnapshotError) -> SnapshotReader {
        guard let entry = contents[section] else {
            throw .malformed(section: section.name, offset: 0, expected: "the section in the table of contents")
        }
        let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[entry.range])
        guard sectionChecksum(bytes, release: storage.release) == entry.checksum else { throw .checksumMismatch }
        return SnapshotReader(bytes, owner: storage.owner, release: storage.release)
    }

    /// How much of a section one block hash covers.
    private static let checksumBlock = 4 << 20

    /// The checksum of a section: a hash of the hashes of its blocks, each block released once
    /// hashed, so that checking a large section does not keep all of it resident.
    static func sectionChecksum(_ bytes: UnsafeRawBufferPointer, release: (UnsafeRawBufferPointer) -> Void) -> UInt64 {
        var hashes: [UInt64] = []
        var start = 0
        repeat {
            let end = min(bytes.count, start + checksumBlock)
            let block = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            hashes.append(checksum(block))
            release(block)
            start = end
        } while start < bytes.count
        return hashes.withUnsafeBytes { checksum($0) }
    }

    /// The checksum of some bytes.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        RawBytes.hash(bytes, seed: UInt64(formatVersion))
    }
}
