extension ValidationIndex {
    /// Works out what the pass could not know yet: SKOS-XL labels, labels by resource, which
    /// resources are concepts, schemes and collections, the schemes of each concept, and which
    /// resources the report is about.
    mutating func finish() {
        resolveDeferred()
        resolveXLLabels()
        groupLabels()
        classify()
        groupSchemes()
        decideScope()
    }

    /// Reads the triples that waited for declarations: properties declared sub-properties of SKOS
    /// properties, classes declared subclasses of SKOS classes.
    private mutating func resolveDeferred() {
        var resolved: [String: PredicateInfo] = [:]
        for item in deferred {
            var info = resolved[item.predicate] ?? predicateInfo[item.predicate] ?? PredicateInfo()
            if resolved[item.predicate] == nil {
                info.roles = info.roles.union(roles(of: item.predicate))
                info.isUnknown = false
                resolved[item.predicate] = info
            }
            guard info.isType || !info.roles.isEmpty else { continue }
            process(item.subject, item.predicate, item.object, item.source, info)
        }
        deferred = []
    }

    /// Turns each `skosxl:*Label` link into a label of the concept (SKOS-XL S55–S57), as qSKOS
    /// does with SKOS-XL support on.
    private mutating func resolveXLLabels() {
        for link in xlLinks {
            let reference = literalForms[Int(link.label)]
            guard reference >= 0 else { continue }
            let literal = literal(reference)
            var problem: String?
            var language = -1
            if let tag = literal.language {
                language = languageNumber(tag)
                languages[Int(link.resource)].insert(language)
                problem = languageProblems[language]
            } else if literal.datatype == nil {
                problem = "has no language tag"
            }
            labels.append(LabelEntry(resource: link.resource, kind: link.kind, literal: reference, language: Int32(language), viaXL: true))
            if let problem {
                languageTagProblems.append(LiteralProblem(resource: link.resource, predicate: KnownProperty.literalForm.iri,
                                                          literal: reference, problem: problem))
            }
        }
    }

    /// Groups label entries by resource with a counting sort.
    private mutating func groupLabels() {
        var counts = [Int32](repeating: 0, count: count + 1)
        for entry in labels { counts[Int(entry.resource) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        labelOffsets = counts
        var next = counts
        guard let filler = labels.first else { groupedLabels = []; return }
        var grouped = [LabelEntry](repeating: filler, count: labels.count)
        for entry in labels {
            grouped[Int(next[Int(entry.resource)])] = entry
            next[Int(entry.resource)] += 1
        }
        groupedLabels = grouped
        labels = []
    }

    /// Concepts, schemes and collections: typed, or implied by the SKOS properties they take part in.
    private mutating func classify() {
        isConcept = classes.map { $0.contains(.concept) }
        isScheme = classes.map { $0.contains(.scheme) }
        isCollection = zip(classes, flags).map { $0.contains(.collection) || $1.contains(.hasMembers) }
        for edge in edges {
            switch edge.role {
            case .inScheme:
                isScheme[Int(edge.to)] = true
            case .topConceptOf:
                isConcept[Int(edge.from)] = true
                isScheme[Int(edge.to)] = true
            case .hasTopConcept:
                isScheme[Int(edge.from)] = true
                isConcept[Int(edge.to)] = true
            case .member, .memberList:
                continue
            default:
                isConcept[Int(edge.from)] = true
                isConcept[Int(edge.to)] = true
            }
        }
    }

    private mutating func groupSchemes() {
        var pairs: [(concept: Int32, scheme: Int32)] = []
        for edge in edges {
            switch edge.role {
            case .inScheme, .topConceptOf: pairs.append((edge.from, edge.to))
            case .hasTopConcept: pairs.append((edge.to, edge.from))
            default: continue
            }
        }
        var counts = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { counts[Int(pair.concept) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var grouped = [Int32](repeating: -1, count: pairs.count)
        for pair in pairs where !grouped[Int(counts[Int(pair.concept)])..<Int(next[Int(pair.concept)])].contains(pair.scheme) {
            grouped[Int(next[Int(pair.concept)])] = pair.scheme
            next[Int(pair.concept)] += 1
        }
        // Drop the slots left empty by duplicates.
        var offsets = [Int32](repeating: 0, count: count + 1)
        var compact: [Int32] = []
        compact.reserveCapacity(pairs.count)
        for id in 0..<count {
            compact += grouped[Int(counts[id])..<Int(next[id])]
            offsets[id + 1] = Int32(compact.count)
        }
        schemeOffsets = offsets
        groupedSchemes = compact
    }

    /// The report is about resources described in the files being validated, and about
    /// resources described nowhere whose IRI is in the namespace of a concept or scheme described
    /// there (qSKOS's "authoritative concepts", by namespace instead of host name).
    private mutating func decideScope() {
        var namespaces: Set<Substring> = []
        for id in 0..<count where flags[id].contains(.describedInValidated) && (isConcept[id] || isScheme[id]) {
            if case .iri(let iri) = terms[id] { namespaces.insert(Self.namespace(of: iri)) }
        }
        inScope = (0..<count).map { id in
            if flags[id].contains(.describedInValidated) { return true }
            guard describedIn[id] < 0, case .iri(let iri) = terms[id] else { return false }
            return namespaces.contains(Self.namespace(of: iri))
        }
    }

    /// The IRI up to and including its last `/` or `#` (or `:` for IRIs with neither).
    static func namespace(of iri: String) -> Substring {
        if let end = iri.lastIndex(where: { $0 == "/" || $0 == "#" }) ?? iri.lastIndex(of: ":") {
            return iri[...end]
        }
        return iri[...]
    }

    /// The file a resource is defined in (typed, labelled, put in a scheme), else the first one
    /// describing it, else the first one mentioning it.
    func sourceName(of id: Int32) -> String {
        var number = referencedIn[Int(id)]
        if describedIn[Int(id)] >= 0 { number = describedIn[Int(id)] }
        if definedIn[Int(id)] >= 0 { number = definedIn[Int(id)] }
        return files[Int(number)].name
    }
}
