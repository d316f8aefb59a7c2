internal import CLibXML2
import Synchronization

/// Refuses every external entity and DTD: libxml2 asks this loader for anything outside the
/// document, and it never opens a file or a connection. The refusal stops the parse with an error
/// naming the entity, so that no result is ever silently partial.
enum ExternalEntityGuard {
    private static let installed = Mutex(false)

    /// Installs the refusing loader process-wide, once.
    static func install() {
        installed.withLock { done in
            guard !done else { return }
            xmlSetExternalEntityLoader { url, _, context in
                let name = url.map { String(cString: $0) } ?? "(unnamed)"
                if let parser = XMLStreamParser.from(UnsafeMutableRawPointer(context)) {
                    parser.fail("external entity '\(name)' refused: Vaktaal never reads files or the network named by a document; expected only internal entities")
                }
                return nil
            }
            done = true
        }
    }
}
