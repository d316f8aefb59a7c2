#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Resolves what a user types for a concept scheme: its IRI, the last part of it (`metaal`,
/// `hub`), its notation, its name, or a well-known short name (`esco`). Any other IRI is taken as
/// a namespace, so that concepts that are not loaded (ESCO skills, say) can be reached by their
/// IRIs.
public enum SchemeName {
    /// The namespace of ESCO skills, which `esco` stands for.
    public static let escoSkills = "http://data.europa.eu/esco/skill/"

    /// Short names for namespaces that need not be loaded.
    public static let wellKnown: [String: String] = ["esco": escoSkills]

    /// The scheme IRI (or namespace) a user means.
    public static func resolve(_ name: String, in schemes: [ConceptScheme]) throws(SchemeNameError) -> String {
        if schemes.contains(where: { $0.iri == name }) { return name }
        let lowered = name.lowercased()
        let matches = schemes.filter { scheme in
            scheme.iri.lowercased().hasSuffix("/" + lowered) || scheme.iri.lowercased().hasSuffix("#" + lowered)
                || scheme.notations.contains { $0.lexicalForm.lowercased() == lowered }
                || (scheme.prefLabels + scheme.titles).contains { $0.value.lowercased() == lowered }
        }
        if matches.count == 1 { return matches[0].iri }
        if let namespace = wellKnown[lowered] { return namespace }
        if name.contains("://") { return name }
        let known = schemes.map { shortName(of: $0.iri) } + wellKnown.keys.sorted()
        throw SchemeNameError(name: name, known: known.sorted(), ambiguous: matches.map(\.iri))
    }

    /// The last part of a scheme IRI, as users name it.
    public static func shortName(of iri: String) -> String {
        let trimmed = iri.hasSuffix("/") ? String(iri.dropLast()) : iri
        return trimmed.split(whereSeparator: { $0 == "/" || $0 == "#" }).last.map(String.init) ?? iri
    }
}

extension Vocabulary {
    /// The scheme IRI (or namespace) a user means by `name`; see ``SchemeName``.
    public func resolveScheme(_ name: String) throws(SchemeNameError) -> String {
        try SchemeName.resolve(name, in: schemes)
    }
}

/// A scheme name that names no loaded scheme, or more than one.
public struct SchemeNameError: Error, Equatable, CustomStringConvertible {
    /// What was typed.
    public var name: String
    /// The names that would have worked.
    public var known: [String]
    /// The schemes it matched, when more than one.
    public var ambiguous: [String]

    public var description: String {
        ambiguous.count > 1
            ? "'\(name)' names several concept schemes: \(ambiguous.joined(separator: ", "))"
            : "no concept scheme '\(name)'; known: \(known.joined(separator: ", "))"
    }
}

extension SchemeNameError: LocalizedError {
    /// The same text as `description`.
    public var errorDescription: String? { description }
}
