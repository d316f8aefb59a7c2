/// Different concepts with the same label, compared without regard to case, in the same
/// language (`ol`). Unlike qSKOS, only concepts sharing a scheme (or both in none) are compared:
/// across schemes the same label on different concepts is how sectors name a shared skill.
///
/// Labels are hashed (scheme, language, case-folded text) and the hashes sorted, so equal labels
/// end up side by side; equal hashes are then checked on the labels themselves.
struct OverlappingLabelsCheck: ValidationCheck {
    let codes: [CheckCode] = [.overlappingLabels]

    private struct Occurrence {
        let concept: Int32
        let scheme: Int32
        let literal: ValidationIndex.LiteralRef
    }

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        var occurrences: [Occurrence] = []
        // Each key packs a label hash (high bits) with the occurrence number (low bits), so one plain
        // sort of integers brings equal labels together; equal hashes are checked on the labels.
        var keys: [UInt64] = []
        occurrences.reserveCapacity(index.groupedLabels.count)
        keys.reserveCapacity(index.groupedLabels.count)
        for concept in 0..<Int32(index.count) where index.isConcept[Int(concept)] {
            let labels = index.labels(of: concept)
            guard !labels.isEmpty else { continue }
            let schemes = index.schemes(of: concept)
            for position in 0..<max(1, schemes.count) {
                let scheme = schemes.isEmpty ? -1 : schemes[schemes.startIndex + position]
                for label in labels {
                    let hash = Self.key(scheme, label.language, index.literal(label.literal).lexicalForm)
                    keys.append(hash << Self.occurrenceBits | UInt64(occurrences.count))
                    occurrences.append(Occurrence(concept: concept, scheme: scheme, literal: label.literal))
                }
            }
        }
        precondition(occurrences.count < 1 << Self.occurrenceBits, "too many labels for the packed sort")
        keys.sort()
        func occurrence(_ key: UInt64) -> Int32 { Int32(truncatingIfNeeded: key & (1 << Self.occurrenceBits - 1)) }
        func hash(_ key: UInt64) -> UInt64 { key >> Self.occurrenceBits }
        var groups: [(first: Int32, concepts: [Int32])] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, hash(keys[end]) == hash(keys[start]) { end += 1 }
            if end - start > 1 {
                let concept = occurrences[Int(occurrence(keys[start]))].concept
                if keys[(start + 1)..<end].contains(where: { occurrences[Int(occurrence($0))].concept != concept }) {
                    groups += Self.conflicts(keys[start..<end].map(occurrence), occurrences, index)
                }
            }
            start = end
        }
        var reported: Set<String> = []
        for group in groups.sorted(by: { $0.first < $1.first }) {
            let literal = index.literal(occurrences[Int(group.first)].literal)
            guard let subject = group.concepts.first(where: { index.inScope[Int($0)] }),
                  reported.insert("\(group.concepts.sorted())\(literal.language ?? "")@\(literal.lexicalForm.lowercased())").inserted
            else { continue }
            let others = group.concepts.filter { $0 != subject }
            findings.report(.overlappingLabels, subject,
                            "shares the label \(literal.quoted) with " + others.map { findings.describe($0) }.joined(separator: ", "),
                            related: others)
        }
    }

    /// Bits of a packed key for the occurrence number (up to 2^28 labels).
    private static let occurrenceBits: UInt64 = 28

    /// The groups of occurrences with one hash that really are one label of several concepts.
    private static func conflicts(_ members: [Int32], _ occurrences: [Occurrence], _ index: ValidationIndex)
        -> [(first: Int32, concepts: [Int32])] {
        var groups: [(first: Int32, concepts: [Int32])] = []
        var left = members
        while let first = left.first {
            let head = occurrences[Int(first)]
            let label = index.literal(head.literal)
            var concepts = [head.concept]
            var rest: [Int32] = []
            for member in left.dropFirst() {
                let other = occurrences[Int(member)]
                if other.scheme == head.scheme, sameLabel(label, index.literal(other.literal)) {
                    if !concepts.contains(other.concept) { concepts.append(other.concept) }
                } else {
                    rest.append(member)
                }
            }
            if concepts.count > 1 { groups.append((first, concepts)) }
            left = rest
        }
        return groups
    }

    /// Labels match when their language is the same and their text is, ignoring case.
    private static func sameLabel(_ a: Literal, _ b: Literal) -> Bool {
        a.language == b.language && (a.lexicalForm == b.lexicalForm || a.lexicalForm.lowercased() == b.lexicalForm.lowercased())
    }

    /// A 64-bit FNV-1a hash of scheme, language number and case-folded text.
    private static func key(_ scheme: Int32, _ language: Int32, _ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for shift in stride(from: 0, to: 32, by: 8) {
            mix(UInt8(truncatingIfNeeded: scheme >> Int32(shift)))
            mix(UInt8(truncatingIfNeeded: language >> Int32(shift)))
        }
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for byte in bytes { mix(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
            return true
        }
        if !ascii {
            for byte in text.lowercased().utf8 { mix(byte) }
        }
        return hash
    }
}
