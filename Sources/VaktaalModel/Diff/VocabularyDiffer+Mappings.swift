extension VocabularyDiffer {
    /// Mapping pairs added, removed or retyped, for subjects in scope (bare SKOS match statements
    /// of non-concepts included, so that two versions of a mapping file compare too).
    func compareMappings() -> [MappingChange] {
        let before = mappingTypes(old), after = mappingTypes(new)
        var changes: [MappingChange] = []
        for (pair, types) in before where after[pair] != types {
            changes.append(change(pair, types, after[pair] ?? MatchTypeSet()))
        }
        for (pair, types) in after where before[pair] == nil {
            changes.append(change(pair, MatchTypeSet(), types))
        }
        return changes.sorted { ($0.subject, $0.object) < ($1.subject, $1.object) }
    }

    private func change(_ pair: MappingPair, _ before: MatchTypeSet, _ after: MatchTypeSet) -> MappingChange {
        MappingChange(subject: pair.subject, object: pair.object, targetScheme: targetScheme(of: pair.object),
                      oldTypes: before.types, newTypes: after.types)
    }

    /// The match types stated between each (subject, target) pair, for subjects in scope.
    private func mappingTypes(_ version: VersionFacts) -> [MappingPair: MatchTypeSet] {
        var result: [MappingPair: MatchTypeSet] = [:]
        result.reserveCapacity(version.mappings.count)
        for (subject, type, object) in version.mappings where inScope(subject) {
            result[MappingPair(subject: subject, object: object), default: MatchTypeSet()].insert(type)
        }
        return result
    }

    /// The scheme of a mapping target: its first scheme when it is a concept of either version,
    /// else its IRI up to the last `/` or `#`.
    func targetScheme(of iri: String) -> String {
        for version in [new.vocabulary, old.vocabulary] {
            if let row = version.row(of: iri), let scheme = version.schemes(ofConceptAt: row).first { return scheme }
        }
        guard let cut = iri.lastIndex(where: { $0 == "/" || $0 == "#" }) else { return iri }
        return String(iri[..<cut])
    }
}

/// A subject and target between which mappings are compared.
private struct MappingPair: Hashable {
    let subject: String
    let object: String
}

/// A set of match types as bits: cheaper than `Set<MatchType>` for tens of thousands of pairs.
private struct MatchTypeSet: Hashable {
    private var bits: UInt8 = 0

    mutating func insert(_ type: MatchType) { bits |= 1 << UInt8(MatchType.allCases.firstIndex(of: type)!) }

    /// The types, strongest first.
    var types: [MatchType] {
        MatchType.allCases.enumerated().filter { bits & (1 << UInt8($0.offset)) != 0 }.map(\.element)
    }
}
