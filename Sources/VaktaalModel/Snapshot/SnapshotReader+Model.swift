/// Reads back what ``SnapshotWriter``'s model methods wrote.
extension SnapshotReader {
    mutating func literal() throws(SnapshotError) -> Literal {
        let form = try string()
        let language = try optionalString()
        let datatype = try optionalString()
        return Literal(form, language: language, datatype: datatype)
    }

    mutating func literals() throws(SnapshotError) -> [Literal] {
        let count = try count("literals")
        var values: [Literal] = []
        for _ in 0..<count { values.append(try literal()) }
        return values
    }

    mutating func langStrings() throws(SnapshotError) -> [LangString] {
        let count = try count("language strings")
        var values: [LangString] = []
        for _ in 0..<count {
            let value = try string()
            values.append(LangString(value, language: try optionalString()))
        }
        return values
    }

    mutating func term() throws(SnapshotError) -> Term {
        switch try integer() as UInt8 {
        case 0: .iri(try string())
        case 1: .blank(try string())
        case 2: .literal(try literal())
        default: throw malformed("a term kind (0, 1 or 2)")
        }
    }

    mutating func scheme() throws(SnapshotError) -> ConceptScheme {
        var scheme = ConceptScheme(iri: try string())
        scheme.prefLabels = try langStrings()
        scheme.titles = try langStrings()
        scheme.descriptions = try langStrings()
        scheme.notations = try literals()
        scheme.topConcepts = try strings()
        scheme.versions = try literals()
        for kind in DateKind.allCases {
            let dates = try literals()
            if !dates.isEmpty { scheme.dates[kind] = dates }
        }
        return scheme
    }

    mutating func collection() throws(SnapshotError) -> SKOSCollection {
        var collection = SKOSCollection(iri: try string())
        collection.isOrdered = try flag()
        collection.prefLabels = try langStrings()
        collection.members = try strings()
        return collection
    }

    mutating func mapping() throws(SnapshotError) -> Mapping {
        let subject = try string()
        let typeName = try string()
        guard let type = MatchType(rawValue: typeName) else { throw malformed("a match type, not '\(typeName)'") }
        var mapping = Mapping(subject: subject, type: type, object: try string())
        if try flag() { mapping.confidenceLiteral = try literal() }
        mapping.justification = try optionalString()
        mapping.authors = try strings()
        if try flag() { mapping.date = try literal() }
        mapping.comment = try langStrings().first
        mapping.mappingSet = try optionalString()
        if try flag() { mapping.annotation = try term() }
        mapping.isAsserted = try flag()
        return mapping
    }

    /// A count of things that follow, each taking at least one byte.
    mutating func count(_ what: String) throws(SnapshotError) -> Int {
        let count = Int(try integer() as UInt32)
        guard count <= remaining else { throw malformed("\(count) \(what), but the payload ends first") }
        return count
    }
}
