import Dispatch
package import VaktaalModel

/// Reads files into a ``ValidationInput``: RDF/XML streams from the parser in batches to a second
/// thread that indexes them while the parser goes on; other formats are read as a graph first.
package final class ValidationInputLoader: @unchecked Sendable {
    // `input` is only touched on `queue`, or after `queue` has drained.
    private var input = ValidationInput()
    private let queue = DispatchQueue(label: "vaktaal.validate.index")
    private let slots = DispatchSemaphore(value: 16)
    private static let batchSize = 4096
    private let progress: ((LoadProgress) -> Void)?

    /// A loader; `progress` is called before each file (and each file of an ESCO download).
    package init(progress: ((LoadProgress) -> Void)? = nil) {
        self.progress = progress
    }

    /// Reads a file.
    /// - Throws: ``ParseError`` or ``FileError``.
    package func load(_ file: String, isContext: Bool) throws {
        let estimate = (FileSystem.status(file)?.size ?? 0) / 90
        enqueue { input in
            input.startFile(file, isContext: isContext)
            input.reserveCapacity(triples: estimate)
        }
        guard RDFFormat(path: file) == .rdfxml else {
            let graph = try VocabularyLoader.loadGraph(path: file, progress: progress)
            enqueue { $0.add(graph) }
            return
        }
        var batch: [Triple] = []
        batch.reserveCapacity(Self.batchSize)
        _ = try RDFXMLReader.read(path: file, base: VocabularyLoader.fileIRI(file)) { triple in
            batch.append(triple)
            guard batch.count == Self.batchSize else { return }
            let full = batch
            batch = []
            batch.reserveCapacity(Self.batchSize)
            self.enqueue { $0.add(contentsOf: full) }
        }
        let rest = batch
        enqueue { $0.add(contentsOf: rest) }
    }

    /// The input, once every batch is indexed.
    package func finish() -> ValidationInput {
        queue.sync { input }
    }

    private func enqueue(_ work: @escaping @Sendable (inout ValidationInput) -> Void) {
        slots.wait()
        queue.async {
            work(&self.input)
            self.slots.signal()
        }
    }
}
