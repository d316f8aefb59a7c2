/// Serialises ``JSKOSValue``s deterministically: keys sorted by their UTF-8 bytes, numbers as
/// given, only the escapes JSON requires, non-ASCII text as UTF-8.
enum JSKOSPrinter {
    /// Pretty-printed with two-space indentation and `": "` after keys, ending in a line break.
    static func pretty(_ value: JSKOSValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(value, indent: 0, pretty: true, into: &output)
        output.append(0x0A)
        return output
    }

    /// On one line without any white space, without a line break.
    static func compact(_ value: JSKOSValue, into output: inout [UInt8]) {
        write(value, indent: 0, pretty: false, into: &output)
    }

    private static func write(_ value: JSKOSValue, indent: Int, pretty: Bool, into output: inout [UInt8]) {
        switch value.kind {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let lexical): output.append(contentsOf: lexical.utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeContainer(open: "[", close: "]", elements.map { (nil, $0) }, indent: indent, pretty: pretty, into: &output)
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeContainer(open: "{", close: "}", sorted.map { ($0.key, $0.value) }, indent: indent, pretty: pretty, into: &output)
        }
    }

    private static func writeContainer(open: Unicode.Scalar, close: Unicode.Scalar, _ items: [(String?, JSKOSValue)],
                                       indent: Int, pretty: Bool, into output: inout [UInt8]) {
        output.append(UInt8(ascii: open))
        guard !items.isEmpty else {
            output.append(UInt8(ascii: close))
            return
        }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1, into: &output) }
            if let key {
                writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(0x20) }
            }
            write(value, indent: indent + 1, pretty: pretty, into: &output)
        }
        if pretty { newline(indent, into: &output) }
        output.append(UInt8(ascii: close))
    }

    private static func newline(_ indent: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20:
                let digits = String(byte, radix: 16, uppercase: true)
                output.append(contentsOf: ("\\u00" + (digits.count == 1 ? "0" : "") + digits).utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
