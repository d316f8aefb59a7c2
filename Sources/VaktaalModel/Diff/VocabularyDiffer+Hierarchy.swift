extension VocabularyDiffer {
    /// Counts the child–parent links of children that are concepts in neither version (named only
    /// by a parent's `skos:narrower`); the links of concepts are counted as they are compared.
    mutating func countHierarchyLinksOfNonConcepts() {
        var children = Set(old.narrowerParents.keys)
        children.formUnion(new.narrowerParents.keys)
        for child in children where inScope(child) {
            guard old.vocabulary.row(of: child) == nil, new.vocabulary.row(of: child) == nil else { continue }
            let before = old.broader(of: child), after = new.broader(of: child)
            guard before != after else { continue }
            summary.hierarchy.add(SetDelta(old: Set(before), new: Set(after)))
        }
    }
}
