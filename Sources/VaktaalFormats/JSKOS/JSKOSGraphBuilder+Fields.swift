import VaktaalModel

extension JSKOSGraphBuilder {
    /// The fields of one bundle, at most one of which a concept may have.
    static let bundleFields = ["memberSet", "memberList", "memberChoice", "memberRoles"]

    /// Reads a JSKOS resource object (concept, scheme, collection, nested resource…) and returns
    /// the node it stands for.
    mutating func readResource(_ value: JSKOSValue, path: String) throws -> Term {
        guard value.members != nil else {
            throw error("\(path): expected a JSKOS object; found \(value.shapeName)", at: value)
        }
        let subject = try node(for: value, path: path)
        try readFields(of: value, subject: subject, path: path)
        return subject
    }

    /// Reads every field of an object as statements about `subject`, except those in `skipping`.
    mutating func readFields(of object: JSKOSValue, subject: Term, path: String, skipping: Set<String> = []) throws {
        let members = object.members ?? []
        let bundles = members.filter { Self.bundleFields.contains($0.key) }
        if bundles.count > 1 {
            throw error("\(Self.path(path, bundles[1].key)): a concept bundle has only one of memberSet, memberList, memberChoice and memberRoles", at: bundles[1].value)
        }
        for member in members where !skipping.contains(member.key) {
            let memberPath = Self.path(path, member.key)
            switch member.key {
            case "uri", "_bnode":
                continue
            case "@context":
                try checkContext(member.value, path: memberPath)
            case "_triples":
                try readTriples(member.value, path: memberPath)
            case let key where JSKOSContext.isCustom(key):
                continue
            default:
                guard let field = JSKOSContext.field(member.key) else {
                    throw error("\(memberPath): unknown JSKOS field \"\(member.key)\" (custom fields start with '_' or are all upper case)", at: member.value)
                }
                try read(field, member.value, of: subject, path: memberPath)
            }
        }
    }

    private mutating func read(_ field: JSKOSField, _ value: JSKOSValue, of subject: Term, path: String) throws {
        switch field {
        case .uri, .ignored:
            return
        case .type:
            for (element, elementPath) in try strings(value, path: path) {
                emit(subject, Namespace.rdf + "type", .iri(try iri(element, path: elementPath)))
            }
        case .iri(let property):
            for (element, elementPath) in try list(value, path: path) {
                let object = element.members != nil ? try readResource(element, path: elementPath) : .iri(try iri(element, path: elementPath))
                emit(subject, property, object)
            }
        case .value(let property):
            for object in try terms(value, path: path) { emit(subject, property, object) }
        case .resources(let property):
            for object in try resources(value, path: path) { emit(subject, property, object) }
        case .strings(let property):
            for (element, _) in try strings(value, path: path) {
                emit(subject, property, .literal(Literal(element.stringValue!)))
            }
        case .boolean(let property):
            guard case .bool(let flag) = value.kind else {
                throw error("\(path): expected true or false; found \(value.shapeName)", at: value)
            }
            emit(subject, property, .literal(Literal(flag ? "true" : "false", datatype: Namespace.xsd + "boolean")))
        case .date(let property):
            for (element, elementPath) in try strings(value, path: path) {
                emit(subject, property, .literal(try date(element, path: elementPath)))
            }
        case .languageMap(let property):
            for literal in try languageMap(value, path: path) { emit(subject, property, .literal(literal)) }
        case .languageString(let property):
            for literal in try languageMap(value, path: path, single: true) { emit(subject, property, .literal(literal)) }
        case .reverse(let property):
            for object in try terms(value, path: path) { emit(object, property, subject) }
        case .list(let property):
            emit(subject, property, try rdfList(value, path: path))
        case .json(let property):
            var text: [UInt8] = []
            JSKOSPrinter.compact(value, into: &text)
            emit(subject, property, .literal(Literal(String(decoding: text, as: UTF8.self), datatype: Namespace.rdf + "JSON")))
        case .nest:
            try readQualifiedMap(value, of: subject, path: path)
        case .literal:
            emit(subject, Namespace.skosxl + "literalForm", .literal(try qualifiedLiteral(value, path: path)))
        case .mappings:
            for (element, elementPath) in try list(value, path: path) { try readMapping(element, path: elementPath) }
        }
    }

    /// The elements of an array (without `null`, JSKOS's marker for unknown further members), or
    /// the value itself when it is not an array, each with its path.
    func list(_ value: JSKOSValue, path: String) throws -> [(JSKOSValue, String)] {
        guard let elements = value.elements else {
            if case .null = value.kind { return [] }
            return [(value, path)]
        }
        var result: [(JSKOSValue, String)] = []
        for (index, element) in elements.enumerated() {
            switch element.kind {
            case .null: continue
            case .array: throw error("\(path)[\(index)]: arrays inside arrays are not allowed", at: element)
            default: result.append((element, "\(path)[\(index)]"))
            }
        }
        return result
    }

    /// Like ``list(_:path:)``, checking that every element is a string.
    private func strings(_ value: JSKOSValue, path: String) throws -> [(JSKOSValue, String)] {
        let elements = try list(value, path: path)
        for (element, elementPath) in elements where element.stringValue == nil {
            throw error("\(elementPath): expected a string; found \(element.shapeName)", at: element)
        }
        return elements
    }

