/// The byte-level core of ``TextNormalizer``: folds UTF-8 text straight into its folded words,
/// separated by single spaces, without a String or Character per word. ASCII costs one table read
/// per byte; other scalars read their precomputed folding (``ScalarFoldingTable``), so the result
/// is the scalar-by-scalar folding of ``TextNormalizer/fold(_:)``, byte for byte.
enum UTF8Folder {
    /// Appends the folded words of `text` to `output`, a single space between two words.
    /// - Parameters:
    ///   - text: Valid UTF-8, as a Swift String's bytes always are.
    ///   - output: Where the words go; what it holds already is kept, and no space is put after it.
    static func appendFolded(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let start = output.count
        let ascii = asciiFolding
        var inWord = false
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                let folded = ascii[Int(byte)]
                if folded == 0 {
                    inWord = false
                } else {
                    if !inWord {
                        if output.count > start { output.append(0x20) }
                        inWord = true
                    }
                    output.append(folded)
                }
                index += 1
                continue
            }
            let mark = output.count
            let folds: Bool
            if byte < 0xE0 {
                let value = UInt32(byte & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F)
                folds = ScalarFoldingTable.twoByte.append(value, to: &output)
                index += 2
            } else if byte < 0xF0 {
                let value = UInt32(byte & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
                folds = ScalarFoldingTable.threeByte.append(value, to: &output)
                index += 3
            } else {
                let value = UInt32(byte & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12
                    | UInt32(text[index + 2] & 0x3F) << 6 | UInt32(text[index + 3] & 0x3F)
                let folded = Unicode.Scalar(value).flatMap(TextNormalizer.fold)
                if let folded { output.append(contentsOf: folded.utf8) }
                folds = folded != nil
                index += 4
            }
            if !folds {
                inWord = false
            } else if output.count > mark, !inWord {
                // A word starts with this scalar: put the space between it and the previous word.
                inWord = true
                if mark > start { output.insert(0x20, at: mark) }
            }
        }
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
