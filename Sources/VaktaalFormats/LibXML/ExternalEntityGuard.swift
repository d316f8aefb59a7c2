internal import CLibXML2
import Synchronization

/// Refuses every external entity, DTD and XInclude: libxml2 asks this loader for anything outside
/// the document, and it never opens a file or a connection.
enum ExternalEntityGuard {
    private static let installed = Mutex(false)
    private static let refusals = Mutex([Int: String]())

    /// Installs the refusing loader process-wide, once.
    static func install() {
        installed.withLock { done in
            guard !done else { return }
            xmlSetExternalEntityLoader { url, _, context in
                let name = url.map { String(cString: $0) } ?? "(unnamed)"
                if let context {
                    ExternalEntityGuard.refusals.withLock { $0[Int(bitPattern: context)] = name }
                }
                return nil
            }
            done = true
        }
    }

    /// The last external entity refused while parsing with this context, consumed on read.
    static func lastRefused(for context: UnsafeMutableRawPointer?) -> String? {
        guard let context else { return nil }
        return refusals.withLock { $0.removeValue(forKey: Int(bitPattern: context)) }
    }
}
