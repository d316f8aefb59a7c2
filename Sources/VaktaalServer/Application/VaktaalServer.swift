public import Hummingbird
public import Logging
import NIOCore
import ServiceLifecycle

/// `vaktaal serve`: the advisor's web page and an API for programs, over vocabularies loaded once.
///
/// The server is read-only and stateless: it never writes to the vocabulary files, and every
/// request is answered from the ``Catalog`` built at start, so it scales by running more of them.
public enum VaktaalServer {
    /// Where to listen.
    public struct Options: Sendable {
        /// The host to bind; loopback unless told otherwise.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int

        /// Creates options.
        public init(host: String = "127.0.0.1", port: Int = 8080) {
            self.host = host
            self.port = port
        }
    }

    /// Every route of the page and the APIs, with HEAD answered as GET without a body.
    /// - Parameter catalog: What the handlers answer from.
    /// - Returns: The routes, for ``application(catalog:options:logger:onServerRunning:)`` or for
    ///   tests (`Application(router:)`).
    public static func router(catalog: Catalog) -> ReadOnlyRoutes {
        ReadOnlyRoutes(router: routes(catalog: catalog))
    }

    static func routes(catalog: Catalog) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware())
        router.get("health") { _, _ in Responses.text("ok\n", contentType: "text/plain") }
        APIRoutes(catalog: catalog).add(to: router)
        JSKOSRoutes(catalog: catalog).add(to: router)
        ConceptRoutes(catalog: catalog).add(to: router)
        PageRoutes(catalog: catalog).add(to: router)
        OpenAPIRoute(catalog: catalog).add(to: router)
        return router
    }

    /// The application: the router on an HTTP/1.1 server at `options`.
    public static func application(catalog: Catalog, options: Options, logger: Logger,
                                   onServerRunning: @escaping @Sendable (String, Int) async -> Void = { _, _ in }) -> some ApplicationProtocol {
        Application(
            router: router(catalog: catalog),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "Vaktaal"),
            onServerRunning: { channel in
                await onServerRunning(options.host, channel.localAddress?.port ?? options.port)
            },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then stops cleanly (in-flight requests are answered).
    public static func run(catalog: Catalog, options: Options, logger: Logger,
                           onServerRunning: @escaping @Sendable (String, Int) async -> Void = { _, _ in }) async throws {
        let app = application(catalog: catalog, options: options, logger: logger, onServerRunning: onServerRunning)
        try await app.runService()  // graceful shutdown on SIGTERM and SIGINT
    }
}

/// The router behind a responder that answers HEAD as GET without the body (the router itself
/// matches GET routes only); every other method reaches the router, whose middleware refuses it.
public struct ReadOnlyRoutes: HTTPResponderBuilder {
    let router: Router<BasicRequestContext>

    /// The router's responder, with HEAD answered as GET without the body.
    public func buildResponder() -> CallbackResponder<BasicRequestContext> {
        let inner = router.buildResponder()
        return CallbackResponder { request, context in
            guard request.method == .head else { return try await inner.respond(to: request, context: context) }
            var head = request.head
            head.method = .get
            var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
            response.body = ResponseBody()
            return response
        }
    }
}
