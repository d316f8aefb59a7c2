/// A stated mapping: subject, type and object.
struct MappingKey: Hashable {
    let subject: TermID
    let type: MatchType
    let object: TermID
}
