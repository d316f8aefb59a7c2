import Dispatch
import Synchronization
import VaktaalModel

/// Reads ESCO files on background threads, the largest first, while the caller merges them in
/// their own order as they come: `occupationSkillRelations.csv`, half the download, is read on
/// one thread while the other reads the rest, and merging overlaps with both.
final class ESCOFileQueue: Sendable {
    private let results: Mutex<[Result<TripleStore, any Error>?]>
    private let ready: [DispatchSemaphore]
    /// The files' indices in the order they are read, and how many have been taken.
    private let schedule: [Int]
    private let taken = Mutex(0)
    private let stopped = Mutex(false)

    /// Starts reading `files` with `read` on `threads` threads.
    init(_ files: [ESCOFile], threads: Int, read: @escaping @Sendable (ESCOFile) throws -> TripleStore) {
        results = Mutex(Array(repeating: nil, count: files.count))
        ready = files.map { _ in DispatchSemaphore(value: 0) }
        let sizes = files.map { FileSystem.status($0.path)?.size ?? 0 }
        schedule = files.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        for _ in 0..<max(1, threads) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                while let index = takeNext() {
                    // Once the caller has stopped, the files left are only marked done.
                    let result = stopped.withLock({ $0 }) ? .failure(CancellationError()) : Result { try read(files[index]) }
                    results.withLock { $0[index] = result }
                    ready[index].signal()
                }
            }
        }
    }

    /// The next file to read, or nil when every one has been taken.
    private func takeNext() -> Int? {
        taken.withLock { taken in
            guard taken < schedule.count else { return nil }
            defer { taken += 1 }
            return schedule[taken]
        }
    }

    /// The triples of file `index`, once read. Taken: a second call for the same file waits forever.
    /// - Throws: What reading that file threw; the files not yet read are then not read.
    func triples(_ index: Int) throws -> TripleStore {
        ready[index].wait()
        let result = results.withLock { results in
            defer { results[index] = nil }
            return results[index]!
        }
        if case .failure = result { stop() }
        return try result.get()
    }

    /// Tells the readers to read no more files.
    func stop() {
        stopped.withLock { $0 = true }
    }
}
