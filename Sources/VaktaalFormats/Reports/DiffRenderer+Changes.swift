import VaktaalModel

extension DiffRenderer {
    /// A changed concept and one line per change.
    func changeLines(_ change: ConceptChange) -> [String] {
        var lines = [style.item(.changed, concept(change.iri, label: change.label, notation: change.notation))]
        func add(_ text: String) { lines.append(style.detail(text)) }
        switch change.deprecation {
        case .deprecated: add(style.paint("deprecated", .removed))
        case .undeprecated: add(style.paint("no longer deprecated", .added))
        case nil: break
        }
        if let replaced = change.replacedBy { add("replaced by: " + delta(replaced, reference)) }
        for text in (change.labels ?? []) + (change.notes ?? []) { add(textLine(text)) }
        if let notations = change.notations { add("notation: " + values(notations.removed, notations.added)) }
        if let broader = change.broader {
            if change.moved == true {
                add("moved: " + broader.removed.map(reference).joined(separator: ", ") + " → "
                    + broader.added.map(reference).joined(separator: ", "))
            } else {
                add("broader: " + delta(broader, reference))
            }
        }
        if let narrower = change.narrower { add("narrower: " + delta(narrower, reference)) }
        if let related = change.related { add("related: " + delta(related, reference)) }
        if let schemes = change.inSchemes { add("inScheme: " + delta(schemes, style.iri)) }
        if let schemes = change.topConceptOf { add("topConceptOf: " + delta(schemes, style.iri)) }
        return lines
    }

    /// One label or note change: `prefLabel@nl: “old” → “new”`, `… added: “x”`, `… + “a”  − “b”`.
    func textLine(_ text: TextChange) -> String {
        let name = style.code(text.property + (text.language.map { "@" + $0 } ?? ""))
        switch text.change {
        case .languageAdded:
            return name + " " + style.paint("language added: " + text.added.map(style.quote).joined(separator: ", "), .added)
        case .languageDropped:
            return name + " " + style.paint("language dropped: " + text.removed.map(style.quote).joined(separator: ", "), .removed)
        case .changed:
            if text.added.count == 1, text.removed.count == 1 {
                return name + ": " + style.paint(style.quote(text.removed[0]), .removed) + " → " + style.paint(style.quote(text.added[0]), .added)
            }
            return name + ": " + delta(SetDelta(added: text.added, removed: text.removed), style.quote)
        }
    }

    func mappingLines(_ mapping: MappingChange) -> [String] {
        let types: String
        let marker: DiffMarker
        switch mapping.change {
        case .added: (marker, types) = (.added, mapping.newTypes.map(\.rawValue).joined(separator: ", "))
        case .removed: (marker, types) = (.removed, mapping.oldTypes.map(\.rawValue).joined(separator: ", "))
        case .retyped:
            marker = .changed
            types = mapping.oldTypes.map(\.rawValue).joined(separator: ", ") + " → " + mapping.newTypes.map(\.rawValue).joined(separator: ", ")
        }
        return [style.item(marker, concept(mapping.subject) + " " + style.code(types) + " " + concept(mapping.object)
                           + " (" + mapping.targetScheme + ")")]
    }

    func collectionLines(_ collection: CollectionChange) -> [String] {
        let marker: DiffMarker = collection.change == .added ? .added : collection.change == .removed ? .removed : .changed
        let kind = collection.ordered ? "ordered collection" : "collection"
        var lines = [style.item(marker, ([collection.label.map(style.quote), kind].compactMap { $0 } + [style.iri(collection.iri)]).joined(separator: " "))]
        for label in collection.labels ?? [] { lines.append(style.detail(textLine(label))) }
        if let members = collection.members { lines.append(style.detail("members: " + delta(members, reference))) }
        return lines
    }

    func impactLines(_ broken: BrokenMapping) -> [String] {
        var text = style.code(broken.source) + ": " + concept(broken.subject) + " " + style.code(broken.type.rawValue) + " "
            + concept(broken.object) + " — " + style.paint(reference(broken.concept) + " " + broken.reason.rawValue, .removed)
        if !broken.replacedBy.isEmpty { text += ", replaced by " + broken.replacedBy.map(reference).joined(separator: ", ") }
        return [style.item(.removed, text)]
    }
}
