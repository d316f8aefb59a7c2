/// Keeps values alive until the process ends. Compact vocabularies free quickly (a few large
/// buffers), but full models (the vocabularies `diff` is given with `--vocab`, the one `snapshot`
/// builds its index from) are many small strings, and the process is about to end anyway, so
/// these commands skip freeing them, as compilers do (clang's `-disable-free`). The values stay
/// in a global, so that leak checkers see them reachable instead of lost (LeakSanitizer failed
/// every `vaktaal diff` under AddressSanitizer).
enum KeptUntilExit {
    /// Written by a command's `run`, on its one thread.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        values.append(value)
    }
}