    /// The RDF terms of a plain JSON-LD value: strings, numbers and booleans become literals,
    /// objects become the nodes they describe.
    mutating func terms(_ value: JSKOSValue, path: String) throws -> [Term] {
        var result: [Term] = []
        for (element, elementPath) in try list(value, path: path) {
            switch element.kind {
            case .string(let text): result.append(.literal(Literal(text)))
            case .number(let lexical): result.append(.literal(JSKOSLiterals.numberLiteral(lexical)))
            case .bool(let flag): result.append(.literal(Literal(flag ? "true" : "false", datatype: Namespace.xsd + "boolean")))
            case .object: result.append(try readResource(element, path: elementPath))
            case .null, .array: continue
            }
        }
        return result
    }

    /// The nodes of a set of resources: an array of objects (`null` for unknown further members).
    mutating func resources(_ value: JSKOSValue, path: String) throws -> [Term] {
        guard let elements = value.elements else {
            throw error("\(path): expected an array of objects such as [{\"uri\": \"http://…\"}]; found \(value.shapeName)", at: value)
        }
        var nodes: [Term] = []
        for (index, element) in elements.enumerated() {
            switch element.kind {
            case .null: continue
            case .object: nodes.append(try readResource(element, path: "\(path)[\(index)]"))
            default: throw error("\(path)[\(index)]: expected an object such as {\"uri\": \"http://…\"}; found \(element.shapeName)", at: element)
            }
        }
        return nodes
    }

    /// A JSKOS date as a literal typed by its shape.
    func date(_ value: JSKOSValue, path: String) throws -> Literal {
        let text = try string(value, path: path, expected: "a date")
        guard let datatype = JSKOSLiterals.dateDatatype(text) else {
            throw error("\(path): \"\(text)\" is not a JSKOS date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with optional time zone)", at: value)
        }
        return Literal(text, datatype: datatype)
    }

    /// The literals of a language map: `{"en": ["text", …]}`, or with `single` (`prefLabel`)
    /// `{"en": "text"}`, as the JSKOS schema has them. `und` and `@none` mean no language tag;
    /// language ranges (`-`, `en-`) are closed-world markers and skipped.
    func languageMap(_ value: JSKOSValue, path: String, single: Bool = false) throws -> [Literal] {
        guard let members = value.members else {
            throw error("\(path): expected a language map (an object from language tags to strings); found \(value.shapeName)", at: value)
        }
        var literals: [Literal] = []
        for member in members where !JSKOSLiterals.isLanguageRange(member.key) {
            let memberPath = Self.path(path, member.key)
            let tag = member.key.lowercased()
            guard member.key == "@none" || JSKOSLiterals.isLanguageTag(tag) else {
                throw error("\(memberPath): \"\(member.key)\" is not a language tag such as en or de-at", at: member.value)
            }
            let language = (member.key == "@none" || tag == JSKOSLiterals.untaggedKey) ? nil : tag
            if single, member.value.stringValue == nil {
                throw error("\(memberPath): expected one string (a concept has one preferred label per language); found \(member.value.shapeName)", at: member.value)
            }
            if !single, member.value.elements == nil {
                throw error("\(memberPath): expected an array of strings; found \(member.value.shapeName)", at: member.value)
            }
            for (element, elementPath) in try list(member.value, path: memberPath) {
                let text = try string(element, path: elementPath)
                literals.append(Literal(text, language: language))
            }
        }
        return literals
    }

    /// `{"string": "…", "language": "…"}` of a qualified literal; `und` means no language tag.
    private func qualifiedLiteral(_ value: JSKOSValue, path: String) throws -> Literal {
        guard let members = value.members, let text = value["string"] else {
            throw error("\(path): expected an object with \"string\" and optional \"language\"", at: value)
        }
        for member in members where member.key != "string" && member.key != "language" {
            throw error("\(Self.path(path, member.key)): a qualified literal has only \"string\" and \"language\"", at: member.value)
        }
        let string = try self.string(text, path: Self.path(path, "string"))
        guard let languageValue = value["language"] else { return Literal(string) }
        let language = try self.string(languageValue, path: Self.path(path, "language")).lowercased()
        guard JSKOSLiterals.isLanguageTag(language) else {
            throw error("\(Self.path(path, "language")): \"\(language)\" is not a language tag", at: languageValue)
        }
        return Literal(string, language: language == JSKOSLiterals.untaggedKey ? nil : language)
    }

    /// A qualified map: property IRIs to arrays of qualified values, each a resource.
    private mutating func readQualifiedMap(_ value: JSKOSValue, of subject: Term, path: String) throws {
        guard let members = value.members else {
            throw error("\(path): expected an object from property IRIs to arrays; found \(value.shapeName)", at: value)
        }
        for member in members {
            let memberPath = Self.path(path, member.key)
            guard Self.isAbsoluteIRI(member.key) else {
                throw error("\(memberPath): the keys of a qualified map are property IRIs", at: member.value)
            }
            for object in try terms(member.value, path: memberPath) { emit(subject, member.key, object) }
        }
    }

    /// An RDF collection (`rdf:first`/`rdf:rest`) of the array's values.
    private mutating func rdfList(_ value: JSKOSValue, path: String) throws -> Term {
        guard value.elements != nil else {
            throw error("\(path): expected an array; found \(value.shapeName)", at: value)
        }
        var head = Term.iri(Namespace.rdf + "nil")
        for item in try terms(value, path: path).reversed() {
            let cell = freshNode()
            emit(cell, Namespace.rdf + "first", item)
            emit(cell, Namespace.rdf + "rest", head)
            head = cell
        }
        return head
    }
}
