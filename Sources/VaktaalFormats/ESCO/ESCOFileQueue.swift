import Dispatch
import Synchronization
import VaktaalModel

/// Reads ESCO files on a background thread, in order, while the caller merges the ones already
/// read: parsing the next file overlaps with inserting the triples of the previous one.
final class ESCOFileQueue: Sendable {
    private let results: Mutex<[Result<[Triple], any Error>?]>
    private let ready: [DispatchSemaphore]
    private let stopped = Mutex(false)

    /// Starts reading `files` with `read`, one after the other.
    init(_ files: [ESCOFile], read: @escaping @Sendable (ESCOFile) throws -> [Triple]) {
        results = Mutex(Array(repeating: nil, count: files.count))
        ready = files.map { _ in DispatchSemaphore(value: 0) }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for (index, file) in files.enumerated() {
                if stopped.withLock({ $0 }) { return }
                let result = Result { try read(file) }
                results.withLock { $0[index] = result }
                ready[index].signal()
                if case .failure = result { return }
            }
        }
    }

    /// The triples of file `index`, once read.
    /// - Throws: What reading that file threw.
    func triples(_ index: Int) throws -> [Triple] {
        ready[index].wait()
        let result = results.withLock { results in
            defer { results[index] = nil }
            return results[index]!
        }
        if case .failure = result { stop() }
        return try result.get()
    }

    /// Tells the reader to stop after the file it is reading.
    func stop() {
        stopped.withLock { $0 = true }
    }
}
