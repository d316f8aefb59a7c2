#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Why a need cannot be translated as asked.
public enum TranslationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A scheme name that names no loaded scheme, or several.
    case unknownScheme(SchemeNameError)
    /// The source and the target are one scheme (the scheme's IRI).
    case sameScheme(String)

    public var description: String {
        switch self {
        case .unknownScheme(let error): error.description
        case .sameScheme(let scheme):
            "source and target are the same scheme (\(SchemeName.shortName(of: scheme))); a translation goes from one scheme to another"
        }
    }
}

extension TranslationError: LocalizedError {
    /// The same text as `description`.
    public var errorDescription: String? { description }
}
