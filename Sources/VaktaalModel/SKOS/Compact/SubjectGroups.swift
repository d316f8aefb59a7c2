/// The triples of a ``TripleStore`` grouped by subject, each group in store order, with repeated
/// triples left out (a store keeps them; a graph would not). Literals are compared by content,
/// as a ``TermTable`` may hold an equal literal twice.
struct SubjectGroups {
    /// Subjects, in the order of their first triple.
    private(set) var subjects: [TermID] = []
    /// Which triples repeat an earlier one.
    private(set) var repeated: [Bool]
    /// Where each group starts in `members`, plus where the last one ends.
    private var starts: [Int] = []
    /// Triple indices, group after group.
    private var members: [UInt32] = []
    /// The group of each term that is a subject, plus one; zero for other terms.
    private var groupOf: [UInt32]

    init(_ triples: [StoredTriple], terms: TermTable) {
        precondition(triples.count < Int(UInt32.max), "too many triples")
        groupOf = Array(repeating: 0, count: terms.count)
        repeated = Array(repeating: false, count: triples.count)
        // Count each group's triples into `starts[group + 1]`, sum them up into where each
        // group ends, then place triples from the last one back, moving each end to the start.
        starts = [0]
        for triple in triples {
            let group = groupOf[Int(triple.subject)]
            if group == 0 {
                subjects.append(triple.subject)
                starts.append(1)
                groupOf[Int(triple.subject)] = UInt32(subjects.count)
            } else {
                starts[Int(group)] += 1
            }
        }
        for group in starts.indices.dropFirst() { starts[group] += starts[group - 1] }
        members = Array(repeating: 0, count: triples.count)
        for index in triples.indices.reversed() {
            let end = Int(groupOf[Int(triples[index].subject)])
            starts[end] -= 1
            members[starts[end]] = UInt32(index)
        }
        // Group `g` ended at `starts[g + 1]`, which now holds its start; shift back by one.
        starts.removeFirst()
        starts.append(triples.count)
        dropRepeats(triples, terms)
    }

    /// The number of groups.
    var count: Int { subjects.count }

    /// The triple indices of a group, in store order.
    func group(_ index: Int) -> ArraySlice<UInt32> {
        members[starts[index]..<starts[index + 1]]
    }

    /// The triple indices of a subject, in store order; empty when it is no subject.
    func triples(of subject: TermID) -> ArraySlice<UInt32> {
        let group = Int(groupOf[Int(subject)])
        return group == 0 ? [] : self.group(group - 1)
    }

    /// Marks triples that repeat an earlier one of their group and takes them out of it.
    private mutating func dropRepeats(_ triples: [StoredTriple], _ terms: TermTable) {
        var seen = RepeatFinder()
        var write = 0
        for group in 0..<subjects.count {
            let start = starts[group], end = starts[group + 1]
            starts[group] = write
            if end - start == 2 {
                let first = triples[Int(members[start])], second = triples[Int(members[start + 1])]
                if first.predicate == second.predicate, TermTable.same(first.object, in: terms, second.object, in: terms) {
                    repeated[Int(members[start + 1])] = true
                }
            } else if end - start > 2 {
                markRepeats(triples, terms, members[start..<end], &seen)
            }
            for position in start..<end where !repeated[Int(members[position])] {
                members[write] = members[position]
                write += 1
            }
        }
        starts[subjects.count] = write
        members.removeLast(members.count - write)
    }

    /// Marks the triples of a group that repeat an earlier one of it.
    private mutating func markRepeats(_ triples: [StoredTriple], _ terms: TermTable, _ group: ArraySlice<UInt32>,
                                      _ seen: inout RepeatFinder) {
        seen.start(capacity: group.count)
        for index in group {
            let triple = triples[Int(index)]
            var object = UInt64(triple.object)
            if terms.kind(triple.object).isLiteral {
                object = terms.withBytes(triple.object) { RawBytes.hash($0, seed: UInt64(terms.attribute(triple.object))) }
            }
            let key = (UInt64(triple.predicate) &* 0x9E37_79B9_7F4A_7C15) ^ object
            let isRepeat = seen.insert(key, index) { earlier in
                let other = triples[Int(earlier)]
                return other.predicate == triple.predicate && TermTable.same(other.object, in: terms, triple.object, in: terms)
            }
            if isRepeat { repeated[Int(index)] = true }
        }
    }
}
