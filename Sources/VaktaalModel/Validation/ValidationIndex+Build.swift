extension ValidationIndex {
    /// Starts the triples of another file.
    mutating func startFile(_ name: String, isContext: Bool) {
        files.append((name, isContext))
        lastSubject = nil
        lastSubjectID = -1
        recent = []
        lastSKOSTerm = nil
    }

    /// Makes room for about `triples` more triples: labels and resources in the proportions of a
    /// typical SKOS vocabulary.
    mutating func reserveCapacity(triples: Int) {
        literals.reserveCapacity(literals.count + triples / 2)
        labels.reserveCapacity(labels.count + triples / 2)
        let resources = terms.count + triples / 5
        terms.reserveCapacity(resources)
        describedIn.reserveCapacity(resources)
        definedIn.reserveCapacity(resources)
        referencedIn.reserveCapacity(resources)
        classes.reserveCapacity(resources)
        flags.reserveCapacity(resources)
        languages.reserveCapacity(resources)
        literalForms.reserveCapacity(resources)
        interner.reserveCapacity(resources)
    }

    /// Takes one triple in. Triples whose meaning depends on declarations that may come later
    /// (a sub-property of a SKOS property, a subclass of `skos:Concept`) wait for ``finish()``.
    mutating func add(_ triple: Triple) {
        let source = Int16(files.count - 1)
        if triple.subject != lastSubject {
            lastSubjectID = intern(triple.subject, source: source, asSubject: true)
            lastSubject = triple.subject
        }
        let subject = lastSubjectID
        if triple.predicate != lastPredicate {
            lastInfo = info(triple.predicate)
            lastPredicate = triple.predicate
        }
        let info = lastInfo
        if let problem = info.problem { noteUndefined(triple.predicate, problem, subject, source) }
        if case .iri(let iri) = triple.object, SKOSTerms.mayBeSKOS(iri), iri != lastSKOSTerm {
            lastSKOSTerm = iri
            if let problem = SKOSTerms.problem(with: iri) { noteUndefined(iri, problem, subject, source) }
        }
        if case .literal(let literal) = triple.object, let tag = literal.language {
            languages[Int(subject)].insert(languageNumber(tag))
        }
        if info.isSubProperty || info.isSubClass, case .iri(let sub) = triple.subject, case .iri(let parent) = triple.object {
            if info.isSubProperty { superProperties[sub, default: []].append(parent) } else { superClasses[sub, default: []].append(parent) }
        }
        if info.isType, case .iri(let type) = triple.object {
            if type != lastType {
                lastType = type
                lastTypeIsOpen = Self.mayBeSubclass(type)
                lastTypeClasses = ClassMask.byIRI[type] ?? []
            }
            if !lastTypeIsOpen {
                if definedIn[Int(subject)] < 0 { definedIn[Int(subject)] = source }
                classes[Int(subject)].formUnion(lastTypeClasses)
                return
            }
        }
        if info.isUnknown || info.isType {
            deferred.append(Deferred(subject: subject, predicate: triple.predicate, object: triple.object, source: source))
            return
        }
        process(subject, triple.predicate, triple.object, source, info)
    }

    /// What a predicate means on its own (declared sub-properties are looked at in ``finish()``).
    private mutating func info(_ predicate: String) -> PredicateInfo {
        if let known = predicateInfo[predicate] { return known }
        var info = PredicateInfo()
        if let role = KnownProperty(iri: predicate), RoleMask.reasoned.contains(role.mask) { info.roles = role.mask }
        info.isType = predicate == Namespace.rdf + "type"
        info.isDeprecation = predicate == Namespace.owl + "deprecated"
        info.isSubProperty = predicate == Namespace.rdfs + "subPropertyOf"
        info.isSubClass = predicate == Namespace.rdfs + "subClassOf"
        info.isUnknown = info.roles.isEmpty && !info.isType && !info.isDeprecation && !Self.neverSubProperty(predicate)
        info.problem = SKOSTerms.mayBeSKOS(predicate) ? SKOSTerms.problem(with: predicate) : nil
        predicateInfo[predicate] = info
        return info
    }

    /// Whether a class may be declared a subclass of a SKOS class later: not for SKOS's own
    /// classes or those of other W3C vocabularies (`skosxl:Label`, `owl:Axiom`).
    private static func mayBeSubclass(_ type: String) -> Bool {
        ClassMask.byIRI[type] == nil && !type.utf8.starts(with: "http://www.w3.org/".utf8)
    }

    /// Predicates of the RDF, RDFS, OWL and SKOS vocabularies, which data does not redefine.
    private static func neverSubProperty(_ predicate: String) -> Bool {
        predicate.hasPrefix(Namespace.skos) || predicate.hasPrefix(Namespace.rdf) || predicate.hasPrefix(Namespace.rdfs)
            || predicate.hasPrefix(Namespace.owl)
    }

    /// Records what a triple says, given what its predicate means.
    mutating func process(_ subject: Int32, _ predicate: String, _ object: Term, _ source: Int16, _ info: PredicateInfo) {
        if definedIn[Int(subject)] < 0, info.isType || !info.roles.isDisjoint(with: Self.defining) {
            definedIn[Int(subject)] = source
        }
        switch object {
        case .literal(let literal):
            read(literal, predicate, of: subject, info)
        case .iri(let iri):
            if info.isType { classes[Int(subject)].formUnion(classes(of: iri)) }
            fallthrough
        case .blank:
            guard !info.roles.isDisjoint(with: RoleMask.edges.union(.xlLabels)) else { return }
            let target = intern(object, source: source, asSubject: false)
            link(subject, target, info.roles, source)
        }
    }

    /// Numbers a resource, keeping blank nodes of different files apart.
    private mutating func intern(_ term: Term, source: Int16, asSubject: Bool) -> Int32 {
        if let hit = recent.first(where: { $0.term == term }) { return known(hit.id, source: source, asSubject: asSubject) }
        let id = lookUp(term, source: source, asSubject: asSubject)
        if recent.count < 4 { recent.append((term, id)) } else { recent[recentNext] = (term, id) }
        recentNext = (recentNext + 1) & 3
        return id
    }

    private mutating func known(_ id: Int32, source: Int16, asSubject: Bool) -> Int32 {
        if asSubject {
            if describedIn[Int(id)] < 0 { describedIn[Int(id)] = source }
            if !files[Int(source)].isContext { flags[Int(id)].insert(.describedInValidated) }
        }
        return id
    }

    private mutating func lookUp(_ term: Term, source: Int16, asSubject: Bool) -> Int32 {
        var stored = term
        let key: String
        switch term {
        case .iri(let iri):
            key = iri
        case .blank(let label):
            key = "\u{0}\(source)/\(label)"
            if files.count > 1 { stored = .blank("\(source)/\(label)") }
        case .literal(let literal):
            key = "\u{1}" + literal.description
        }
        let validated = asSubject && !files[Int(source)].isContext
        let (id, isNew) = interner.intern(key)
        guard isNew else { return known(id, source: source, asSubject: asSubject) }
        terms.append(stored)
        describedIn.append(asSubject ? source : -1)
        definedIn.append(-1)
        referencedIn.append(source)
        classes.append([])
        flags.append(validated ? .describedInValidated : [])
        languages.append(LanguageSet())
        literalForms.append(-1)
        if asSubject, case .iri(let iri) = term, SKOSTerms.mayBeSKOS(iri), let problem = SKOSTerms.problem(with: iri) {
            noteUndefined(iri, problem, id, source)
        }
        return id
    }

    private mutating func read(_ literal: Literal, _ predicate: String, of subject: Int32, _ info: PredicateInfo) {
        if info.isDeprecation, literal.lexicalForm == "true" { flags[Int(subject)].insert(.deprecated) }
        let roles = info.roles
        guard !roles.isEmpty else { return }
        var reference: LiteralRef = -1
        if !roles.isDisjoint(with: .labels.union(.textual).union(.of(.literalForm))) {
            reference = LiteralRef(literals.count)
            literals.append(literal)
        }
        var language = -1
        if let tag = literal.language { language = languageNumber(tag) }
        if !roles.isDisjoint(with: .textual), literal.datatype == nil,
           let problem = language >= 0 ? languageProblems[language] : "has no language tag" {
            languageTagProblems.append(LiteralProblem(resource: subject, predicate: predicate, literal: reference, problem: problem))
        }
        for (role, kind) in Self.labelRoles where roles.contains(role.mask) {
            labels.append(LabelEntry(resource: subject, kind: kind, literal: reference, language: Int32(language), viaXL: false))
        }
        if roles.contains(KnownProperty.literalForm.mask), literalForms[Int(subject)] < 0 { literalForms[Int(subject)] = reference }
        if !roles.isDisjoint(with: .notes) { flags[Int(subject)].insert(.documented) }
        if !roles.isDisjoint(with: .titles) {
            flags[Int(subject)].insert(.titled)
            if Self.isBlank(literal.lexicalForm) { emptyTitles.append((subject, predicate)) }
        }
    }

    private mutating func link(_ subject: Int32, _ object: Int32, _ roles: RoleMask, _ source: Int16) {
        for (role, kind) in Self.xlLabelRoles where roles.contains(role.mask) {
            xlLinks.append((subject, kind, object))
        }
        if !roles.isDisjoint(with: .collectionLinks) { flags[Int(subject)].insert(.hasMembers) }
        for role in roles.intersection(.edges).roles where edgeKeys.insert(EdgeKey(from: subject, to: object, role: role)).inserted {
            edges.append(Edge(from: subject, to: object, role: role, source: source))
        }
    }

    private mutating func noteUndefined(_ term: String, _ problem: String, _ resource: Int32, _ source: Int16) {
        if let known = undefinedTermIndex[term] {
            // Prefer a use in a validated file over one in a context file.
            if files[Int(undefinedTerms[known].source)].isContext, !files[Int(source)].isContext {
                undefinedTerms[known].resource = resource
                undefinedTerms[known].source = source
            }
            return
        }
        undefinedTermIndex[term] = undefinedTerms.count
        undefinedTerms.append(UndefinedTerm(term: term, problem: problem, resource: resource, source: source))
    }

    /// Roles whose statements define a resource rather than just mention it.
    private static let defining = RoleMask.labels.union(.xlLabels).union(.schemeLinks).union(.notes).union(.titles)

    private static let labelRoles: [(KnownProperty, LabelKind)] =
        [(.prefLabel, .preferred), (.altLabel, .alternative), (.hiddenLabel, .hidden)]
    private static let xlLabelRoles: [(KnownProperty, LabelKind)] =
        [(.xlPrefLabel, .preferred), (.xlAltLabel, .alternative), (.xlHiddenLabel, .hidden)]

    /// Numbers a language tag, checking it once.
    mutating func languageNumber(_ language: String) -> Int {
        if language == lastLanguage { return lastLanguageNumber }
        let number: Int
        if let known = languageNumbers[language] {
            number = known
        } else {
            number = languageNames.count
            languageNumbers[language] = number
            languageNames.append(language)
            languageProblems.append(LanguageTag.problem(with: language).map { "language tag '\(language)' \($0)" })
        }
        lastLanguage = language
        lastLanguageNumber = number
        return number
    }

    /// The roles of a property: its own, and those of every declared super-property.
    func roles(of property: String) -> RoleMask {
        var result = RoleMask()
        for ancestor in Self.closure(property, superProperties) {
            if let role = KnownProperty(iri: ancestor), RoleMask.reasoned.contains(role.mask) { result.insert(role.mask) }
        }
        return result
    }

    /// The SKOS classes a class is, itself or through declared super-classes.
    func classes(of type: String) -> ClassMask {
        if let known = ClassMask.byIRI[type] { return known }
        var result = ClassMask()
        for ancestor in Self.closure(type, superClasses) { result.formUnion(ClassMask.byIRI[ancestor] ?? []) }
        return result
    }

    private static func closure(_ start: String, _ parents: [String: [String]]) -> Set<String> {
        var seen: Set<String> = [start]
        var stack = [start]
        while let next = stack.popLast() {
            for parent in parents[next] ?? [] where seen.insert(parent).inserted { stack.append(parent) }
        }
        return seen
    }

    /// Whether a string is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
