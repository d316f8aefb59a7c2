/// The lookup index in a snapshot: its columns as they are, so that reading it back costs copies,
/// not the folding, hashing and sorting of building it.
extension LookupIndex {
    /// Writes the index's section.
    func write(to writer: inout SnapshotWriter) {
        writer.section(.lookupIndex)
        writer.texts(conceptIRIs)
        writer.strings(schemeIRIs)
        writer.column(conceptSchemes.map { Int32($0.count) })
        writer.column(conceptSchemes.flatMap { $0 })
        writer.strings(languages)
        writer.column(entryConcept)
        writer.column(entryKind.map(\.rawValue))
        writer.column(entryLanguage)
        writer.column(entryText)
        writer.column(entryTextStart)
        writer.column(entryTokenStart)
        writer.column(entryTokens)
        writer.integer(UInt64(labels.bucketMask))
        writer.column(labels.starts)
        writer.column(labels.slots)
        writer.column(words.bytes)
        writer.column(words.starts)
        writer.column(words.hashes)
        writer.column(words.slots)
        writer.column(postings.starts)
        writer.column(postings.entries)
        writer.column(sortedTokens)
        writer.column(trigrams.grams)
        writer.column(trigrams.starts)
        writer.column(trigrams.words)
    }

    /// Reads the section ``write(to:)`` wrote, checking that every number used as an index
    /// points inside what it indexes, so that a search can never read out of bounds.
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        try reader.expect(.lookupIndex)
        let conceptIRIs = try reader.texts()
        let schemeIRIs = try reader.strings()
        let schemeCounts: [Int32] = try reader.column()
        let schemeNumbers: [Int32] = try reader.column()
        let languages = try reader.strings()
        let entryConcept: Column<Int32> = try reader.mappedColumn()
        let kinds: Column<UInt8> = try reader.mappedColumn()
        let entryLanguage: Column<Int16> = try reader.mappedColumn()
        let entryText: Column<UInt8> = try reader.mappedColumn()
        let entryTextStart: Column<UInt32> = try reader.mappedColumn()
        let entryTokenStart: Column<Int32> = try reader.mappedColumn()
        let entryTokens: Column<Int32> = try reader.mappedColumn()
        let bucketMask = Int(clamping: try reader.integer() as UInt64)
        let labels = LabelTable(bucketMask: bucketMask, starts: try reader.mappedColumn(), slots: try reader.mappedColumn())
        let words = TokenTable(bytes: try reader.column(), starts: try reader.column(), hashes: try reader.column(), slots: try reader.column())
        let postings = PostingLists(starts: try reader.mappedColumn(), entries: try reader.mappedColumn())
        let sortedTokens: Column<Int32> = try reader.mappedColumn()
        let trigrams = TrigramIndex(grams: try reader.mappedColumn(), starts: try reader.mappedColumn(), words: try reader.mappedColumn())

        let end = reader
        func check(_ condition: Bool, _ expected: String) throws(SnapshotError) {
            guard condition else { throw end.malformed(expected) }
        }
        let labelCount = entryConcept.count, wordCount = words.hashes.count
        try check(schemeCounts.count == conceptIRIs.count && schemeCounts.allSatisfy { $0 >= 0 }
                  && schemeCounts.reduce(0, { $0 + Int($1) }) == schemeNumbers.count
                  && schemeNumbers.allSatisfy { $0 >= 0 && Int($0) < schemeIRIs.count }, "scheme numbers of every concept")
        try check(kinds.count == labelCount && entryLanguage.count == labelCount && entryTextStart.count == labelCount + 1
                  && entryTokenStart.count == labelCount + 1, "label columns of equal length")
        try check(entryConcept.allSatisfy { $0 >= 0 && Int($0) < conceptIRIs.count }, "label concepts among the concepts")
        try check(entryLanguage.allSatisfy { $0 >= -1 && Int($0) < languages.count }, "label languages among the languages")
        try check(Self.ascending(entryTextStart, from: 0, to: entryText.count), "label text bounds in order")
        try check(Self.ascending(entryTokenStart, from: 0, to: entryTokens.count), "label word bounds in order")
        try check(entryTokens.allSatisfy { $0 >= 0 && Int($0) < wordCount }, "label words among the words")
        try check(kinds.allSatisfy { EntryKind(rawValue: $0) != nil }, "label kinds (0 to 3)")
        try check(bucketMask < labels.starts.count && labels.starts.count == bucketMask + 2 && (bucketMask + 1) & bucketMask == 0
                  && Self.ascending(labels.starts, from: 0, to: labels.slots.count)
                  && labels.slots.allSatisfy { Int(UInt32(truncatingIfNeeded: $0)) < labelCount }, "the exact-label table")
        let freeSlots = words.slots.lazy.filter { $0 < 0 }.count
        try check(words.starts.count == wordCount + 1 && Self.ascending(words.starts, from: 0, to: words.bytes.count)
                  && words.slots.count & (words.slots.count - 1) == 0 && freeSlots == words.slots.count - wordCount && freeSlots > 0
                  && words.slots.allSatisfy { $0 >= -1 && Int($0) < wordCount }, "the word table")
        try check(postings.starts.count == wordCount + 1 && Self.ascending(postings.starts, from: 0, to: postings.entries.count)
                  && postings.entries.allSatisfy { $0 >= 0 && Int($0) < labelCount }, "the word postings")
        try check(sortedTokens.count == wordCount && sortedTokens.allSatisfy { $0 >= 0 && Int($0) < wordCount }, "the sorted words")
        try check(trigrams.starts.count == trigrams.grams.count + 1 && Self.ascending(trigrams.starts, from: 0, to: trigrams.words.count)
                  && trigrams.words.allSatisfy { $0 >= 0 && Int($0) < wordCount }, "the trigram index")

        var offset = 0
        self.conceptSchemes = schemeCounts.map { count in
            defer { offset += Int(count) }
            return Array(schemeNumbers[offset..<offset + Int(count)])
        }
        self.conceptIRIs = conceptIRIs
        self.schemeIRIs = schemeIRIs
        self.languages = languages
        self.entryConcept = entryConcept
        // Checked above to hold only the raw values of EntryKind, so the bytes are read as such.
        self.entryKind = kinds.withUnsafeBufferPointer { bytes in
            Column(viewing: UnsafeRawBufferPointer(bytes).bindMemory(to: EntryKind.self), owner: KindsOwner(kinds))
        }
        self.entryLanguage = entryLanguage
        self.entryText = entryText
        self.entryTextStart = entryTextStart
        self.entryTokenStart = entryTokenStart
        self.entryTokens = entryTokens
        self.labels = labels
        self.words = words
        self.postings = postings
        self.sortedTokens = sortedTokens
        self.trigrams = trigrams
    }

    /// Whether a list of bounds starts at `first`, never decreases and ends at `last`.
    private static func ascending<Bound: BinaryInteger>(_ bounds: some RandomAccessCollection<Bound>, from first: Int, to last: Int) -> Bool {
        guard let start = bounds.first, let end = bounds.last, Int(start) == first, Int(end) == last else { return false }
        return zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 }
    }
}

/// Keeps the column of label kinds (and what keeps it valid) alive under the kinds' view of it.
private final class KindsOwner: @unchecked Sendable {
    let kinds: Column<UInt8>

    init(_ kinds: Column<UInt8>) {
        self.kinds = kinds
    }
}
