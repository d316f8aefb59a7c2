/// Bounds the text that internal entities expand to, so that a small document cannot make the
/// parser build gigabytes ("billion laughs", or one large entity referenced many times).
///
/// Every reference to an internal general entity in the document is charged the full size of its
/// expansion, nested references included, computed from the declarations. Once the charges pass
/// ``ratio`` times the input read so far plus ``floor``, the parse stops with an "entity
/// amplification" error at the reference. A declaration that refers back to itself is an entity
/// loop, reported as such.
final class EntityBudget {
    /// How many times the input read so far entities may expand to, beyond ``floor``.
    static let ratio = 16
    /// Expansion always allowed, whatever the input size.
    static let floor = 1 << 20
    /// Entities nested deeper than this are refused (libxml2 itself stops at 40).
    static let maximumNesting = 64

    /// Why a reference is refused.
    enum Refusal: Error, Equatable {
        /// The expansions so far would exceed the budget.
        case amplification(entity: String, size: Int, total: Int, limit: Int)
        /// The entity refers to itself through the entities named.
        case loop(path: [String])
        /// The entity's references nest deeper than ``maximumNesting``.
        case nesting(entity: String)
    }

    private var contents: [String: [UInt8]] = [:]
    private var sizes: [String: Int] = [:]
    /// The bytes charged so far.
    private(set) var charged = 0

    /// Records the replacement text of an internal general entity.
    func declare(_ name: String, content: [UInt8]) {
        if contents[name] == nil { contents[name] = content }
        sizes.removeAll()
    }

    /// Charges one reference to `name` in the document.
    /// - Parameter inputBytes: The input bytes read so far.
    /// - Returns: Why it is refused, or nil when it fits the budget.
    func charge(_ name: String, inputBytes: Int) -> Refusal? {
        var stack: [String] = []
        let size: Int
        switch expandedSize(of: name, stack: &stack) {
        case .success(let value): size = value
        case .failure(let refusal): return refusal
        }
        let limit = Self.ratio.multipliedReportingOverflow(by: inputBytes).partialValue &+ Self.floor
        charged = charged.addingReportingOverflow(size).overflow ? Int.max : charged + size
        guard charged <= limit else { return .amplification(entity: name, size: size, total: charged, limit: limit) }
        return nil
    }

    /// The length of an entity's text with every nested reference replaced, saturating at
    /// `Int.max`; a loop or too deep a nesting is a refusal.
    private func expandedSize(of name: String, stack: inout [String]) -> Result<Int, Refusal> {
        if let known = sizes[name] { return .success(known) }
        guard let content = contents[name] else { return .success(0) }
        if let start = stack.firstIndex(of: name) { return .failure(.loop(path: Array(stack[start...]) + [name])) }
        guard stack.count < Self.maximumNesting else { return .failure(.nesting(entity: stack[0])) }
        stack.append(name)
        defer { stack.removeLast() }
        var total = 0
        for part in Self.parts(of: content) {
            let size: Int
            switch part {
            case .text(let length): size = length
            case .reference(let inner):
                switch expandedSize(of: inner, stack: &stack) {
                case .success(let value): size = value
                case .failure(let refusal): return .failure(refusal)
                }
            }
            let (sum, overflow) = total.addingReportingOverflow(size)
            total = overflow ? Int.max : sum
        }
        sizes[name] = total
        return .success(total)
    }

    private enum Part {
        case text(Int)
        case reference(String)
    }

    /// The literal runs and the general entity references (`&name;`, not `&#…;`) of a text.
    private static func parts(of content: [UInt8]) -> [Part] {
        var parts: [Part] = []
        var index = 0
        var runStart = 0
        while index < content.count {
            guard content[index] == UInt8(ascii: "&"), index + 1 < content.count, content[index + 1] != UInt8(ascii: "#") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < content.count, !Self.endsName(content[end]) { end += 1 }
            guard end < content.count, content[end] == UInt8(ascii: ";") else {
                index = end
                continue
            }
            parts.append(.text(index - runStart))
            parts.append(.reference(String(decoding: content[(index + 1)..<end], as: UTF8.self)))
            index = end + 1
            runStart = index
        }
        parts.append(.text(index - runStart))
        return parts
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), 0x20, 0x09, 0x0A, 0x0D: true
        default: false
        }
    }
}

extension EntityBudget.Refusal {
    /// The message of the parse error.
    var message: String {
        switch self {
        case .amplification(let entity, let size, let total, let limit):
            "entity amplification: '&\(entity);' expands to \(size) bytes, and entities would expand to \(total) bytes in all, over the \(limit) allowed (\(EntityBudget.ratio) times the input read so far plus \(EntityBudget.floor)); expected entities that expand to a modest multiple of the document"
        case .loop(let path):
            "entity loop: '&\(path[0]);' refers to itself (\(path.map { "&\($0);" }.joined(separator: " → ")))"
        case .nesting(let entity):
            "entity amplification: the references inside '&\(entity);' nest deeper than \(EntityBudget.maximumNesting) levels"
        }
    }
}
