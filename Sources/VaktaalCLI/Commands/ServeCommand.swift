import ArgumentParser
import Logging
import VaktaalModel
import VaktaalServer

/// `vaktaal serve`: parses the options, loads the vocabularies and starts ``VaktaalServer``.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the advisor's web page and the JSON APIs (Vaktaal's own, jskos-server-shaped, Linked Data) over HTTP.",
        discussion: """
        The vocabularies are loaded once; the server only reads them. It listens on loopback \
        unless --host says otherwise, logs one line per request to stderr, answers GET /health \
        once ready, and stops cleanly on SIGINT or SIGTERM. Endpoints: see the README or \
        GET /openapi.json.
        """
    )

    @OptionGroup var vocabularies: VocabularyOptions

    @Option(help: "The address to listen on (default: loopback only).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical") }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let catalog = Catalog(try vocabularies.load())
        var logger = Logger(label: "vaktaal")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        try await VaktaalServer.run(catalog: catalog, options: .init(host: host, port: port), logger: logger) { host, port in
            Terminal.error("vaktaal serve: listening on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (\(catalog.vocabulary.concepts.count) concepts, \(catalog.vocabulary.mappings.count) mappings)")
        }
    }
}
