extension SuggestionRun {
    // MARK: The hierarchy

    /// Where a concept points in the target: the targets it is mapped to (strength 1 times the
    /// mapping's confidence), else its best candidate so far (strength its confidence).
    func anchors(of concept: String, _ candidates: [String: [String: SuggestionCandidate]]) -> [(target: String, strength: Double, mapped: Bool)] {
        var mapped: [(String, Double, Bool)] = []
        for mapping in suggester.outgoing[concept] ?? [] where suggester.isInTarget(mapping.object, target) {
            mapped.append((mapping.object, mapping.confidence ?? MatchComposition.defaultConfidence, true))
        }
        for mapping in suggester.incoming[concept] ?? [] where suggester.isInTarget(mapping.subject, target) {
            mapped.append((mapping.subject, mapping.confidence ?? MatchComposition.defaultConfidence, true))
        }
        if !mapped.isEmpty { return mapped }
        let weights = options.weights
        guard let best = candidates[concept]?.values.max(by: { ($0.base(weights), $1.target) < ($1.base(weights), $0.target) }) else { return [] }
        return [(best.target, best.base(weights), false)]
    }

    /// Adds the hierarchy's support: a candidate under the target of the source's parent (mapped,
    /// or its best candidate) is likelier; the parent's target itself is a broadMatch; a
    /// candidate above the best candidates of the source's children is likelier.
    func addHierarchy(_ candidates: inout [String: [String: SuggestionCandidate]], concepts: [Concept]) {
        var ancestorCache: [String: Set<String>] = [:]
        func ancestors(_ iri: String) -> Set<String> {
            if let known = ancestorCache[iri] { return known }
            let found = Set(suggester.hierarchy.ancestors(of: iri))
            ancestorCache[iri] = found
            return found
        }
        let snapshot = candidates
        let inSource = { (iri: String) in suggester.schemeOf[iri]?.contains(source) == true }
        for concept in concepts {
            guard var found = candidates[concept.iri] else { continue }
            for parent in (suggester.hierarchy.broader[concept.iri] ?? []).filter(inSource) {
                for anchor in anchors(of: parent, snapshot) {
                    let how = anchor.mapped ? "maps to" : "is best matched by"
                    // The parent's target itself is a candidate (a broadMatch), words or not.
                    if found[anchor.target] == nil { found[anchor.target] = SuggestionCandidate(target: anchor.target) }
                    for key in found.keys {
                        var value = 0.0, type: MatchType?
                        if ancestors(key).contains(anchor.target) {
                            value = options.weights.underParent * anchor.strength
                        } else if key == anchor.target {
                            found[key]!.isParentTarget = true
                            (value, type) = (min(1, options.weights.parentTarget * anchor.strength), .broad)
                        } else if ancestors(anchor.target).contains(key) {
                            (value, type) = (0.3 * anchor.strength, .broad)
                        }
                        guard value > found[key]!.hierarchy else { continue }
                        found[key]!.hierarchy = value
                        found[key]!.hierarchyType = type
                        found[key]!.hierarchyNote = "parent \(suggester.describe(parent)) \(how) \(suggester.describe(anchor.target))"
                    }
                }
            }
            // The children's targets: the concepts above them (two levels) are candidates for
            // the parent, the more so the more children point under them.
            var votes: [String: (strength: Double, count: Int, child: String, anchor: String)] = [:]
            for child in (suggester.hierarchy.narrower[concept.iri] ?? []).filter(inSource) {
                for anchor in anchors(of: child, snapshot) {
                    for key in suggester.hierarchy.ancestors(of: anchor.target).prefix(2) {
                        let current = votes[key]
                        votes[key] = (max(current?.strength ?? 0, anchor.strength), (current?.count ?? 0) + 1,
                                      current?.child ?? child, current?.anchor ?? anchor.target)
                    }
                }
            }
            for (key, vote) in votes where suggester.isInTarget(key, target) {
                let value = min(1, 0.5 * vote.strength * (1 + 0.25 * Double(vote.count - 1)))
                var candidate = found[key] ?? SuggestionCandidate(target: key)
                guard value > candidate.hierarchy else { continue }
                candidate.hierarchy = value
                candidate.hierarchyType = nil
                candidate.hierarchyNote = "child \(suggester.describe(vote.child)) → \(suggester.describe(vote.anchor)) lies under it"
                    + (vote.count > 1 ? " (\(vote.count) children)" : "")
                found[key] = candidate
            }
            addCommonParents(&found)
            candidates[concept.iri] = found
        }
    }

