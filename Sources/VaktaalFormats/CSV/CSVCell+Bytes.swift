/// ``CSVCell``'s helpers on a cell's borrowed bytes (``CSVByteRecord``), handing out each item
/// as a view into the cell instead of a new string.
extension CSVCell {
    /// Calls `body` with each item of a cell holding a list, one per line (LF or CRLF), as
    /// ``lines(_:)`` gives them: empty lines are left out, a CR ending a line is dropped.
    package static func forEachLine(_ cell: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var start = 0
        while start < cell.count {
            var end = start
            while end < cell.count, cell[end] != CSVScanner.lineFeed { end += 1 }
            var itemEnd = end
            if itemEnd > start, cell[itemEnd - 1] == CSVScanner.carriageReturn { itemEnd -= 1 }
            if itemEnd > start { try body(UnsafeBufferPointer(rebasing: cell[start..<itemEnd])) }
            start = end + 1
        }
    }

    /// Calls `body` with each item of a cell holding a list with an in-line separator such as
    /// `" | "`, as ``items(_:separatedBy:)`` gives them: empty items are left out.
    package static func forEachItem(_ cell: UnsafeBufferPointer<UInt8>, separatedBy separator: [UInt8],
                                    _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var start = 0, index = 0
        while index + separator.count <= cell.count {
            if cell[index] == separator[0], separator.indices.allSatisfy({ cell[index + $0] == separator[$0] }) {
                if index > start { try body(UnsafeBufferPointer(rebasing: cell[start..<index])) }
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        if cell.count > start { try body(UnsafeBufferPointer(rebasing: cell[start...])) }
    }

    /// Whether the bytes are an absolute IRI that N-Triples can write as it is (see ``isIRI(_:)``).
    package static func isIRI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard IRIResolver.hasScheme(bytes) else { return false }
        return !bytes.contains(where: isForbiddenInIRI)
    }

    /// Space, control characters and `<>"{}|^`\`.
    @inline(__always)
    static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
            || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "^") || byte == UInt8(ascii: "`")
            || byte == UInt8(ascii: "\\")
    }

    /// The bytes without leading and trailing spaces and tabs.
    package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
