import VaktaalFormats

extension TranslationReport {
    /// The report as the text `vaktaal translate` prints.
    var text: String {
        var lines = ["\(Self.describe(target))  \(type ?? "nearest")  (\(meaning); relevance \(relevance))"]
        if basis == "lexical", let targetFit {
            lines.append("  \"\(targetFit.part)\" ~ '\(targetFit.label)' (\(targetFit.labelKind)\(targetFit.usedDefinition ? " and definition" : ""))")
            return lines.joined(separator: "\n")
        }
        let part = sourceFit.map { "\"\($0.part)\"" } ?? "\"\(term)\""
        lines.append("  \(part) (\(match)) → \(Self.describe(source)) via '\(matchedLabel)'")
        for step in path {
            var detail = "\(step.type), \(step.via)"
            if let confidence = step.confidence { detail += ", \(confidence)" }
            if let justification = step.justification { detail += ", " + (justification.split(separator: "/").last.map(String.init) ?? justification) }
            lines.append("  → [\(detail)] \(Self.describe(step.to))")
        }
        if let targetFit, targetFit.score >= 0.3 { lines.append("  target's own words fit: '\(targetFit.label)' (\(targetFit.score))") }
        return lines.joined(separator: "\n")
    }

}
