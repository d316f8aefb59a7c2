/// A SKOS-XL label: a label resource with its literal form.
public struct XLLabel: Hashable, Sendable {
    /// The label resource (an IRI or a blank node).
    public var resource: Term
    /// The label's literal form.
    public var literalForm: LangString

    /// Creates a SKOS-XL label.
    public init(resource: Term, literalForm: LangString) {
        self.resource = resource
        self.literalForm = literalForm
    }
}
