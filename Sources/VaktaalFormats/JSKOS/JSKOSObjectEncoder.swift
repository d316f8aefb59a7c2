import VaktaalModel

/// Turns the triples about one resource into JSKOS fields, as far as JSKOS can say them exactly:
/// every triple it takes (``consumed``) is one that ``JSKOSReader`` reads back unchanged from the
/// fields; the others stay for the `_triples` extension.
struct JSKOSObjectEncoder {
    /// How a predicate is written.
    enum Rule {
        case type
        /// A language map of single strings (`prefLabel`).
        case languageString(String)
        /// A language map of lists.
        case languageList(String)
        /// A list of plain strings.
        case strings(String)
        /// One plain string.
        case string(String)
        /// One IRI as a string.
        case iri(String)
        /// A list of IRIs as strings.
        case iris(String)
        /// A set of resources: `[{"uri": …}]` or `[{"_bnode": "_:…"}]`.
        case resources(String)
        /// One JSKOS date, when the literal's datatype is the one its shape implies.
        case date(String)
        /// One `xsd:boolean`.
        case boolean(String)
    }

    /// Blank nodes that may be written nested in the one object that refers to them, as JSKOS
    /// writes resources without URI: `"narrower": [{"_bnode": "_:b1", "prefLabel": {…}}]`.
    struct Nesting {
        /// The triples of the graph by subject.
        let bySubject: [Term: [Triple]]
        /// Labels of blank nodes that are the object of exactly one triple and belong to no
        /// mapping or SKOS-XL label.
        let embeddable: Set<String>
    }

    /// Nesting stops at this depth; deeper blank nodes are written as bare `_bnode` references.
    private static let maximumDepth = 8

    /// The fields written so far.
    private(set) var fields: [String: JSKOSValue] = [:]
    /// The triples the fields stand for.
    private(set) var consumed: [Triple] = []
    /// The blank nodes written nested; their other triples belong in this object's `_triples`.
    private(set) var nestedNodes: [Term] = []
    private let primaryType: String?
    private let nesting: Nesting?
    private let enclosing: [String]

    /// Creates an encoder; `primaryType` (such as `skos:Concept`) is listed first in `type`, as
    /// JSKOS requires.
    init(primaryType: String?, nesting: Nesting? = nil, enclosing: [String] = []) {
        self.primaryType = primaryType
        self.nesting = nesting
        self.enclosing = enclosing
    }

    /// Writes what it can of triples that all have the same subject.
    mutating func add(_ triples: [Triple]) {
        let groups = Dictionary(grouping: triples, by: \.predicate)
        for predicate in groups.keys.sorted() {
            guard let rule = Self.rules[predicate] else { continue }
            encode(rule, groups[predicate]!.sorted())
        }
    }

    private mutating func take(_ triple: Triple) { consumed.append(triple) }

    private mutating func encode(_ rule: Rule, _ triples: [Triple]) {
        switch rule {
        case .type:
            let typed = triples.filter { $0.object.iriValue != nil }
            let iris = typed.compactMap(\.object.iriValue).sorted { lhs, rhs in
                lhs == primaryType || (rhs != primaryType && lhs.utf8.lexicographicallyPrecedes(rhs.utf8))
            }
            guard !iris.isEmpty else { return }
            typed.forEach { take($0) }
            fields["type"] = .array(iris.map(JSKOSValue.string))
        case .languageString(let name):
            encodeLanguageMap(name, triples, single: true)
        case .languageList(let name):
            encodeLanguageMap(name, triples, single: false)
        case .strings(let name), .string(let name):
            let plain = triples.filter { triple in
                guard let literal = triple.object.literalValue else { return false }
                return literal.datatype == nil && literal.language == nil && !literal.lexicalForm.isEmpty
            }
            write(name, plain, single: isSingle(rule)) { .string($0.object.literalValue!.lexicalForm) }
        case .iri(let name), .iris(let name):
            write(name, triples.filter { $0.object.iriValue != nil }, single: isSingle(rule)) { .string($0.object.iriValue!) }
        case .resources(let name):
            let nodes = triples.filter { triple in
                switch triple.object {
                case .iri: true
                case .blank(let label): JSKOSGraphBuilder.isBlankNodeLabel(label)
                case .literal: false
                }
            }
            var values: [JSKOSValue] = []
            for triple in nodes {
                take(triple)
                switch triple.object {
                case .blank(let label): values.append(.object(nested(label)))
                default: values.append(.reference(triple.object.iriValue!))
                }
            }
            if !values.isEmpty { fields[name] = .array(values) }
        case .date(let name):
            let dates = triples.filter { triple in
                guard let literal = triple.object.literalValue else { return false }
                return literal.datatype != nil && literal.datatype == JSKOSLiterals.dateDatatype(literal.lexicalForm)
            }
            write(name, dates, single: true) { .string($0.object.literalValue!.lexicalForm) }
        case .boolean(let name):
            let flags = triples.filter { triple in
                let boolean = Namespace.xsd + "boolean"
                return triple.object == .literal(Literal("true", datatype: boolean)) || triple.object == .literal(Literal("false", datatype: boolean))
            }
            write(name, flags, single: true) { JSKOSValue(.bool($0.object.literalValue!.lexicalForm == "true")) }
        }
    }

