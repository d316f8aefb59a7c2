import HTTPTypes
import Hummingbird

/// An RFC 9457 problem document (`application/problem+json`): what went wrong with a request, in
/// words a caller can act on, without server internals.
struct Problem: Error, HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let detail: String
    /// The query parameter at fault, as the extension member `parameter`.
    var parameter: String?

    /// 400: a parameter is missing, malformed, too long or names nothing known.
    static func badRequest(_ detail: String, parameter: String? = nil) -> Problem {
        Problem(status: .badRequest, detail: detail, parameter: parameter)
    }

    /// 404: no such concept (or other resource).
    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, detail: detail)
    }

    /// 406: none of the media types the client accepts can be served.
    static func notAcceptable(_ detail: String) -> Problem {
        Problem(status: .notAcceptable, detail: detail)
    }

    /// The document as JSON text; `instance` is the request path.
    func json(instance: String) -> String {
        var members = [
            ("type", JSONText.string("about:blank")),
            ("title", JSONText.string(status.reasonPhrase)),
            ("status", String(status.code)),
            ("detail", JSONText.string(detail)),
            ("instance", JSONText.string(instance)),
        ]
        if let parameter { members.append(("parameter", JSONText.string(parameter))) }
        return "{" + members.map { JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}\n"
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Responses.text(json(instance: request.uri.path), contentType: "application/problem+json", status: status)
    }
}

/// Minimal JSON text for documents written by hand.
enum JSONText {
    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
