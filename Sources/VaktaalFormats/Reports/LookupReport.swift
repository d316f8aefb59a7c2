public import VaktaalModel

/// One lookup result for output: what `vaktaal lookup --format json` prints and `GET /api/lookup`
/// answers.
package struct LookupReport: Encodable, Sendable {
    package let concept: String
    package let notation: String?
    package let prefLabel: String?
    package let scheme: String?
    package let matchedLabel: String
    package let matchedLanguage: String?
    package let matchedLabelKind: String
    package let match: String
    package let score: Double

    /// The report of one match; the preferred label is given in the matched label's language.
    package init(_ match: LookupMatch, in vocabulary: Vocabulary) {
        let concept = vocabulary.concept(match.concept)
        self.concept = match.concept
        notation = concept?.notations.first?.lexicalForm
        prefLabel = concept?.prefLabel(match.language ?? "nl")
        scheme = concept.flatMap { vocabulary.schemes(of: $0).first }
        matchedLabel = match.label
        matchedLanguage = match.language
        matchedLabelKind = match.labelKind
        self.match = match.kind.description
        score = match.score
    }
}
