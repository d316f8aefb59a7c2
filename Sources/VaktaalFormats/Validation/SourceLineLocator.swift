#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import VaktaalModel

/// Finds the line where a resource is first described in its file, cheaply and approximately:
/// the first `rdf:about="…"` naming it in RDF/XML (relative IRIs are matched by their ending),
/// the first line starting with `<IRI>` in N-Triples and Turtle, the first `"uri": "IRI"` in
/// JSON. A resource described only through `rdf:ID`, nested blank nodes or prefixed names gets
/// no line.
package enum SourceLineLocator {
    /// Adds line numbers to the findings' locations, reading each file that has findings once.
    package static func addLines(to report: inout ValidationReport) {
        var wanted: [String: Set<String>] = [:]
        for finding in report.findings {
            if let file = finding.location?.file { wanted[file, default: []].insert(finding.concept) }
        }
        var lines: [String: [String: Int]] = [:]
        for (file, iris) in wanted {
            lines[file] = withMapped(file) { locate(iris, in: $0, format: RDFFormat(path: file)) }
        }
        for index in report.findings.indices {
            guard let file = report.findings[index].location?.file else { continue }
            let line = lines[file]?[report.findings[index].concept]
            report.findings[index].location?.line = line
        }
    }

    /// Runs `body` over the bytes of a file mapped into memory; nil when it cannot be read.
    private static func withMapped<T>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let file = try? MappedFile(path: path) else { return nil }
        return body(file.bytes.bindMemory(to: UInt8.self))
    }

    /// The first line naming each IRI.
    package static func locate(_ iris: Set<String>, in buffer: UnsafeBufferPointer<UInt8>, format: RDFFormat?) -> [String: Int] {
        var matcher = Matcher(iris: iris)
        var lines = LineCounter(buffer)
        switch format {
        case .rdfxml:
            for position in occurrences(of: "about=", in: buffer) where position + 7 < buffer.count {
                let quote = buffer[position + 6]
                guard quote == 0x22 || quote == 0x27, let value = value(in: buffer, from: position + 7, until: quote) else { continue }
                if matcher.record(value, line: lines.line(at: position)) { break }
            }
        case .json, .ndjson:
            for position in occurrences(of: "\"uri\"", in: buffer) {
                guard let value = jsonValue(in: buffer, after: position + 5) else { continue }
                if matcher.record(value, line: lines.line(at: position)) { break }
            }
        case .ntriples, .turtle:
            var start = 0
            var line = 1
            while start < buffer.count {
                let end = next(0x0A, in: buffer, from: start) ?? buffer.count
                var cursor = start
                while cursor < end, buffer[cursor] == 0x20 || buffer[cursor] == 0x09 { cursor += 1 }
                if cursor < end, buffer[cursor] == UInt8(ascii: "<"),
                   let value = value(in: buffer, from: cursor + 1, until: UInt8(ascii: ">")),
                   matcher.record(value, line: line) { break }
                start = end + 1
                line += 1
            }
        default:
            break
        }
        return matcher.found
    }

    /// Matches references found in a file to the wanted IRIs.
    private struct Matcher {
        let iris: Set<String>
        var byEnding: [Substring: [String]] = [:]
        var found: [String: Int] = [:]

        init(iris: Set<String>) {
            self.iris = iris
            for iri in iris { byEnding[SourceLineLocator.lastSegment(iri[...]), default: []].append(iri) }
        }

        /// Records a reference; returns whether every IRI has been found.
        mutating func record(_ reference: String, line: Int) -> Bool {
            if iris.contains(reference) {
                if found[reference] == nil { found[reference] = line }
            } else if !reference.contains(":") {
                for iri in byEnding[SourceLineLocator.lastSegment(reference[...])] ?? [] where found[iri] == nil && iri.hasSuffix(reference) {
                    let before = iri.dropLast(reference.count).last
                    if reference.hasPrefix("#") || reference.hasPrefix("/") || before == "/" || before == "#" { found[iri] = line }
                }
            }
            return found.count == iris.count
        }
    }

    /// Counts lines up to increasing positions, with `memchr`.
    private struct LineCounter {
        let buffer: UnsafeBufferPointer<UInt8>
        var counted = 0
        var current = 1

        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func line(at position: Int) -> Int {
            while let newline = SourceLineLocator.next(0x0A, in: buffer, from: counted), newline < position {
                current += 1
                counted = newline + 1
            }
            return current
        }
    }

    /// The positions where `pattern` occurs: `memchr` finds its last byte, the rest is compared.
    private static func occurrences(of pattern: String, in buffer: UnsafeBufferPointer<UInt8>) -> UnfoldSequence<Int, Int> {
        let needle = Array(pattern.utf8)
        return sequence(state: needle.count - 1) { start in
            while let end = next(needle[needle.count - 1], in: buffer, from: start) {
                start = end + 1
                let position = end - (needle.count - 1)
                if position >= 0, needle.indices.allSatisfy({ buffer[position + $0] == needle[$0] }) { return position }
            }
            start = buffer.count
            return nil
        }
    }

    private static func next(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), buffer.count - start) else {
            return nil
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private static func lastSegment(_ text: Substring) -> Substring {
        guard let slash = text.lastIndex(where: { $0 == "/" || $0 == "#" }) else { return text }
        return text[text.index(after: slash)...]
    }

    /// The text from `start` up to the `end` byte on the same line.
    private static func value(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, until end: UInt8) -> String? {
        var cursor = start
        while cursor < buffer.count, buffer[cursor] != end, buffer[cursor] != 0x0A { cursor += 1 }
        guard cursor < buffer.count, buffer[cursor] == end, cursor > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<cursor]), as: UTF8.self)
    }

    /// The JSON string after `"uri"` and its colon.
    private static func jsonValue(in buffer: UnsafeBufferPointer<UInt8>, after start: Int) -> String? {
        var cursor = start
        while cursor < buffer.count, buffer[cursor] == 0x20 || buffer[cursor] == UInt8(ascii: ":") { cursor += 1 }
        guard cursor < buffer.count, buffer[cursor] == 0x22 else { return nil }
        return value(in: buffer, from: cursor + 1, until: 0x22)
    }
}
