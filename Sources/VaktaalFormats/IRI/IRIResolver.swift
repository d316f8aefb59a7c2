/// Resolves relative IRI references against a base, following RFC 3986 section 5.2.
package enum IRIResolver {
    /// Whether the reference starts with a scheme (`letter (letter | digit | + | - | .)* ':'`).
    package static func hasScheme<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var index = bytes.startIndex
        guard index != bytes.endIndex, isLetter(bytes[index]) else { return false }
        index = bytes.index(after: index)
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
            index = bytes.index(after: index)
        }
        return false
    }

    /// Whether the string is an absolute IRI (has a scheme).
    package static func isAbsolute(_ iri: String) -> Bool { hasScheme(iri.utf8) }

    /// Resolves `reference` against `base`.
    package static func resolve(_ reference: String, against base: String) -> String {
        if let fast = fastPath(reference, base) { return fast }
        if hasScheme(reference.utf8) {
            let parts = Components(reference)
            return parts.recompose(path: removeDotSegments(parts.path))
        }
        let base = Components(base)
        let ref = Components(reference)
        var result = Components()
        result.scheme = base.scheme
        if ref.authority != nil {
            result.authority = ref.authority
            result.path = removeDotSegments(ref.path)
            result.query = ref.query
        } else {
            result.authority = base.authority
            if ref.path.isEmpty {
                result.path = base.path
                result.query = ref.query ?? base.query
            } else {
                result.path = ref.path.hasPrefix("/") ? removeDotSegments(ref.path) : removeDotSegments(merge(base, ref.path))
                result.query = ref.query
            }
        }
        result.fragment = ref.fragment
        return result.recompose(path: result.path)
    }

    /// The common cases without taking either IRI apart: an absolute reference with no dot
    /// segments stays as it is, and a fragment-only reference goes after the base's fragment-less part.
    private static func fastPath(_ reference: String, _ base: String) -> String? {
        var copy = reference
        let absolute = copy.withUTF8 { bytes -> Bool? in
            guard let first = bytes.first else { return nil }
            if first == UInt8(ascii: "#") { return false }
            return hasScheme(bytes) && !hasDotSegment(bytes) ? true : nil
        }
        switch absolute {
        case true?: return reference
        case false?:
            guard !base.utf8.contains(UInt8(ascii: "#")), hasScheme(base.utf8), !hasDotSegment(base.utf8) else { return nil }
            return base + reference
        case nil: return nil
        }
    }

    /// Whether a `.` or `..` segment may occur (a `/` followed by `.`).
    static func hasDotSegment<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return false }
            previous = byte
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func merge(_ base: Components, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") { input = input.dropFirst(3); if !output.isEmpty { output.removeLast() } }
            else if input == "/.." { input = "/"; if !output.isEmpty { output.removeLast() } }
            else if input == "." || input == ".." { input = "" }
            else {
                let searchStart = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// The five parts of an IRI reference.
    private struct Components {
        var scheme: String?
        var authority: String?
        var path = ""
        var query: String?
        var fragment: String?

        init() {}

        init(_ text: String) {
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if IRIResolver.hasScheme(rest.utf8), let colon = rest.firstIndex(of: ":") {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        func recompose(path: String) -> String {
            var result = ""
            if let scheme { result += scheme + ":" }
            if let authority { result += "//" + authority }
            result += path
            if let query { result += "?" + query }
            if let fragment { result += "#" + fragment }
            return result
        }
    }
}