    /// A concept above two or more of the best candidates may be what they share: a broader
    /// counterpart of a source concept that names a whole field ('hydrauliek en pneumatiek').
    func addCommonParents(_ found: inout [String: SuggestionCandidate]) {
        let weights = options.weights
        let best = found.values.map { ($0.target, $0.base(weights)) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(5)
        var byParent: [String: [(String, Double)]] = [:]
        for (iri, score) in best {
            for parent in suggester.hierarchy.broader[iri] ?? [] where suggester.isInTarget(parent, target) {
                byParent[parent, default: []].append((iri, score))
            }
        }
        for (parent, members) in byParent where members.count >= 2 {
            let scores = members.map(\.1).sorted(by: >)
            let value = min(1, weights.commonParent * scores[1])
            var candidate = found[parent] ?? SuggestionCandidate(target: parent)
            guard value > candidate.hierarchy else { continue }
            candidate.hierarchy = value
            candidate.hierarchyType = .broad
            candidate.isCommonParent = true
            candidate.hierarchyNote = "above \(members.count) of the best candidates (\(members.map { suggester.describe($0.0) }.joined(separator: ", ")))"
            found[parent] = candidate
        }
    }

    // MARK: Ranking

    /// A source concept's candidates, best first, with relation, justification and evidence.
    func ranked(_ concept: Concept, _ found: [String: SuggestionCandidate]) -> [MappingSuggestion] {
        let weights = options.weights
        var ordered = found.values.map { ($0, $0.confidence(weights)) }
            .sorted { ($0.1, $1.0.target) > ($1.1, $0.0.target) }
        // The place before the last is kept for a concept above two of the best candidates:
        // when none of them names the source in full, what they share is the safe broadMatch.
        if weights.ancestorSlot != 0, options.limit >= 4 {
            let mode = weights.ancestorSlot
            if mode & 2 != 0 { offerAboveFirst(&ordered, before: options.limit - 2) }
            keep(&ordered, at: options.limit - 2) {
                !$0.isParentTarget && ((mode & 1 != 0 && $0.isCommonParent) || (mode & 2 != 0 && $0.isAboveBest))
            }
        }
        // The last place is kept for the parent's target (a broadMatch), so that the reviewer
        // always sees the fallback the hierarchy offers.
        if weights.parentSlot, options.limit >= 3 { keep(&ordered, at: options.limit - 1) { $0.isParentTarget } }
        var result: [MappingSuggestion] = []
        var exactTaken = false
        for (position, (candidate, confidence)) in ordered.enumerated() {
            guard result.count < options.limit, confidence >= options.minimumConfidence, confidence > 0 else { break }
            let better = ordered.prefix(position).map(\.0.target)
            let suggested = suggestion(concept, candidate, confidence: confidence, rank: result.count + 1, better: better,
                                       exactTaken: weights.singleExact && exactTaken)
            exactTaken = exactTaken || suggested.type == .exact
            result.append(suggested)
        }
        return result
    }

    /// Marks the nearest concept above the first candidate that is not offered before `slot`
    /// (adding it when no signal found it): the broadMatch that holds whatever the first
    /// candidate leaves out of the source.
    func offerAboveFirst(_ ordered: inout [(SuggestionCandidate, Double)], before slot: Int) {
        guard let first = ordered.first else { return }
        let offered = Set(ordered.prefix(slot).map(\.0.target))
        guard let above = suggester.hierarchy.ancestors(of: first.0.target)
            .first(where: { !offered.contains($0) && suggester.isProposable($0, in: target) }) else { return }
        let weights = options.weights
        if let index = ordered.firstIndex(where: { $0.0.target == above }) {
            ordered[index].0.isAboveBest = true
            return
        }
        var candidate = SuggestionCandidate(target: above)
        candidate.isAboveBest = true
        candidate.hierarchy = min(1, 0.5 * weights.commonParent * first.1)
        candidate.hierarchyType = .broad
        candidate.hierarchyNote = "above the first candidate \(suggester.describe(first.0.target))"
        ordered.append((candidate, candidate.confidence(weights)))
    }

    /// Moves the best candidate of a kind up to `slot` when none of that kind is at or above it.
    func keep(_ ordered: inout [(SuggestionCandidate, Double)], at slot: Int, _ kind: (SuggestionCandidate) -> Bool) {
        guard ordered.count > slot, !ordered.prefix(slot + 1).contains(where: { kind($0.0) }),
              let index = ordered.indices.first(where: { $0 > slot && kind(ordered[$0].0) && ordered[$0].1 >= options.minimumConfidence })
        else { return }
        ordered.insert(ordered.remove(at: index), at: slot)
    }

    /// The relation the candidate's evidence supports (see ``MatchTypeRule``).
    func rule(for candidate: SuggestionCandidate, of subject: String, better: [String]) -> MatchTypeRule {
        let weights = options.weights
        let lexical = [(candidate.labelMatch, weights.labels * candidate.labels),
                       (candidate.secondMatch, weights.secondLanguage * candidate.secondLanguage)]
            .filter { $0.0 != nil }.max { $0.1 < $1.1 }?.0 ?? nil
        var rule = MatchTypeRule(definitionSimilarity: candidate.definitionSimilarity, agreement: weights.definitionAgreement)
        if weights.groupRule {
            rule.targetIsGroup = !(suggester.hierarchy.narrower[candidate.target] ?? []).isEmpty
                && (suggester.hierarchy.narrower[subject] ?? []).isEmpty
        }
        if let lexical, !lexical.usedDefinition || lexical.needCoverage >= 0.999 {
            rule.needCoverage = lexical.needCoverage
            rule.labelCoverage = lexical.labelCoverage
            rule.labelsAgree = lexical.needCoverage >= weights.exactCoverage && lexical.labelCoverage >= weights.exactCoverage
                && !lexical.usedDefinition
        }
        rule.hierarchyType = candidate.hierarchyType
        if rule.hierarchyType == nil, options.signals.contains(.hierarchy) {
            let above = suggester.hierarchy.ancestors(of: candidate.target)
            if better.contains(where: { suggester.hierarchy.ancestors(of: $0).contains(candidate.target) }) {
                rule.hierarchyType = .broad
            } else if better.contains(where: { above.contains($0) }) {
                rule.hierarchyType = .narrow
            }
        }
        if let bridge = candidate.bridge, weights.otherSchemes * candidate.otherSchemes >= weights.labels * candidate.labels {
            rule.pathType = bridge.type ?? bridge.mapping
        }
        return rule
    }

    /// One candidate as a suggestion. `exactTaken`: a better candidate is already proposed as
    /// exactMatch, and exactMatch is transitive, so this one would make two target concepts the
    /// same: its labels are then read as close (or broad/narrow by the hierarchy) at most.
    func suggestion(_ concept: Concept, _ candidate: SuggestionCandidate, confidence: Double, rank: Int,
                    better: [String], exactTaken: Bool) -> MappingSuggestion {
        let weights = options.weights
        var rule = rule(for: candidate, of: concept.iri, better: better)
        if exactTaken, rule.type == .exact { rule.labelsAgree = false }
        let composite = weights.otherSchemes * candidate.otherSchemes + weights.sharedESCO * candidate.esco
            + weights.hierarchy * candidate.hierarchy
        let lexical = weights.labels * candidate.labels + weights.secondLanguage * candidate.secondLanguage
            + weights.definitions * candidate.definitions
        return MappingSuggestion(subject: concept.iri, object: candidate.target, type: rule.type,
                                 confidence: Translator.rounded(confidence),
                                 justification: composite >= 0.25 * lexical && composite > 0.05
                                     ? MappingSuggester.compositeMatching : MappingSuggester.lexicalMatching,
                                 rank: rank, evidence: evidence(candidate), signals: candidate.signals)
    }

    /// The evidence in words, strongest signal first.
    func evidence(_ candidate: SuggestionCandidate) -> [String] {
        let weights = options.weights
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        var lines: [(Double, String)] = []
        if let match = candidate.labelMatch {
            lines.append((weights.labels * candidate.labels,
                          "label '\(candidate.labelQuery)' ~ '\(match.label)' (\(match.labelKind)\(match.usedDefinition ? ", with its notes" : "")) \(percent(candidate.labels))"))
        }
        if let match = candidate.secondMatch {
            lines.append((weights.secondLanguage * candidate.secondLanguage,
                          "\(suggester.secondLanguage) '\(candidate.secondQuery)' ~ '\(match.label)' \(percent(candidate.secondLanguage))"))
        }
        if candidate.definitions > 0 {
            lines.append((weights.definitions * candidate.definitions, "definitions \(percent(candidate.definitions))"))
        }
        if let bridge = candidate.bridge {
            lines.append((weights.otherSchemes * candidate.otherSchemes,
                          "via \(SchemeName.shortName(of: suggester.schemeOf[bridge.concept]?.sorted().first ?? "")) \(suggester.describe(bridge.concept)) (fit \(percent(bridge.fit))) \(bridge.mapping.rawValue) \(percent(candidate.otherSchemes))"))
        }
        if let skill = candidate.escoSkill {
            lines.append((weights.sharedESCO * candidate.esco, "via ESCO '\(skill.label)' (\(skill.mapping.inverse.rawValue) from it) \(percent(candidate.esco))"))
        }
        if let note = candidate.hierarchyNote {
            lines.append((weights.hierarchy * candidate.hierarchy, "\(note) \(percent(candidate.hierarchy))"))
        }
        return lines.sorted { $0.0 > $1.0 }.map(\.1)
    }
}
