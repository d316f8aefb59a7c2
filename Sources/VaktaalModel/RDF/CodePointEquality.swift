/// RDF compares IRIs and literals as sequences of code points, without Unicode normalisation.
/// Swift's `String` equality and hashing apply canonical equivalence, which is both different and
/// slow for non-ASCII text; terms therefore hash and compare their UTF-8 bytes.
enum CodePointEquality {
    @inline(__always)
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { a in rhs.withUTF8 { b in a.count == b.count && (a.count == 0 || memcmpEqual(a, b)) } }
    }

    @inline(__always)
    static func equal(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case (let a?, let b?): equal(a, b)
        default: false
        }
    }

    @inline(__always)
    static func hash(_ value: String, into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(value.utf8.count)
    }

    @inline(__always)
    static func hash(_ value: String?, into hasher: inout Hasher) {
        if let value { hash(value, into: &hasher) } else { hasher.combine(-1) }
    }

    private static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = a.count
        while index + 8 <= count {
            if UnsafeRawPointer(a.baseAddress! + index).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(b.baseAddress! + index).loadUnaligned(as: UInt64.self) { return false }
            index += 8
        }
        while index < count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }
}

extension Term {
    public static func == (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)), (.blank(let a), .blank(let b)): CodePointEquality.equal(a, b)
        case (.literal(let a), .literal(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .iri(let value): hasher.combine(0); CodePointEquality.hash(value, into: &hasher)
        case .blank(let value): hasher.combine(1); CodePointEquality.hash(value, into: &hasher)
        case .literal(let value): hasher.combine(2); value.hash(into: &hasher)
        }
    }
}

extension Literal {
    public static func == (lhs: Literal, rhs: Literal) -> Bool {
        CodePointEquality.equal(lhs.lexicalForm, rhs.lexicalForm) && CodePointEquality.equal(lhs.language, rhs.language)
            && CodePointEquality.equal(lhs.datatype, rhs.datatype)
    }

    public func hash(into hasher: inout Hasher) {
        CodePointEquality.hash(lexicalForm, into: &hasher)
        CodePointEquality.hash(language, into: &hasher)
        CodePointEquality.hash(datatype, into: &hasher)
    }
}

extension Triple {
    public static func == (lhs: Triple, rhs: Triple) -> Bool {
        CodePointEquality.equal(lhs.predicate, rhs.predicate) && lhs.subject == rhs.subject && lhs.object == rhs.object
    }

    public func hash(into hasher: inout Hasher) {
        subject.hash(into: &hasher)
        CodePointEquality.hash(predicate, into: &hasher)
        object.hash(into: &hasher)
    }
}
