import VaktaalModel

/// An extension slot of SSSOM 1.1 (`extension_definitions`): a non-standard slot name bound to an
/// RDF property, with an optional datatype for its values.
///
/// In Vaktaal's graph the definition hangs off the mapping set as
/// `set sssom:extension_definitions [ sssom:slot_name "…"; sssom:property <…>; sssom:type_hint <…> ]`
/// and each value is a literal of that property on the set or on the mapping's annotation node.
struct SSSOMExtension: Hashable, Sendable {
    /// The slot name, used as YAML key and TSV column.
    var slotName: String
    /// The property IRI.
    var property: String
    /// The datatype IRI of the values, if given.
    var typeHint: String?

    /// A value as an RDF literal of the type hint (`xsd:string` and no hint give a plain literal).
    func literal(_ text: String) -> Literal {
        Literal(text, datatype: typeHint)
    }

    /// The triples that record this definition on a mapping set.
    func triples(on set: Term, node: Term) -> [Triple] {
        var triples = [
            Triple(set, Self.definitions, node),
            Triple(node, Namespace.sssom + "slot_name", .literal(Literal(slotName))),
            Triple(node, Namespace.sssom + "property", .iri(property)),
        ]
        if let typeHint { triples.append(Triple(node, Namespace.sssom + "type_hint", .iri(typeHint))) }
        return triples
    }

    /// Reads a definition recorded by ``triples(on:node:)`` from the triples about its node.
    init?(triples: [Triple]) {
        guard let name = triples.first(where: { $0.predicate == Namespace.sssom + "slot_name" })?.object.literalValue?.lexicalForm,
              let property = triples.first(where: { $0.predicate == Namespace.sssom + "property" })?.object.iriValue
        else { return nil }
        self.init(slotName: name, property: property,
                  typeHint: triples.first { $0.predicate == Namespace.sssom + "type_hint" }?.object.iriValue)
    }

    init(slotName: String, property: String, typeHint: String?) {
        self.slotName = slotName
        self.property = property
        self.typeHint = typeHint
    }

    /// `sssom:extension_definitions`.
    static let definitions = Namespace.sssom + "extension_definitions"

    /// Vaktaal's own extension: the language tag of free text (see ``SSSOMHeader/textLanguageSlot``).
    static let textLanguage = SSSOMExtension(
        slotName: SSSOMHeader.textLanguageSlot, property: SSSOMHeader.textLanguageProperty, typeHint: nil)
}
