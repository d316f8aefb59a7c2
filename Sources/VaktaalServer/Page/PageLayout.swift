/// The frame of every page: language, header with navigation and the language switch, main
/// content, and the script and style sheet Vaktaal serves itself (no CDN, no build step).
struct PageLayout {
    let language: PageLanguage
    /// The page's path and parameters (without `lang`), for the language switch.
    let path: String
    let parameters: [(String, String?)]

    /// The whole document.
    func render(title: String, main: String) -> String {
        let switchLink = path + "?" + HTML.query(parameters + [("lang", language.other.parameter)])
        let lang = language.parameter.map { "?lang=" + $0 } ?? ""
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="stylesheet" href="/assets/vaktaal.css">
        <script src="/assets/vaktaal.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#results">\(language.text(.skip))</a>
        <header>
        <p class="brand"><a href="/\(lang)">Vaktaal</a></p>
        <nav aria-label="Vaktaal">
        <ul>
        <li><a href="/\(lang)"\(path == "/" ? " aria-current=\"page\"" : "")>\(language.text(.search))</a></li>
        <li><a href="/translate\(lang)"\(path == "/translate" ? " aria-current=\"page\"" : "")>\(language.text(.translate))</a></li>
        <li><a href="/diff\(lang)"\(path == "/diff" ? " aria-current=\"page\"" : "")>\(language.text(.diff))</a></li>
        <li><a id="language-switch" href="\(HTML.escape(switchLink))" hreflang="\(language.other.rawValue)" lang="\(language.other.rawValue)">\(language.text(.switchLanguage))</a></li>
        </ul>
        </nav>
        </header>
        <main>
        \(main)
        </main>
        </body>
        </html>

        """
    }
}
