/// The label conditions of SKOS and qSKOS that look at one resource at a time: one prefLabel
/// per language (S14, `ipl`), disjoint label kinds (S13, `dlv`), empty labels (`el`),
/// unprintable characters (`ucil`), missing labels (`ml`) and missing documentation (`uc`).
struct LabelChecks: ValidationCheck {
    let codes: [CheckCode] = [
        .inconsistentPrefLabels, .disjointLabelsViolation, .emptyLabels, .unprintableCharactersInLabels,
        .missingLabels, .undocumentedConcepts,
    ]

    func run(on index: ValidationIndex, into findings: inout FindingCollector) {
        var emptyTitles: [Int32: [String]] = [:]
        for (resource, predicate) in index.emptyTitles {
            emptyTitles[resource, default: []].append(ValidationIndex.shortName(predicate))
        }
        for id in 0..<Int32(index.count) where index.inScope[Int(id)] {
            let labels = index.labels(of: id)
            if !labels.isEmpty {
                checkLanguages(id, labels, index, &findings)
                checkCharacters(id, labels, index, &findings)
            }
            var empty = labels.filter { ValidationIndex.isBlank(index.literal($0.literal).lexicalForm) }
                .map { ($0.viaXL ? "skosxl:" : "skos:") + $0.kind.rawValue }
            if !emptyTitles.isEmpty { empty += emptyTitles[id] ?? [] }
            if !empty.isEmpty {
                findings.report(.emptyLabels, id, "has an empty " + Set(empty).sorted().joined(separator: ", "))
            }
            checkMissing(id, index, &findings)
        }
    }

    /// S14 (at most one prefLabel per language, untagged counting as one language) and S13 (no
    /// literal is two kinds of label), looking at the labels of one language at a time.
    private func checkLanguages(_ id: Int32, _ labels: ArraySlice<ValidationIndex.LabelEntry>,
                                _ index: ValidationIndex, _ findings: inout FindingCollector) {
        var entries = Array(labels)
        entries.sort { $0.language < $1.language }
        var prefClashes: [String] = []
        var kindClashes: [String] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].language == entries[start].language { end += 1 }
            let run = entries[start..<end]
            start = end
            var preferred: [Literal] = []
            for entry in run where entry.kind == .preferred {
                let literal = index.literal(entry.literal)
                if !preferred.contains(literal) { preferred.append(literal) }
            }
            if preferred.count > 1 {
                let language = preferred[0].language.map { "'\($0)'" } ?? "no language"
                prefClashes.append("\(preferred.count) in \(language): " + preferred.sorted().map(\.quoted).joined(separator: ", "))
            }
            guard run.contains(where: { $0.kind != run.first!.kind }) else { continue }
            kindClashes += Self.sameLiteralInTwoKinds(run, index)
        }
        if !prefClashes.isEmpty {
            findings.report(.inconsistentPrefLabels, id, "has more than one prefLabel per language (S14): " + prefClashes.joined(separator: "; "))
        }
        if !kindClashes.isEmpty {
            findings.report(.disjointLabelsViolation, id, "has labels that are not disjoint (S13): " + Set(kindClashes).sorted().joined(separator: "; "))
        }
    }

    /// Literals of one language that are labels of two kinds.
    private static func sameLiteralInTwoKinds(_ run: ArraySlice<ValidationIndex.LabelEntry>, _ index: ValidationIndex) -> [String] {
        var clashes: [String] = []
        func clash(_ literal: Literal, _ first: LabelKind, _ second: LabelKind) {
            let kinds = [first, second].sorted { LabelKind.allCases.firstIndex(of: $0)! < LabelKind.allCases.firstIndex(of: $1)! }
            clashes.append("\(literal.quoted) is both \(kinds[0].rawValue) and \(kinds[1].rawValue)")
        }
        if run.count <= 32 {
            for (offset, entry) in run.enumerated() {
                let text = index.literal(entry.literal).lexicalForm
                for other in run.dropFirst(offset + 1) where other.kind != entry.kind && index.literal(other.literal).lexicalForm == text {
                    clash(index.literal(entry.literal), entry.kind, other.kind)
                }
            }
        } else {
            var kinds: [String: LabelKind] = [:]
            for entry in run {
                let literal = index.literal(entry.literal)
                if let earlier = kinds[literal.lexicalForm] {
                    if earlier != entry.kind { clash(literal, earlier, entry.kind) }
                } else {
                    kinds[literal.lexicalForm] = entry.kind
                }
            }
        }
        return clashes
    }

    private func checkCharacters(_ id: Int32, _ labels: ArraySlice<ValidationIndex.LabelEntry>,
                                 _ index: ValidationIndex, _ findings: inout FindingCollector) {
        var seen: Set<Literal> = []
        for entry in labels {
            let literal = index.literal(entry.literal)
            guard let scalar = UnprintableCharacters.first(in: literal.lexicalForm), seen.insert(literal).inserted else { continue }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
            findings.report(.unprintableCharactersInLabels, id, "\(entry.kind.rawValue) \(literal.quoted) contains the unprintable character \(code)")
        }
    }

    private func checkMissing(_ id: Int32, _ index: ValidationIndex, _ findings: inout FindingCollector) {
        if index.isConcept[Int(id)] {
            if !index.hasPrefLabel(id) { findings.report(.missingLabels, id, "concept has no prefLabel") }
            if !index.flags[Int(id)].contains(.documented) {
                findings.report(.undocumentedConcepts, id, "concept has no definition, scopeNote or other SKOS note")
            }
        }
        if index.isScheme[Int(id)], !index.isConcept[Int(id)], !index.hasPrefLabel(id), !index.flags[Int(id)].contains(.titled) {
            findings.report(.missingLabels, id, "concept scheme has no prefLabel, rdfs:label, dc:title or dcterms:title")
        }
    }
}
