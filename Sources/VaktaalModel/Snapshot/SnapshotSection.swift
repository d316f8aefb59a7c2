/// The sections of a snapshot, each listed in the table of contents with its place and checksum
/// and read only when needed. Each also starts with its number, so a reader that lost its place
/// says where.
package enum SnapshotSection: UInt32, CaseIterable, Sendable {
    case sources = 0x5352_4345
    case terms = 0x5445_524D
    case concepts = 0x434F_4E43
    case schemes = 0x5343_484D
    case model = 0x4D4F_444C
    case lookupIndex = 0x4C4F_4F4B
    case captions = 0x4341_5054

    /// How error messages name the section.
    var name: String {
        switch self {
        case .sources: "sources"
        case .terms: "terms"
        case .concepts: "concepts"
        case .schemes: "schemes"
        case .model: "collections and mappings"
        case .lookupIndex: "lookup index"
        case .captions: "captions"
        }
    }
}
