/// What a lookup result shows of each concept (its first notation, its preferred labels, its
/// first scheme), kept in a snapshot beside the lookup index so that a lookup reads neither the
/// term table nor the concept rows.
struct ConceptCaptions: Sendable {
    /// The concept IRIs, in row order, and the rows in the byte order of their IRIs.
    private let iris: TextColumn
    private let sortedRows: [Int32]
    /// Per concept: its first notation ("" and `hasNotation` false when none).
    private let notations: TextColumn
    private let hasNotation: [UInt8]
    /// Per concept, where its preferred labels start in `labels`; one more than there are concepts.
    private let labelStarts: [Int32]
    private let labels: TextColumn
    /// Each label's language: an index into `languages`, or -1 for none.
    private let labelLanguages: [Int16]
    private let languages: [String]
    /// Per concept, its first scheme: an index into `schemes`, or -1 for none.
    private let firstScheme: [Int32]
    private let schemes: [String]

    /// The captions of every concept of a vocabulary.
    init(_ vocabulary: CompactVocabulary) {
        var iris: [String] = [], notations: [String] = [], hasNotation: [UInt8] = []
        var labelStarts: [Int32] = [0], labels: [String] = [], labelLanguages: [Int16] = []
        var languages: [String] = [], languageNumbers: [String: Int16] = [:]
        var firstScheme: [Int32] = [], schemes: [String] = [], schemeNumbers: [String: Int32] = [:]
        let fields = ConceptFields(.notation, .prefLabel, .xlPrefLabel, .inScheme, .topConceptOf)
        for row in 0..<vocabulary.conceptCount {
            let concept = vocabulary.concept(at: row, fields: fields)
            iris.append(concept.iri)
            notations.append(concept.notations.first?.lexicalForm ?? "")
            hasNotation.append(concept.notations.isEmpty ? 0 : 1)
            // A label repeating an earlier one (a SKOS-XL literal form beside the same plain label)
            // can never be the one picked, so it is left out.
            var seen: Set<LangString> = []
            for label in concept.allLabels(.preferred) where seen.insert(label).inserted {
                labels.append(label.value)
                labelLanguages.append(label.language.map { language in
                    if let number = languageNumbers[language] { return number }
                    languages.append(language)
                    languageNumbers[language] = Int16(languages.count - 1)
                    return Int16(languages.count - 1)
                } ?? -1)
            }
            labelStarts.append(Int32(labels.count))
            firstScheme.append(vocabulary.schemes(of: concept).first.map { scheme in
                if let number = schemeNumbers[scheme] { return number }
                schemes.append(scheme)
                schemeNumbers[scheme] = Int32(schemes.count - 1)
                return Int32(schemes.count - 1)
            } ?? -1)
        }
        let column = TextColumn(iris)
        let sortedRows = (0..<Int32(iris.count)).sorted { column.precedes(Int($0), Int($1)) }
        self.init(iris: column, sortedRows: sortedRows, notations: TextColumn(notations), hasNotation: hasNotation,
                  labelStarts: labelStarts, labels: TextColumn(labels), labelLanguages: labelLanguages, languages: languages,
                  firstScheme: firstScheme, schemes: schemes)
    }

    private init(iris: TextColumn, sortedRows: [Int32], notations: TextColumn, hasNotation: [UInt8], labelStarts: [Int32],
                 labels: TextColumn, labelLanguages: [Int16], languages: [String], firstScheme: [Int32], schemes: [String]) {
        self.iris = iris
        self.sortedRows = sortedRows
        self.notations = notations
        self.hasNotation = hasNotation
        self.labelStarts = labelStarts
        self.labels = labels
        self.labelLanguages = labelLanguages
        self.languages = languages
        self.firstScheme = firstScheme
        self.schemes = schemes
    }

    /// The caption of a concept, as ``Concept/prefLabel(_:)`` and ``Vocabulary/schemes(of:)`` give it.
    func caption(of concept: String, language: String) -> (notation: String?, prefLabel: String?, scheme: String?) {
        guard let row = row(of: concept) else { return (nil, nil, nil) }
        let own = (labelStarts[row]..<labelStarts[row + 1]).map { index in
            LangString(labels[Int(index)], language: labelLanguages[Int(index)] >= 0 ? languages[Int(labelLanguages[Int(index)])] : nil)
        }
        return (hasNotation[row] == 1 ? notations[row] : nil, own.best(for: language)?.value,
                firstScheme[row] >= 0 ? schemes[Int(firstScheme[row])] : nil)
    }

    /// The row of a concept, by binary search over the IRIs' byte order.
    private func row(of concept: String) -> Int? {
        var concept = concept
        return concept.withUTF8 { wanted -> Int? in
            var low = 0, high = sortedRows.count
            while low < high {
                let middle = (low + high) / 2
                let row = Int(sortedRows[middle])
                let before = iris.bytes[iris.starts[row]..<iris.starts[row + 1]].lexicographicallyPrecedes(wanted)
                if before { low = middle + 1 } else { high = middle }
            }
            guard low < sortedRows.count, iris.equals(Int(sortedRows[low]), UnsafeRawBufferPointer(wanted)) else { return nil }
            return Int(sortedRows[low])
        }
    }

    /// Writes the captions' section.
    func write(to writer: inout SnapshotWriter) {
        writer.section(.captions)
        writer.texts(iris)
        writer.column(sortedRows)
        writer.texts(notations)
        writer.column(hasNotation)
        writer.column(labelStarts)
        writer.texts(labels)
        writer.column(labelLanguages)
        writer.strings(languages)
        writer.column(firstScheme)
        writer.strings(schemes)
    }

    /// Reads the section ``write(to:)`` wrote, checking every index.
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        try reader.expect(.captions)
        let iris = try reader.texts(), sortedRows: [Int32] = try reader.column(), notations = try reader.texts()
        let hasNotation: [UInt8] = try reader.column(), labelStarts: [Int32] = try reader.column()
        let labels = try reader.texts(), labelLanguages: [Int16] = try reader.column(), languages = try reader.strings()
        let firstScheme: [Int32] = try reader.column(), schemes = try reader.strings()
        guard notations.count == iris.count, hasNotation.count == iris.count, firstScheme.count == iris.count,
              labelStarts.count == iris.count + 1, labelStarts.first == 0, labelStarts.last == Int32(labels.count),
              zip(labelStarts, labelStarts.dropFirst()).allSatisfy({ $0 <= $1 }), labelLanguages.count == labels.count,
              labelLanguages.allSatisfy({ $0 >= -1 && Int($0) < languages.count }),
              firstScheme.allSatisfy({ $0 >= -1 && Int($0) < schemes.count }),
              sortedRows.count == iris.count, sortedRows.allSatisfy({ $0 >= 0 && Int($0) < iris.count }) else {
            throw reader.malformed("captions of every concept, each pointing inside its lists")
        }
        self.init(iris: iris, sortedRows: sortedRows, notations: notations, hasNotation: hasNotation, labelStarts: labelStarts,
                  labels: labels, labelLanguages: labelLanguages, languages: languages, firstScheme: firstScheme, schemes: schemes)
    }
}
