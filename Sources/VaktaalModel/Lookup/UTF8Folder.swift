/// The byte-level core of ``TextNormalizer``: folds UTF-8 text straight into its folded words,
/// separated by single spaces, without a String or Character per word. ASCII costs one table read
/// per byte; other scalars read their precomputed folding (``ScalarFoldingTable``), so the result
/// is the scalar-by-scalar folding of ``TextNormalizer/fold(_:)``, byte for byte.
enum UTF8Folder {
    /// The most bytes that folding `count` bytes of text can write: a scalar of n bytes folds to
    /// at most 3n bytes (checked when the tables are built), plus a space before it.
    static func capacity(forFolding count: Int) -> Int { 4 * count }

    /// Writes the folded words of `text` to `output`, a single space between two words.
    /// - Parameters:
    ///   - text: Valid UTF-8, as a Swift String's bytes always are.
    ///   - output: Room for ``capacity(forFolding:)`` bytes.
    /// - Returns: The number of bytes written.
    static func fold(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var inWord = false
        var index = 0
        let count = text.count
        asciiFolding.withUnsafeBufferPointer { ascii in
            while index < count {
                let byte = text[index]
                if byte < 0x80 {
                    let folded = ascii[Int(byte)]
                    if folded == 0 {
                        inWord = false
                    } else {
                        if !inWord, written > 0 { output[written] = 0x20; written += 1 }
                        inWord = true
                        output[written] = folded
                        written += 1
                    }
                    index += 1
                    continue
                }
                let folding: ScalarFolding
                if byte < 0xE0 {
                    let value = UInt32(byte & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F)
                    folding = ScalarFoldingTable.twoByte.folding(of: value)
                    index += 2
                } else if byte < 0xF0 {
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
                    folding = ScalarFoldingTable.threeByte.folding(of: value)
                    index += 3
                } else {
                    let value = UInt32(byte & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12
                        | UInt32(text[index + 2] & 0x3F) << 6 | UInt32(text[index + 3] & 0x3F)
                    folding = ScalarFolding(Unicode.Scalar(value).flatMap(TextNormalizer.fold), sourceLength: 4)
                    index += 4
                }
                switch folding {
                case .breaksWord:
                    inWord = false
                case .bytes(let bytes) where !bytes.isEmpty:
                    if !inWord, written > 0 { output[written] = 0x20; written += 1 }
                    inWord = true
                    for byte in bytes { output[written] = byte; written += 1 }
                case .bytes:
                    break  // A combining mark: neither part of a word nor a break.
                }
            }
        }
        return written
    }

    /// ASCII letters and digits to their lower-case selves; 0 for everything that breaks words.
    private static let asciiFolding: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: UInt8(byte)
        case 0x41...0x5A: UInt8(byte + 0x20)
        default: 0
        }
    }
}
