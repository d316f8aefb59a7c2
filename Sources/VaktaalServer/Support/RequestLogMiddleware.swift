import HTTPTypes
import Hummingbird
import Logging

/// Logs one line per request once it is answered (method, path, status, milliseconds), and turns
/// every error into a problem document: a ``Problem`` as it is, a router error (unknown path,
/// wrong method) with its status, anything else as a bare 500 with no internals.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            // Read-only: GET (HEAD arrives as GET, see ReadOnlyRoutes), and POST of the diff
            // form, which only reads what it is sent; anything else is 405.
            guard request.method == .get || (request.method == .post && request.uri.path == "/diff") else {
                throw Problem(status: .methodNotAllowed, detail: "this server is read-only: use GET")
            }
            response = try await next(request, context)
        } catch let problem as Problem {
            response = try problem.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let problem = Problem(status: error.status, detail: Self.detail(for: error.status))
            response = try problem.response(from: request, context: context)
        } catch {
            context.logger.error("unexpected error", metadata: ["path": .string(request.uri.path), "error": .string(String(describing: type(of: error)))])
            let problem = Problem(status: .internalServerError, detail: "the server could not answer this request")
            response = try problem.response(from: request, context: context)
        }
        if Self.isAPI(request.uri.path) {
            // Read-only data for any origin (Cocoda runs in the browser), without credentials.
            response.headers[.accessControlAllowOrigin] = "*"
            response.headers[.accessControlExposeHeaders] = "X-Total-Count"
        }
        if response.status == .methodNotAllowed { response.headers[.allow] = request.uri.path == "/diff" ? "GET, HEAD, POST" : "GET, HEAD" }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000 + Double(elapsed.components.seconds) * 1000
        context.logger.info("\(request.method) \(Self.shortened(request.uri.description)) \(response.status.code) \(String(format3: milliseconds)) ms")
        return response
    }

    /// The JSON and Linked Data paths, which other sites' scripts may read.
    static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path.hasPrefix("/jskos/") || path == "/concept" || path == "/openapi.json"
    }

    private static func detail(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "no such resource; see /openapi.json for the API"
        case .methodNotAllowed: "this resource is read-only: use GET"
        default: status.reasonPhrase
        }
    }

    /// The request line as logged: at most 200 characters, control characters escaped.
    private static func shortened(_ uri: String) -> String {
        let clean = String(uri.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return clean.count > 200 ? String(clean.prefix(200)) + "…" : clean
    }
}

extension String {
    /// A number with three decimals, without Foundation.
    init(format3 value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
