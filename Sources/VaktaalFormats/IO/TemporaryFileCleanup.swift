#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Removes the temporary files of unfinished atomic outputs when the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP), then dies of the signal as it would have.
///
/// The handler only calls `unlink`, `signal` and `raise`, which are async-signal-safe, on paths
/// made into C strings beforehand. A path's C string is made once and kept for the life of the
/// process (the handler may read it at any moment, so it is never freed): memory grows with the
/// distinct temporary paths, not with every output written, and stays reachable.
enum TemporaryFileCleanup {
    static let capacity = 64
    private static let installed = Mutex(false)
    private static let slotLock = Mutex(())

    /// Registers a temporary file; returns its slot, or nil when every slot is taken (the file is
    /// then only removed on errors, not on signals).
    static func register(_ path: String) -> Int? {
        install()
        return slotLock.withLock { _ in
            guard let slot = (0..<capacity).first(where: { temporaryFileSlots[$0] == nil }) else { return nil }
            temporaryFileSlots[slot] = cString(path)
            return slot
        }
    }

    /// The C string of a path: made the first time, the same one after that. Call under `slotLock`.
    private static func cString(_ path: String) -> UnsafeMutablePointer<CChar> {
        if let made = madePaths[path] { return made }
        let made = strdup(path)!
        madePaths[path] = made
        return made
    }

    /// Forgets a temporary file that was renamed into place or removed.
    static func unregister(_ slot: Int) {
        slotLock.withLock { _ in temporaryFileSlots[slot] = nil }
    }

    private static func install() {
        installed.withLock { done in
            guard !done else { return }
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                var action = sigaction()
                #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = removeTemporaryFilesAndDie
                #else
                action.__sigaction_u.__sa_handler = removeTemporaryFilesAndDie
                #endif
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                sigaction(signalNumber, &action, nil)
            }
            done = true
        }
    }
}

/// The C string made for each path registered so far, guarded by `slotLock`; never freed.
nonisolated(unsafe) private var madePaths: [String: UnsafeMutablePointer<CChar>] = [:]

/// The registered paths; a slot is nil when free.
nonisolated(unsafe) private let temporaryFileSlots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: TemporaryFileCleanup.capacity)
    slots.initialize(repeating: nil, count: TemporaryFileCleanup.capacity)
    return slots
}()

private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    for slot in 0..<TemporaryFileCleanup.capacity {
        if let path = temporaryFileSlots[slot] { unlink(path) }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
