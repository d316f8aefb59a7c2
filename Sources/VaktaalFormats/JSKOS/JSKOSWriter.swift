public import VaktaalModel

/// Writes a vocabulary as JSKOS (JSON for Knowledge Organization Systems,
/// <https://gbv.github.io/jskos/>): schemes, concepts, collections and mappings as JSKOS objects.
///
/// Output is deterministic: keys sorted, objects sorted by IRI, values sorted. Whatever JSKOS
/// cannot say (further `prefLabel`s in one language, typed notations, dates without a date
/// datatype, scheme titles, unmodelled triples, …) is kept losslessly as N-Triples lines in the
/// extension field `_triples`, which JSON-LD processors ignore, so that ``JSKOSReader`` gives back
/// a vocabulary with an isomorphic graph. `docs/JSON.md` describes the format.
public enum JSKOSWriter {
    /// One JSON-LD document, pretty-printed with two-space indentation:
    /// `{"@context": "https://gbv.github.io/jskos/context.json", "@graph": [schemes…, concepts…,
    /// collections…, mappings…]}`, plus `_triples` for triples no object owns and `_prefixes`
    /// for the vocabulary's namespace prefixes.
    /// - Parameter vocabulary: The vocabulary to write.
    /// - Returns: The UTF-8 JSON text, ending in a line break.
    public static func document(_ vocabulary: Vocabulary) throws -> [UInt8] {
        let export = JSKOSExport(vocabulary)
        var fields: [String: JSKOSValue] = [
            "@context": .string(JSKOSContext.url),
            "@graph": .array(export.objects),
        ]
        if !export.leftovers.isEmpty { fields["_triples"] = JSKOSExport.lines(export.leftovers) }
        if !vocabulary.prefixes.isEmpty {
            var prefixes: [String: JSKOSValue] = [:]
            for (prefix, namespace) in vocabulary.prefixes where prefixes[prefix] == nil {
                prefixes[prefix] = .string(namespace)
            }
            fields["_prefixes"] = .object(prefixes)
        }
        return JSKOSPrinter.pretty(.object(fields))
    }

    /// Newline-delimited JSON: one JSKOS object (scheme, concept, collection or mapping) per
    /// line, in the order of ``document(_:)``, without `@context`. When some triples belong to no
    /// object, a last line `{"_triples": […]}` holds them. Namespace prefixes are not written.
    /// - Parameter vocabulary: The vocabulary to write.
    /// - Returns: The UTF-8 lines, each ending in a line break; empty for an empty vocabulary.
    public static func ndjson(_ vocabulary: Vocabulary) throws -> [UInt8] {
        let export = JSKOSExport(vocabulary)
        var lines = export.objects
        if !export.leftovers.isEmpty { lines.append(.object(["_triples": JSKOSExport.lines(export.leftovers)])) }
        var output: [UInt8] = []
        for line in lines {
            JSKOSPrinter.compact(line, into: &output)
            output.append(0x0A)
        }
        return output
    }
}
