/// Checks across vocabularies: mappings to concepts no loaded vocabulary defines
/// (`x-unknown-target`), one pair of concepts mapped in conflicting ways
/// (`x-conflicting-mappings`), and sector concepts without a mapping to the hub
/// (`x-unmapped-to-hub`).
struct CrossVocabularyChecks: ValidationCheck {
    let codes: [CheckCode] = [.unknownMappingTarget, .unloadedVocabulary, .conflictingMappings, .unmappedToHub]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        let mappings = index.edges.filter { RoleMask.mappings.contains($0.role.mask) && $0.from != $0.to }
        if findings.wants(.unknownMappingTarget, .unloadedVocabulary) { reportUnknown(mappings, index, &findings) }
        if findings.wants(.conflictingMappings) { reportConflicts(mappings, index, &findings) }
        if findings.wants(.unmappedToHub) { reportUnmapped(mappings, index, &findings) }
    }

    /// A mapping end that no loaded file defines is an error when its namespace is one of the
    /// loaded vocabularies (a dangling reference); otherwise its vocabulary is simply not loaded,
    /// which is reported once per namespace.
    private func reportUnknown(_ mappings: [ValidationIndex.Edge], _ index: ValidationIndex, _ findings: inout FindingCollector) {
        var known: Set<Substring> = []
        for id in 0..<Int32(index.count) where index.isConcept[Int(id)] && index.isDefined(id) {
            if case .iri(let iri) = index.terms[Int(id)] { known.insert(ValidationIndex.namespace(of: iri)) }
        }
        var seen: Set<[Int32]> = []
        var unloaded: [Substring: (first: Int32, targets: [Int32], count: Int, source: Int16)] = [:]
        var unloadedOrder: [Substring] = []
        for edge in mappings where index.inScope[Int(edge.from)] {
            for end in [edge.to, edge.from] where !index.isDefined(end) {
                guard case .iri(let iri) = index.terms[Int(end)], seen.insert([edge.from, end]).inserted else { continue }
                let namespace = ValidationIndex.namespace(of: iri)
                if known.contains(namespace) {
                    let message = end == edge.to
                        ? "has \(edge.role.qualifiedName) <\(iri)>, a concept no loaded vocabulary defines"
                        : "has \(edge.role.qualifiedName) \(findings.describe(edge.to)), but no loaded vocabulary defines this concept itself"
                    findings.report(.unknownMappingTarget, edge.from, message, related: end == edge.from ? [] : [end], statedIn: edge.source)
                } else if unloaded[namespace] == nil {
                    unloadedOrder.append(namespace)
                    unloaded[namespace] = (edge.from, [end], 1, edge.source)
                } else {
                    unloaded[namespace]!.count += 1
                    if unloaded[namespace]!.targets.count < 5 { unloaded[namespace]!.targets.append(end) }
                }
            }
        }
        for namespace in unloadedOrder {
            let entry = unloaded[namespace]!
            findings.report(.unloadedVocabulary, entry.first,
                            "\(entry.count) mapping\(entry.count == 1 ? "" : "s") point into <\(namespace)>, a vocabulary that is not loaded (add it with --vocab to check them)",
                            related: entry.targets, statedIn: entry.source)
        }
    }

    /// Mapping types of one ordered pair that cannot all hold: anything but `exactMatch` with
    /// `closeMatch` (which it implies).
    private func reportConflicts(_ mappings: [ValidationIndex.Edge], _ index: ValidationIndex, _ findings: inout FindingCollector) {
        var statements: [[Int32]: [(type: MatchType, edge: ValidationIndex.Edge)]] = [:]
        var order: [[Int32]] = []
        for edge in mappings {
            guard let type = MatchType(property: edge.role.iri) else { continue }
            let forward = edge.from < edge.to
            let pair = forward ? [edge.from, edge.to] : [edge.to, edge.from]
            if statements[pair] == nil { order.append(pair) }
            statements[pair, default: []].append((forward ? type : type.inverse, edge))
        }
        for pair in order {
            let found = statements[pair]!
            let types = Set(found.map(\.type))
            guard types.count > 1, types != [.exact, .close] else { continue }
            let subject = found[0].edge.from, object = found[0].edge.to
            let described = found.map { statement in
                let direction = statement.edge.from == subject ? "" : " (stated from the other side)"
                return "\(statement.edge.role.qualifiedName)\(direction) in \(index.files[Int(statement.edge.source)].name)"
            }
            findings.report(.conflictingMappings, index.inScope[Int(subject)] ? subject : object,
                            "\(findings.describe(subject)) and \(findings.describe(object)) are mapped in conflicting ways: " + described.joined(separator: "; "),
                            related: [index.inScope[Int(subject)] ? object : subject], statedIn: found[0].edge.source)
        }
    }

    /// Every concept of another scheme than the hub should map to a hub concept, in either direction.
    private func reportUnmapped(_ mappings: [ValidationIndex.Edge], _ index: ValidationIndex, _ findings: inout FindingCollector) {
        guard let hub = index.id(ofIRI: findings.options.hub), index.isScheme[Int(hub)] else { return }
        func inHub(_ id: Int32) -> Bool { index.schemes(of: id).contains(hub) }
        var mapped = [Bool](repeating: false, count: index.count)
        for edge in mappings {
            if inHub(edge.to) { mapped[Int(edge.from)] = true }
            if inHub(edge.from) { mapped[Int(edge.to)] = true }
        }
        for id in 0..<Int32(index.count) where index.isConcept[Int(id)] && !mapped[Int(id)] {
            let schemes = index.schemes(of: id)
            guard !schemes.isEmpty, !schemes.contains(hub), !index.flags[Int(id)].contains(.deprecated) else { continue }
            findings.report(.unmappedToHub, id, "concept of <\(index.name(schemes.first!))> has no mapping to the hub <\(findings.options.hub)>")
        }
    }
}
