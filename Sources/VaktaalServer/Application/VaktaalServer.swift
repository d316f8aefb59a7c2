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

    /// The router with every route of the page and the APIs.
    /// - Parameter catalog: What the handlers answer from.
    /// - Returns: The router, for ``application(catalog:options:logger:onServerRunning:)`` or for tests.
    public static func router(catalog: Catalog) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware())
        router.get("health") { _, _ in Responses.text("ok\n", contentType: "text/plain") }
        APIRoutes(catalog: catalog).add(to: router)
        JSKOSRoutes(catalog: catalog).add(to: router)
        ConceptRoutes(catalog: catalog).add(to: router)
        PageRoutes(catalog: catalog).add(to: router)
        OpenAPIRoute().add(to: router)
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