    /// A language map; with `single`, one string per language (the first in sort order).
    private mutating func encodeLanguageMap(_ name: String, _ triples: [Triple], single: Bool) {
        var map: [String: [String]] = [:]
        for triple in triples {
            guard let literal = triple.object.literalValue, literal.datatype == nil, !literal.lexicalForm.isEmpty,
                  let key = JSKOSLiterals.key(for: literal.language) else { continue }
            if single, map[key] != nil { continue }
            map[key, default: []].append(literal.lexicalForm)
            take(triple)
        }
        guard !map.isEmpty else { return }
        fields[name] = .object(map.mapValues { single ? .string($0[0]) : .array($0.map(JSKOSValue.string)) })
    }

    /// The fields of a blank node written inside the object that refers to it.
    private mutating func nested(_ label: String) -> [String: JSKOSValue] {
        var result: [String: JSKOSValue] = ["_bnode": .string("_:" + label)]
        guard let nesting, nesting.embeddable.contains(label), !enclosing.contains(label),
              enclosing.count < Self.maximumDepth else { return result }
        var inner = JSKOSObjectEncoder(primaryType: nil, nesting: nesting, enclosing: enclosing + [label])
        inner.add(nesting.bySubject[.blank(label)] ?? [])
        consumed += inner.consumed
        nestedNodes += [.blank(label)] + inner.nestedNodes
        result.merge(inner.fields) { first, _ in first }
        return result
    }

    private func isSingle(_ rule: Rule) -> Bool {
        switch rule {
        case .string, .iri: true
        default: false
        }
    }

    /// Writes the triples' objects as a list, or the first one alone.
    private mutating func write(_ name: String, _ triples: [Triple], single: Bool, _ value: (Triple) -> JSKOSValue) {
        guard let first = triples.first else { return }
        if single {
            take(first)
            fields[name] = value(first)
        } else {
            triples.forEach { take($0) }
            fields[name] = .array(triples.map(value))
        }
    }

    /// The predicates JSKOS has a field for, with how each is written.
    static let rules: [String: Rule] = {
        let skos = Namespace.skos, dcterms = Namespace.dcterms
        var rules: [String: Rule] = [
            Namespace.rdf + "type": .type,
            skos + "prefLabel": .languageString("prefLabel"),
            skos + "notation": .strings("notation"), dcterms + "identifier": .strings("identifier"),
            dcterms + "language": .strings("languages"),
            Namespace.owl + "versionInfo": .string("version"), dcterms + "extent": .string("extent"),
            JSKOSContext.void + "uriSpace": .string("namespace"), JSKOSContext.void + "voidRegexPattern": .string("uriPattern"),
            JSKOSContext.schema + "startDate": .string("startDate"), JSKOSContext.schema + "endDate": .string("endDate"),
            Namespace.foaf + "page": .iri("url"), Namespace.foaf + "depiction": .iris("depiction"),
            Namespace.owl + "deprecated": .boolean("deprecated"),
        ]
        for name in ["altLabel", "hiddenLabel"] + NoteKind.allCases.map(\.rawValue) {
            rules[skos + name] = .languageList(name)
        }
        for kind in DateKind.allCases { rules[kind.property] = .date(kind.rawValue) }
        let resources: [String: String] = [
            skos + "broader": "broader", skos + "narrower": "narrower", skos + "related": "related",
            skos + "inScheme": "inScheme", skos + "topConceptOf": "topConceptOf", skos + "hasTopConcept": "topConcepts",
            skos + "member": "memberSet", skos + "broaderTransitive": "ancestors",
            JSKOSContext.xkos + "previous": "previous", JSKOSContext.xkos + "next": "next",
            dcterms + "creator": "creator", dcterms + "contributor": "contributor", dcterms + "publisher": "publisher",
            dcterms + "source": "source", dcterms + "isPartOf": "partOf", dcterms + "subject": "subject",
            dcterms + "isReplacedBy": "replacedBy", dcterms + "isVersionOf": "versionOf", dcterms + "license": "license",
            dcterms + "conformsTo": "guidelines",
        ]
        for (property, name) in resources { rules[property] = .resources(name) }
        return rules
    }()
}
