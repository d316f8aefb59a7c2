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
        self.init(match, concept: concept, scheme: concept.flatMap { vocabulary.schemes(of: $0).first })
    }

    /// The report of one match, from a snapshot's captions (no concept is read).
    package init(_ match: LookupMatch, in snapshot: VocabularySnapshot) throws(SnapshotError) {
        let caption = try snapshot.caption(of: match.concept, language: match.language ?? "nl")
        self.init(match, notation: caption.notation, prefLabel: caption.prefLabel, scheme: caption.scheme)
    }

    private init(_ match: LookupMatch, concept: Concept?, scheme: String?) {
        self.init(match, notation: concept?.notations.first?.lexicalForm, prefLabel: concept?.prefLabel(match.language ?? "nl"), scheme: scheme)
    }

    private init(_ match: LookupMatch, notation: String?, prefLabel: String?, scheme: String?) {
        self.concept = match.concept
        self.notation = notation
        self.prefLabel = prefLabel
        self.scheme = scheme
        matchedLabel = match.label
        matchedLanguage = match.language
        matchedLabelKind = match.labelKind
        self.match = match.kind.description
        score = match.score
    }
}
