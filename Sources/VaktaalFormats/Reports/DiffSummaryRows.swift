import VaktaalModel

/// The summary of a diff as (what, counts) rows: concepts always, everything else when non-zero.
struct DiffSummaryRows {
    let summary: DiffSummary

    init(_ summary: DiffSummary) { self.summary = summary }

    var rows: [(String, String)] {
        let s = summary
        var rows = [("concepts", "\(s.concepts.added) added, \(s.concepts.removed) removed, \(s.concepts.changed) changed")]
        if s.deprecated + s.undeprecated + s.replaced > 0 {
            rows.append(("deprecated", "\(s.deprecated) newly deprecated, \(s.undeprecated) undeprecated, \(s.replaced) replaced"))
        }
        if !s.prefLabels.isZero {
            rows.append(("prefLabel", "\(s.prefLabels.changed) changed, \(s.prefLabels.languagesAdded) languages added, "
                         + "\(s.prefLabels.languagesDropped) dropped"))
        }
        link("altLabel", s.altLabels, into: &rows)
        link("hiddenLabel", s.hiddenLabels, into: &rows)
        if s.notations > 0 { rows.append(("notation", "\(s.notations) concepts")) }
        for kind in NoteKind.allCases {
            if let count = s.notes[kind.rawValue] { rows.append((kind.rawValue, "\(count) changed")) }
        }
        link("broader", s.broader, "statements", into: &rows)
        link("narrower", s.narrower, "statements", into: &rows)
        if !s.hierarchy.isZero || s.moved > 0 {
            rows.append(("hierarchy", counts(s.hierarchy) + " links (broader and narrower merged), \(s.moved) moved"))
        }
        link("related", s.related, "statements", into: &rows)
        link("inScheme", s.inScheme, "statements", into: &rows)
        link("top concepts", s.topConcepts, into: &rows)
        mappingRows(into: &rows)
        entity("schemes", s.schemes, into: &rows)
        entity("collections", s.collections, into: &rows)
        if let broken = s.brokenMappings { rows.append(("broken mappings", "\(broken) in other vocabularies")) }
        return rows
    }

    private func mappingRows(into rows: inout [(String, String)]) {
        guard !summary.mappings.isEmpty else { return }
        let total = summary.mappingTotal
        rows.append(("mappings", "\(counts(total)), \(total.changed) retyped"))
        for (scheme, count) in summary.mappings.sorted(by: { $0.key < $1.key }) {
            rows.append(("  → " + scheme, "\(counts(count)), \(count.changed) retyped"))
        }
    }

    private func link(_ name: String, _ count: DiffSummary.LinkCount, _ unit: String = "", into rows: inout [(String, String)]) {
        guard !count.isZero else { return }
        rows.append((name, counts(count) + (unit.isEmpty ? "" : " " + unit)))
    }

    private func entity(_ name: String, _ count: DiffSummary.ChangeCount, into rows: inout [(String, String)]) {
        guard !count.isZero else { return }
        rows.append((name, "\(count.added) added, \(count.removed) removed, \(count.changed) changed"))
    }

    private func counts(_ count: DiffSummary.LinkCount) -> String { "+\(count.added) −\(count.removed)" }
    private func counts(_ count: DiffSummary.ChangeCount) -> String { "+\(count.added) −\(count.removed)" }
}
