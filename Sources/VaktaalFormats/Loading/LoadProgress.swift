/// Where loading stands: the file about to be read, or a warning about a file (``warning``).
/// Loading functions take an optional callback that receives these; the library itself never
/// draws progress or prints warnings.
public struct LoadProgress: Sendable, Equatable {
    /// The file about to be read, or the file the warning is about.
    public var file: String
    /// Its position among the files of this load, from 0.
    public var index: Int
    /// How many files this load reads.
    public var count: Int
    /// The file's format.
    public var format: RDFFormat
    /// Set when this report is a warning about ``file`` rather than the start of reading it: the
    /// file was skipped, or part of it is not imported (an ESCO download whose release has files or
    /// columns Vaktaal cannot place). Loading goes on.
    public var warning: LoadWarning?

    /// Creates a progress report, or a warning about a file when `warning` is given.
    public init(file: String, index: Int, count: Int, format: RDFFormat, warning: LoadWarning? = nil) {
        self.file = file
        self.index = index
        self.count = count
        self.format = format
        self.warning = warning
    }
}
