/// The properties a compact vocabulary keeps per concept, and the kinds of label, note and date
/// they stand for.
extension KnownProperty {
    /// The field of plain labels of a kind.
    init(label kind: LabelKind) {
        switch kind {
        case .preferred: self = .prefLabel
        case .alternative: self = .altLabel
        case .hidden: self = .hiddenLabel
        }
    }

    /// The field of SKOS-XL labels of a kind.
    init(xlLabel kind: LabelKind) {
        switch kind {
        case .preferred: self = .xlPrefLabel
        case .alternative: self = .xlAltLabel
        case .hidden: self = .xlHiddenLabel
        }
    }

    /// The field of notes of a kind.
    init(note kind: NoteKind) {
        switch kind {
        case .definition: self = .definition
        case .scopeNote: self = .scopeNote
        case .note: self = .note
        case .example: self = .example
        case .historyNote: self = .historyNote
        case .editorialNote: self = .editorialNote
        case .changeNote: self = .changeNote
        }
    }

    /// The field of dates of a kind.
    init(date kind: DateKind) {
        switch kind {
        case .created: self = .created
        case .modified: self = .modified
        case .issued: self = .issued
        }
    }

    /// The label kind of a plain label field.
    var labelKind: LabelKind? {
        switch self {
        case .prefLabel: .preferred
        case .altLabel: .alternative
        case .hiddenLabel: .hidden
        default: nil
        }
    }

    /// The label kind of a SKOS-XL label field.
    var xlLabelKind: LabelKind? {
        switch self {
        case .xlPrefLabel: .preferred
        case .xlAltLabel: .alternative
        case .xlHiddenLabel: .hidden
        default: nil
        }
    }

    /// The note kind of a note field.
    var noteKind: NoteKind? {
        switch self {
        case .definition: .definition
        case .scopeNote: .scopeNote
        case .note: .note
        case .example: .example
        case .historyNote: .historyNote
        case .editorialNote: .editorialNote
        case .changeNote: .changeNote
        default: nil
        }
    }

    /// The date kind of a date field.
    var dateKind: DateKind? {
        switch self {
        case .created: .created
        case .modified: .modified
        case .issued: .issued
        default: nil
        }
    }
}
