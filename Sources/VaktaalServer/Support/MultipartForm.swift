/// The file fields of a `multipart/form-data` body (RFC 7578): each part's field name, file name
/// and bytes. Only what the diff form sends is read; anything malformed is a 400 problem.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        let name: String
        let fileName: String?
        let bytes: [UInt8]
    }

    let parts: [Part]

    /// Parses `body` sent with `contentType` (`multipart/form-data; boundary=…`).
    /// - Throws: ``Problem`` when the type, the boundary or a part is malformed.
    init(contentType: String?, body: [UInt8]) throws(Problem) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else {
            throw .badRequest("send the two versions as multipart/form-data (the form does)")
        }
        let boundaryParameter = contentType.split(separator: ";").map { $0.trimmingWhitespaceSubstring() }
            .first { $0.lowercased().hasPrefix("boundary=") }
        guard var boundary = boundaryParameter.map({ String($0.dropFirst("boundary=".count)) }), !boundary.isEmpty, boundary.count <= 200 else {
            throw .badRequest("the multipart body names no boundary")
        }
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [Part] = []
        var chunks = Self.split(body, on: delimiter)
        guard chunks.count >= 2 else { throw .badRequest("the multipart body is malformed") }
        chunks.removeFirst()  // the preamble
        for chunk in chunks {
            if chunk.starts(with: Array("--".utf8)) { break }  // the closing delimiter
            parts.append(try Self.part(chunk))
        }
        self.parts = parts
    }

    /// The part of a field.
    func file(_ name: String) -> Part? { parts.first { $0.name == name } }

    private static func part(_ chunk: ArraySlice<UInt8>) throws(Problem) -> Part {
        var chunk = chunk
        if chunk.starts(with: [13, 10]) { chunk = chunk.dropFirst(2) }
        guard let end = firstRange(of: [13, 10, 13, 10], in: chunk) else { throw .badRequest("a multipart part has no header") }
        let header = String(decoding: chunk[chunk.startIndex..<end], as: UTF8.self)
        var content = chunk[(end + 4)...]
        if content.suffix(2).elementsEqual([13, 10]) { content = content.dropLast(2) }
        guard let disposition = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
              let name = parameter("name", in: disposition) else {
            throw .badRequest("a multipart part names no field")
        }
        return Part(name: name, fileName: parameter("filename", in: disposition), bytes: Array(content))
    }

    private static func parameter(_ key: String, in header: Substring) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.trimmingWhitespaceSubstring()
            guard pair.lowercased().hasPrefix(key + "=") else { continue }
            var value = pair.dropFirst(key.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    private static func split(_ bytes: [UInt8], on delimiter: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var rest = bytes[...]
        while let range = firstRange(of: delimiter, in: rest) {
            result.append(rest[rest.startIndex..<range])
            rest = rest[(range + delimiter.count)...]
        }
        result.append(rest)
        return result
    }

    /// The index where `needle` first starts in `haystack`.
    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingWhitespaceSubstring() -> Substring {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return self[endIndex...] }
        return self[first...last]
    }
}
