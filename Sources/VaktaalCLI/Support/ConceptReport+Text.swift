import VaktaalFormats
import VaktaalModel

extension ConceptReport {
    /// The report as aligned text for a terminal.
    func text(language: String) -> String {
        let title = labels["prefLabel"]?.best(for: language)?.value ?? iri
        var lines = [title + (notations.isEmpty ? "" : "  [\(notations.joined(separator: ", "))]") + (deprecated ? "  (deprecated)" : "")]
        func row(_ name: String, _ values: [String]) {
            for (index, value) in values.enumerated() {
                lines.append("  " + (index == 0 ? name : "").padding(12) + value)
            }
        }
        row("IRI", [iri])
        row("scheme", schemes.map(Self.describe))
        for kind in LabelKind.allCases {
            row(kind.rawValue, (labels[kind.rawValue] ?? []).map { "\($0.language ?? "--")  \($0.value)" })
        }
        for kind in NoteKind.allCases {
            row(kind.rawValue, (notes[kind.rawValue] ?? []).map { "\($0.language ?? "--")  \($0.value)" })
        }
        row("broader", broader.map(Self.describe))
        row("narrower", narrower.map(Self.describe))
        row("related", related.map(Self.describe))
        row("replacedBy", replacedBy.map(Self.describe))
        row("mappings", mappings.map { mapping in
            let arrow = mapping.direction == "outgoing" ? "→" : "←"
            var text = "\(arrow) \(mapping.type)  \(Self.describe(mapping.concept))"
            var details: [String] = []
            if let confidence = mapping.confidence { details.append("confidence \(confidence)") }
            if let justification = mapping.justification { details.append(justification.split(separator: "/").last.map(String.init) ?? justification) }
            if let date = mapping.date { details.append(date) }
            if !details.isEmpty { text += "  (" + details.joined(separator: ", ") + ")" }
            return text
        })
        return lines.joined(separator: "\n")
    }

    static func describe(_ reference: Reference) -> String {
        var parts: [String] = []
        if let notation = reference.notation { parts.append(notation) }
        if let label = reference.label { parts.append(label) }
        parts.append("<\(reference.iri)>")
        return parts.joined(separator: "  ")
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
