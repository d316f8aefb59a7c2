import HTTPTypes
import Hummingbird
import VaktaalFormats
import VaktaalModel

/// The advisor's web page: server-rendered HTML that works without JavaScript; with it, results
/// follow the typing (the script asks for `fragment=1`, the results section alone).
struct PageRoutes: Sendable {
    let catalog: Catalog

    func add(to router: Router<some RequestContext>) {
        router.get("/") { request, _ in try search(request) }
        router.get("translate") { request, _ in try translate(request) }
        router.get("diff") { request, _ in try diffForm(request) }
        router.post("diff") { request, _ in try await diff(request) }
        router.get("assets/vaktaal.js") { _, _ in Responses.text(PageAssets.script, contentType: "text/javascript", headers: Self.assetHeaders) }
        router.get("assets/vaktaal.css") { _, _ in Responses.text(PageAssets.styleSheet, contentType: "text/css", headers: Self.assetHeaders) }
    }

    static let assetHeaders: HTTPFields = [.cacheControl: "public, max-age=3600"]

    /// `GET /?q=`.
    func search(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let language = try PageLanguage(parameters)
        let view = SearchView(catalog: catalog, language: language, query: parameters["q"])
        if parameters["fragment"] != nil { return Self.html(view.results()) }
        let layout = PageLayout(language: language, path: "/", parameters: [("q", parameters["q"])])
        let title = (parameters["q"].map { $0 + " — " } ?? "") + language.text(.title)
        return Self.html(layout.render(title: title, main: view.form()))
    }

    /// `GET /translate?q=&from=&to=`; a bad scheme is shown on the page with status 400.
    func translate(_ request: Request) throws -> Response {
        let parameters = try request.parameters()
        let language = try PageLanguage(parameters)
        let layout = PageLayout(language: language, path: "/translate", parameters: [("q", parameters["q"]), ("from", parameters["from"]), ("to", parameters["to"])])
        var translation: TranslationRequest?
        // Without a need or a target the form is shown, to fill in; the schemes named are checked.
        if parameters["q"] != nil && parameters["to"] != nil || parameters["from"] != nil || parameters["to"] != nil {
            do {
                if parameters["q"] != nil && parameters["to"] != nil {
                    translation = try TranslationRequest(parameters, catalog: catalog)
                } else {
                    for name in ["from", "to"] { _ = try parameters[name].map { value throws(Problem) in try catalog.resolveScheme(value, parameter: name) } }
                }
            } catch {
                let message = "<h1>" + language.text(.badRequest) + "</h1>\n<p class=\"error\" role=\"alert\">" + HTML.escape(error.detail) + "</p>"
                if parameters["fragment"] != nil { return Self.html(message, status: .badRequest) }
                let view = TranslateView(catalog: catalog, language: language, request: nil, need: parameters["q"], from: parameters["from"], to: parameters["to"])
                return Self.html(layout.render(title: language.text(.badRequest), main: message + view.form()), status: .badRequest)
            }
        }
        let view = TranslateView(catalog: catalog, language: language, request: translation, need: parameters["q"], from: parameters["from"], to: parameters["to"])
        if parameters["fragment"] != nil { return Self.html(view.results()) }
        let title = (translation.map { $0.need + " — " } ?? "") + language.text(.translate) + " — Vaktaal"
        return Self.html(layout.render(title: title, main: view.form()))
    }

    /// `GET /diff`: the upload form.
    func diffForm(_ request: Request) throws -> Response {
        let language = try PageLanguage(try request.parameters())
        let layout = PageLayout(language: language, path: "/diff", parameters: [])
        return Self.html(layout.render(title: language.text(.diff) + " — Vaktaal", main: DiffView(language: language).form()))
    }

    /// `POST /diff` (multipart): the Markdown diff of the two uploads, rendered; a bad upload is
    /// explained on the page with status 400.
    func diff(_ request: Request) async throws -> Response {
        let language = try PageLanguage(try request.parameters())
        let layout = PageLayout(language: language, path: "/diff", parameters: [])
        let view = DiffView(language: language)
        let body = try await request.body.collect(upTo: DiffView.maximumUpload)
        do {
            let form = try MultipartForm(contentType: request.headers[.contentType], body: Array(buffer: body))
            let report = try view.compare(form)
            return Self.html(layout.render(title: language.text(.diff) + " — Vaktaal", main: view.form() + report))
        } catch {
            let message = "<p class=\"error\" role=\"alert\">" + HTML.escape(error.detail) + "</p>"
            return Self.html(layout.render(title: language.text(.badRequest), main: view.form() + message), status: error.status)
        }
    }

    /// `GET /concept?uri=` as HTML (``ConceptRoutes`` negotiates); an unknown concept is a 404 page.
    func conceptPage(_ request: Request, parameters: QueryParameters) throws -> Response {
        let language = try PageLanguage(parameters)
        let key = try parameters.required("uri")
        let layout = PageLayout(language: language, path: "/concept", parameters: [("uri", key)])
        guard let concept = catalog.concepts(named: key).first else {
            let main = "<h1>" + language.text(.conceptNotFound) + " <q>" + HTML.escape(key) + "</q></h1>\n" + SearchView(catalog: catalog, language: language, query: nil).form()
            var response = Self.html(layout.render(title: language.text(.conceptNotFound), main: main), status: .notFound)
            response.headers[.vary] = "Accept"
            return response
        }
        let view = ConceptView(catalog: catalog, language: language, concept: concept)
        var response = Self.html(layout.render(title: view.title + " — Vaktaal", main: view.render()))
        response.headers[.vary] = "Accept"
        return response
    }

    /// An HTML response with a content security policy that allows only Vaktaal's own files.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Responses.text(text, contentType: "text/html", status: status, headers: [
            .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            .init("X-Content-Type-Options")!: "nosniff",
        ])
    }
}
