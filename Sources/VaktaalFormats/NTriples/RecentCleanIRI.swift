#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last few IRIs that needed no escaping. A streamed document repeats the subject for every
/// statement of a node (alternating with nested nodes, such as SKOS-XL labels), predicates in runs
/// and classes throughout, and comparing bytes is cheaper than scanning them again.
struct RecentCleanIRIs {
    private var slots: [[UInt8]] = Array(repeating: [], count: 4)
    private var next = 0

    /// Whether `iri` needs no escaping, remembering it when so.
    mutating func isClean(_ iri: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = iri.baseAddress else { return true }
        for index in 0..<slots.count where slots[index].count == iri.count {
            if slots[index].withUnsafeBufferPointer({ memcmp($0.baseAddress!, start, iri.count) == 0 }) { return true }
        }
        guard NTriplesByteClass.isCleanIRI(iri) else { return false }
        slots[next].removeAll(keepingCapacity: true)
        slots[next].append(contentsOf: iri)
        next = (next + 1) & 3
        return true
    }
}
