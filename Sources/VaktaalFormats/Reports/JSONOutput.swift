import Foundation

/// Encodes reports as stable, pretty-printed JSON: the CLI's `--format json` and the server's
/// `/api` answers use the same settings, so that the same query gives the same bytes.
package enum JSONOutput {
    /// The value as pretty-printed JSON with sorted keys and unescaped slashes.
    package static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Wraps any encodable value.
package struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void
    /// Wraps `value`.
    package init<T: Encodable>(_ value: T) { encodeValue = value.encode }
    package func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
