/// Direct read access to the storage of a ``TermTable``, valid inside
/// ``TermTable/withView(_:)``: for loops that compare many terms, without an array access and a
/// closure per term.
struct TermView {
    let text: UnsafeRawBufferPointer
    let bounds: UnsafeBufferPointer<Int>
    let tags: UnsafeBufferPointer<UInt32>

    /// The text of a term.
    @inline(__always)
    func bytes(_ id: TermID) -> UnsafeRawBufferPointer {
        let index = Int(id)
        return UnsafeRawBufferPointer(rebasing: text[bounds[index]..<bounds[index + 1]])
    }

    /// Whether a term of this view and one of another are the same term (as
    /// ``TermTable/same(_:in:_:in:)``).
    @inline(__always)
    static func same(_ lhs: TermID, in left: TermView, _ rhs: TermID, in right: TermView) -> Bool {
        let leftTag = left.tags[Int(lhs)], rightTag = right.tags[Int(rhs)]
        guard leftTag & 7 == rightTag & 7, RawBytes.equal(left.bytes(lhs), right.bytes(rhs)) else { return false }
        let kind = leftTag & 7
        guard kind == TermKind.languageLiteral.rawValue || kind == TermKind.typedLiteral.rawValue else { return true }
        return RawBytes.equal(left.bytes(leftTag >> 3), right.bytes(rightTag >> 3))
    }
}

