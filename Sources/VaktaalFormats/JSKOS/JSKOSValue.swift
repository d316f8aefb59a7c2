/// A JSON value as the JSKOS reader and writer see it: numbers keep their lexical form, objects
/// keep their members in source order, and every value remembers the byte offset where it starts
/// so that errors can name a line and column.
struct JSKOSValue: Sendable {
    /// The shape of a JSON value.
    indirect enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number, as written (RFC 8259 syntax).
        case number(String)
        case string(String)
        case array([JSKOSValue])
        case object([Member])
    }

    /// One `"key": value` pair of an object.
    struct Member: Sendable {
        var key: String
        var value: JSKOSValue
    }

    var kind: Kind
    /// Byte offset of the value's first character in the source; 0 for values built in code.
    var offset: Int

    init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }

    static func string(_ value: String) -> JSKOSValue { JSKOSValue(.string(value)) }
    static func array(_ values: [JSKOSValue]) -> JSKOSValue { JSKOSValue(.array(values)) }

    /// An object built in code; member order does not matter, printers sort keys.
    static func object(_ members: [String: JSKOSValue]) -> JSKOSValue {
        JSKOSValue(.object(members.map { Member(key: $0.key, value: $0.value) }))
    }

    /// `{"uri": iri}`.
    static func reference(_ iri: String) -> JSKOSValue { .object(["uri": .string(iri)]) }

    /// The members, when this is an object.
    var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// The elements, when this is an array.
    var elements: [JSKOSValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The text, when this is a string.
    var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The value of a key, when this is an object that has it.
    subscript(key: String) -> JSKOSValue? {
        members?.first { $0.key == key }?.value
    }

    /// A short name of the shape for error messages: "a string", "an array", …
    var shapeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
