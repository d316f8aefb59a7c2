import Hummingbird

/// The query parameters of a request, decoded as HTML forms send them (`+` is a space, `%XX`
/// bytes are UTF-8), each value at most ``maximumLength`` characters. Malformed or overlong
/// input is a 400 problem, never a guess.
struct QueryParameters: Sendable {
    /// The longest value accepted, in characters.
    static let maximumLength = 1000
    /// The most parameters accepted.
    static let maximumCount = 32

    private var values: [String: String] = [:]

    /// Decodes a raw query string (without `?`).
    /// - Throws: ``Problem`` when the string is malformed or a value too long.
    init(_ query: String?) throws(Problem) {
        guard let query, !query.isEmpty else { return }
        let pairs = query.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= Self.maximumCount else {
            throw .badRequest("too many query parameters (at most \(Self.maximumCount))")
        }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(parts[0], name: nil)
            let value = try Self.decode(parts.count > 1 ? parts[1] : "", name: key)
            guard value.count <= Self.maximumLength else {
                throw .badRequest("parameter '\(key)' is longer than \(Self.maximumLength) characters", parameter: key)
            }
            if values[key] == nil { values[key] = value }
        }
    }

    /// The value of `name`, trimmed; nil when absent or empty.
    subscript(name: String) -> String? {
        guard let value = values[name]?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    /// The value of `name` as sent (possibly empty), nil when absent.
    func raw(_ name: String) -> String? { values[name] }

    /// A required parameter.
    func required(_ name: String) throws(Problem) -> String {
        guard let value = self[name] else { throw .badRequest("parameter '\(name)' is required", parameter: name) }
        return value
    }

    /// An integer parameter in `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(Problem) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("parameter '\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound)", parameter: name)
        }
        return value
    }

    /// A language tag (`nl`, `en`, `pt-br`), or nil when absent.
    func language(_ name: String = "lang") throws(Problem) -> String? {
        guard let value = self[name] else { return nil }
        let valid = value.count <= 35 && value.unicodeScalars.allSatisfy { (("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-") }
        guard valid else { throw .badRequest("parameter '\(name)' must be a language tag such as nl or en", parameter: name) }
        return value.lowercased()
    }

    private static func decode(_ raw: Substring, name: String?) throws(Problem) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .badRequest("malformed percent-encoding in the query" + (name.map { " (parameter '\($0)')" } ?? ""), parameter: name)
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .badRequest("the query is not valid UTF-8" + (name.map { " (parameter '\($0)')" } ?? ""), parameter: name)
        }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .badRequest("control characters are not allowed in the query" + (name.map { " (parameter '\($0)')" } ?? ""), parameter: name)
        }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Request {
    /// The decoded query parameters.
    func parameters() throws(Problem) -> QueryParameters {
        try QueryParameters(uri.query)
    }
}
