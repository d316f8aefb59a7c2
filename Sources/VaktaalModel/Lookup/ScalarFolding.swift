/// What one non-ASCII scalar becomes in folded text.
enum ScalarFolding {
    /// These bytes, as part of a word; none for a combining mark, which neither breaks a word nor
    /// starts one.
    case bytes(ArraySlice<UInt8>)
    /// A word break.
    case breaksWord

    /// The folding of ``TextNormalizer/fold(_:)``: nil breaks words. A scalar of `sourceLength`
    /// UTF-8 bytes must fold to at most three times as many, which ``UTF8Folder`` relies on.
    init(_ folded: String?, sourceLength: Int) {
        guard let folded else {
            self = .breaksWord
            return
        }
        let bytes = Array(folded.utf8)
        precondition(bytes.count <= 3 * sourceLength, "folding grows a scalar more than threefold")
        self = .bytes(bytes[...])
    }
}
