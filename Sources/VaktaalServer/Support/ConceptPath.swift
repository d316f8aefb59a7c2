/// The concept key in a path such as `/api/concepts/MB-021` or
/// `/api/concepts/https%3A%2F%2Fdata.vaktaal.nl%2Fmetaal%2FMB-021` (an IRI, percent-encoded or not).
enum ConceptPath {
    /// The decoded rest of `path` after `prefix`.
    /// - Throws: ``Problem`` when it is empty, malformed or too long.
    static func key(_ path: String, prefix: String) throws(Problem) -> String {
        guard path.hasPrefix(prefix) else { throw .notFound("no concept named") }
        let raw = path.dropFirst(prefix.count)
        guard !raw.isEmpty else { throw .badRequest("name a concept by IRI or notation after \(prefix)") }
        // The path is decoded like a query value, except that `+` stays a plus.
        let decoded = try QueryParameters("k=" + raw.replacingPlus())["k"]
        guard let decoded else { throw .badRequest("name a concept by IRI or notation after \(prefix)") }
        // Some clients collapse `//` in a path: `https:/data…` means `https://data…`.
        for scheme in ["https:/", "http:/"] where decoded.hasPrefix(scheme) && !decoded.hasPrefix(scheme + "/") {
            return scheme + "/" + decoded.dropFirst(scheme.count)
        }
        return decoded
    }
}

extension Substring {
    /// `+` percent-encoded, so that form decoding keeps it.
    func replacingPlus() -> String {
        var result = ""
        for character in self { result += character == "+" ? "%2B" : String(character) }
        return result
    }
}
