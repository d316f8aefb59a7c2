public import VaktaalModel

/// Writes a diff for people: the summary first, then the details in a fixed order (schemes,
/// added, removed and changed concepts, mappings, collections, impact), each sorted.
package struct DiffRenderer {
    let diff: VocabularyDiff
    let style: any DiffStyle
    /// The two inputs, for the title.
    let old: String
    let new: String

    /// A renderer of `diff` in `style`, naming the inputs `old` and `new` in the title.
    package init(diff: VocabularyDiff, style: any DiffStyle, old: String, new: String) {
        (self.diff, self.style, self.old, self.new) = (diff, style, old, new)
    }

    /// The whole report, or only the counts.
    package func render(summaryOnly: Bool) -> String {
        var lines = [style.title("vaktaal diff " + style.code(old) + " → " + style.code(new))]
        lines.append(style.heading("Summary"))
        lines += style.table(DiffSummaryRows(diff.summary).rows)
        if !diff.hasDifferences { lines.append(style.detail("no differences")) }
        if !summaryOnly { lines += details() }
        return lines.joined(separator: "\n")
    }

    private func details() -> [String] {
        var lines: [String] = []
        section("Concept schemes", diff.schemes, into: &lines, schemeLines)
        section("Added concepts", diff.added, into: &lines) { entryLines($0, .added) }
        section("Removed concepts", diff.removed, into: &lines) { entryLines($0, .removed) }
        section("Changed concepts", diff.changed, into: &lines, changeLines)
        section("Mappings", diff.mappings, into: &lines, mappingLines)
        section("Collections", diff.collections, into: &lines, collectionLines)
        if let impact = diff.impact {
            section("Impact: mappings in other vocabularies that break", impact, into: &lines, impactLines)
        }
        return lines
    }

    private func section<T>(_ title: String, _ items: [T], into lines: inout [String], _ render: (T) -> [String]) {
        guard !items.isEmpty else { return }
        lines.append(style.heading("\(title) (\(items.count))"))
        for item in items { lines += render(item) }
    }

    /// A concept for a reader: notation, label and IRI.
    func concept(_ iri: String, label: String? = nil, notation: String? = nil) -> String {
        let name = diff.names[iri]
        let parts = [(notation ?? name?.notation).map(style.code), (label ?? name?.label).map(style.quote)].compactMap { $0 }
        return (parts + [style.iri(iri)]).joined(separator: " ")
    }

    /// A short reference to a concept: its label (or notation) when known, else the IRI.
    func reference(_ iri: String) -> String {
        if let name = diff.names[iri], let shown = name.label.map(style.quote) ?? name.notation.map(style.code) { return shown }
        return style.iri(iri)
    }

    /// Added and removed values as `+ a, b  − c`, coloured.
    func delta(_ delta: SetDelta<String>?, _ show: (String) -> String) -> String {
        guard let delta else { return "" }
        var parts: [String] = []
        if !delta.added.isEmpty { parts.append(style.paint("+ " + delta.added.map(show).joined(separator: ", "), .added)) }
        if !delta.removed.isEmpty { parts.append(style.paint("− " + delta.removed.map(show).joined(separator: ", "), .removed)) }
        return parts.joined(separator: "  ")
    }

    private func entryLines(_ entry: ConceptEntry, _ marker: DiffMarker) -> [String] {
        var text = concept(entry.iri, label: entry.label, notation: entry.notation)
        if !entry.broader.isEmpty { text += " — under " + entry.broader.map(reference).joined(separator: ", ") }
        if entry.deprecated { text += " (deprecated)" }
        var lines = [style.item(marker, text)]
        if !entry.replacedBy.isEmpty { lines.append(style.detail("replaced by " + entry.replacedBy.map(reference).joined(separator: ", "))) }
        return lines
    }

    private func schemeLines(_ scheme: SchemeChange) -> [String] {
        let marker: DiffMarker = scheme.change == .added ? .added : scheme.change == .removed ? .removed : .changed
        var lines = [style.item(marker, ([scheme.name.map(style.quote)].compactMap { $0 } + [style.iri(scheme.iri)]).joined(separator: " "))]
        for property in scheme.properties {
            lines.append(style.detail(style.code(property.property) + ": " + values(property.removed, property.added)))
        }
        if let tops = scheme.topConcepts { lines.append(style.detail("top concepts: " + delta(tops, reference))) }
        return lines
    }

    /// `old → new` for single values, else `+ … − …`.
    func values(_ removed: [String], _ added: [String]) -> String {
        if removed.count == 1, added.count == 1 {
            return style.paint(removed[0], .removed) + " → " + style.paint(added[0], .added)
        }
        return delta(SetDelta(added: added, removed: removed)) { $0 }
    }
}
