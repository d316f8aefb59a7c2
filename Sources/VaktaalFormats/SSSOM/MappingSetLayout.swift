import VaktaalModel

/// The hand layout of Vaktaal's mapping set files (see `Vocabularies/README.md`): SKOS triples in
/// `rdf:Description` blocks, then the `sssom:MappingSet` with one `owl:Axiom` per mapping.
struct MappingSetLayout {
    let set: String
    let labelsObjects: Bool
    let objectLabels: [String: String]

    static let namespaces = [("rdf", Namespace.rdf), ("skos", Namespace.skos), ("dcterms", Namespace.dcterms),
                             ("owl", Namespace.owl), ("sssom", Namespace.sssom)]

    /// The text with the mappings added: descriptions before the mapping set, axioms at its end;
    /// nil when the text is not laid out so (or lacks a namespace declaration used).
    func inserting(_ mappings: [Mapping], into text: String) -> String? {
        for (prefix, namespace) in Self.namespaces where !text.contains("xmlns:\(prefix)=\"\(namespace)\"") { return nil }
        guard let open = text.firstRange(of: "<sssom:MappingSet rdf:about=\"\(Self.escaped(set))\""),
              let close = text.ranges(of: "</sssom:MappingSet>").last,
              open.lowerBound < close.lowerBound else { return nil }
        let openLine = text[..<open.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? open.lowerBound
        let closeLine = text[..<close.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? close.lowerBound
        guard text[openLine..<open.lowerBound].allSatisfy({ $0 == " " }), text[closeLine..<close.lowerBound].allSatisfy({ $0 == " " })
        else { return nil }
        return String(text[..<openLine]) + descriptions(mappings) + String(text[openLine..<closeLine]) + axioms(mappings)
            + String(text[closeLine...])
    }

    /// A whole new file for a pair of schemes.
    func document(_ mappings: [Mapping], pair: (String, String)) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF\n"
        text += Self.namespaces.map { "  xmlns:\($0.0)=\"\($0.1)\"" }.joined(separator: "\n")
        text += "\n  xml:base=\"https://data.vaktaal.nl/\">\n\n"
        text += descriptions(mappings)
        let source = SchemeName.shortName(of: pair.0), target = SchemeName.shortName(of: pair.1)
        text += "  <sssom:MappingSet rdf:about=\"\(Self.escaped(set))\">\n"
        text += "    <dcterms:title xml:lang=\"nl\">\(Self.escaped(source)) naar \(Self.escaped(target))</dcterms:title>\n"
        text += "    <sssom:mapping_set_id rdf:resource=\"\(Self.escaped(set))\"/>\n"
        text += "    <sssom:license rdf:resource=\"https://creativecommons.org/licenses/by/4.0/\"/>\n"
        for (slot, scheme) in [("subject_source", pair.0), ("object_source", pair.1)] where scheme.contains("://") {
            text += "    <sssom:\(slot) rdf:resource=\"\(Self.escaped(scheme))\"/>\n"
        }
        return text + axioms(mappings) + "  </sssom:MappingSet>\n\n</rdf:RDF>\n"
    }

    /// One `rdf:Description` per subject with its SKOS triples, each followed by a blank line.
    func descriptions(_ mappings: [Mapping]) -> String {
        var order: [String] = []
        var bySubject: [String: [Mapping]] = [:]
        for mapping in mappings {
            if bySubject[mapping.subject] == nil { order.append(mapping.subject) }
            bySubject[mapping.subject, default: []].append(mapping)
        }
        return order.map { subject in
            "  <rdf:Description rdf:about=\"\(Self.escaped(subject))\">\n"
                + bySubject[subject]!.map { "    <skos:\($0.type.rawValue) rdf:resource=\"\(Self.escaped($0.object))\"/>\n" }.joined()
                + "  </rdf:Description>\n\n"
        }.joined()
    }

    /// One `sssom:mappings` element with its `owl:Axiom` per mapping.
    func axioms(_ mappings: [Mapping]) -> String {
        mappings.map { mapping in
            var lines = ["    <sssom:mappings>", "      <owl:Axiom>",
                         "        <owl:annotatedSource rdf:resource=\"\(Self.escaped(mapping.subject))\"/>",
                         "        <owl:annotatedProperty rdf:resource=\"\(Self.escaped(mapping.type.property))\"/>",
                         "        <owl:annotatedTarget rdf:resource=\"\(Self.escaped(mapping.object))\"/>"]
            if labelsObjects, let label = objectLabels[mapping.object] {
                lines.append("        <sssom:object_label xml:lang=\"en\">\(Self.escaped(label))</sssom:object_label>")
            }
            if let justification = mapping.justification {
                lines.append("        <sssom:mapping_justification rdf:resource=\"\(Self.escaped(justification))\"/>")
            }
            if let confidence = mapping.confidenceLiteral {
                lines.append("        <sssom:confidence rdf:datatype=\"\(Namespace.xsd)double\">\(Self.escaped(confidence.lexicalForm))</sssom:confidence>")
            }
            for author in mapping.authors { lines.append("        <sssom:author_id rdf:resource=\"\(Self.escaped(author))\"/>") }
            if let date = mapping.date {
                lines.append("        <sssom:mapping_date rdf:datatype=\"\(Namespace.xsd)date\">\(Self.escaped(date.lexicalForm))</sssom:mapping_date>")
            }
            if let comment = mapping.comment {
                let language = comment.language.map { " xml:lang=\"\(Self.escaped($0))\"" } ?? ""
                lines.append("        <sssom:comment\(language)>\(Self.escaped(comment.value))</sssom:comment>")
            }
            lines += ["      </owl:Axiom>", "    </sssom:mappings>"]
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    /// Text escaped for XML content and attribute values.
    static func escaped(_ text: String) -> String { MarkupEscaping.escaped(text) }
}
