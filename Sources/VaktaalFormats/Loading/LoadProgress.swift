/// Where loading stands: the file about to be read. Loading functions take an optional callback
/// that receives these; the library itself never draws progress.
public struct LoadProgress: Sendable, Equatable {
    /// The file about to be read.
    public var file: String
    /// Its position among the files of this load, from 0.
    public var index: Int
    /// How many files this load reads.
    public var count: Int
    /// The file's format.
    public var format: RDFFormat

    /// Creates a progress report.
    public init(file: String, index: Int, count: Int, format: RDFFormat) {
        self.file = file
        self.index = index
        self.count = count
        self.format = format
    }
}
