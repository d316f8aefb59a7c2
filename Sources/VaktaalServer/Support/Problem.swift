import HTTPTypes
import Hummingbird
import VaktaalFormats

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

    /// The document's members (RFC 9457; `parameter` is left out when nil).
    private struct Document: Encodable {
        let type = "about:blank"
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let parameter: String?
    }

    /// The document as JSON text; `instance` is the request path.
    func json(instance: String) throws -> String {
        try JSONOutput.string(Document(title: status.reasonPhrase, status: status.code, detail: detail,
                                       instance: instance, parameter: parameter)) + "\n"
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Responses.text(try json(instance: request.uri.path), contentType: "application/problem+json", status: status)
    }
}
