extension ValidationIndex {
    /// The preferred label to show for a resource: in `language`, else English, else untagged,
    /// else any. Languages are compared by number, so only the chosen literal is read.
    func displayLabel(of id: Int32, language: String) -> String? {
        let wanted = Int32(languageNumbers[language] ?? -2), english = Int32(languageNumbers["en"] ?? -2)
        var best: ValidationIndex.LabelEntry?
        var rank = 4
        for entry in labels(of: id) where entry.kind == .preferred {
            let entryRank = entry.language == wanted ? 0 : entry.language == english ? 1 : entry.language < 0 ? 2 : 3
            if entryRank < rank { best = entry; rank = entryRank }
            if rank == 0 { break }
        }
        return best.map { literal($0.literal).lexicalForm }
    }

    /// Whether the resource has a preferred label, plain or SKOS-XL.
    func hasPrefLabel(_ id: Int32) -> Bool {
        labels(of: id).contains { $0.kind == .preferred }
    }

    /// Whether a concept is defined somewhere, not just mentioned: typed, labelled or in a scheme.
    func isDefined(_ id: Int32) -> Bool {
        classes[Int(id)].contains(.concept) || !labels(of: id).isEmpty || !schemes(of: id).isEmpty
    }

    /// A short name for a property IRI: `skos:prefLabel`, or the IRI.
    static func shortName(_ property: String) -> String {
        for (prefix, namespace) in Namespace.wellKnownPrefixes where property.hasPrefix(namespace) {
            return prefix + ":" + property.dropFirst(namespace.count)
        }
        return "<" + property + ">"
    }

}

extension Literal {
    /// The literal as a user would write it: `'text'@nl`.
    var quoted: String {
        var text = "'" + lexicalForm.debugEscaped + "'"
        if let language { text += "@" + language }
        return text
    }
}

extension String {
    /// The string with control and other invisible characters shown as `\u{…}`.
    var debugEscaped: String {
        guard unicodeScalars.contains(where: UnprintableCharacters.isUnprintable) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if UnprintableCharacters.isUnprintable(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
