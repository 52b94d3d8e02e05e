import DecorumServer
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Mustache

/// A small site that proves the browser tests drive a real page: a form that posts and redirects,
/// a link, an HttpOnly cookie beside a script-readable one, and a hostile string rendered through
/// Mustache's escaping with the dashboard's security headers (`HTMLPage`).
struct BrowserCheckSite: Sendable {
    /// Markup, a script and an event handler posing as a patient's comment.
    static let hostile = #"</p><script>document.title="pwned"</script><img src=x onerror="document.title='pwned'"> Tom & "Jerry" <b>bold</b>"#
    /// Set HttpOnly: the browser sends it, the page's scripts cannot read it.
    static let sessionCookie = "decorum_check_session"
    /// Set without HttpOnly: `document.cookie` shows it.
    static let visibleCookie = "decorum_check_seen"
    /// How many `<script>` elements every page of the site serves.
    static let scriptsPerPage = 1

    /// The notes posted so far.
    let notes = NoteBoard()

    /// A note a visitor posted.
    struct Note: Sendable, Equatable, Decodable {
        var name: String
        var note: String
    }

    /// The posted notes, numbered from 1.
    actor NoteBoard {
        private(set) var all: [Note] = []
        func add(_ note: Note) -> Int {
            all.append(note)
            return all.count
        }
        func note(_ number: Int) -> Note? { all.indices.contains(number - 1) ? all[number - 1] : nil }
    }

    static let templates: [String: String] = [
        "page": """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{title}}</title>
            <link rel="stylesheet" href="/check.css"><script src="/check.js" defer></script></head>
            <body><main>{{{body}}}</main></body></html>
            """,
        "home": """
            <h1>Notes</h1>
            <p id="hostile">{{hostile}}</p>
            <p><a id="about-link" href="/about">About this check</a></p>
            <form id="note-form" method="post" action="/notes">
            <label for="name">Name</label><input id="name" name="name">
            <label for="note">Note</label><textarea id="note" name="note" rows="3"></textarea>
            <button id="save" type="submit">Save note</button>
            </form>
            """,
        "note": """
            <h1 id="heading">Note {{number}}</h1><p id="author">{{name}}</p><p id="text">{{note}}</p>
            <p><a id="home-link" href="/">All notes</a></p>
            """,
        "about": #"<h1 id="about-title">About</h1><p>A page for the browser tests.</p><p id="language">{{language}}</p>"#,
        "cookies": #"<h1>Cookies</h1><p id="cookies">{{names}}</p>"#,
    ]

    static let stylesheet = """
        body { font-family: "DejaVu Sans", sans-serif; margin: 2rem; color: #1d1d1f; }
        form { display: grid; grid-template-columns: 6rem 24rem; gap: .5rem; max-width: 32rem; }
        button { grid-column: 2; justify-self: start; padding: .3rem 1rem; }
        #hostile { background: #fff4e5; padding: .5rem; border-left: 4px solid #e69500; }
        """

    /// The page's only script: it marks the document, showing scripts from the site do run.
    static let script = #"document.documentElement.dataset.scripted = "yes";"#

    /// The site as a Hummingbird application on a free loopback port.
    func application() throws -> some ApplicationProtocol {
        var templates = MustacheLibrary()
        for (name, text) in Self.templates { try templates.register(text, named: name) }
        let library = templates
        let router = Router()
        let notes = self.notes
        @Sendable func page(_ title: String, _ template: String, _ context: [String: String] = [:]) -> Response {
            let body = library.render(context, withTemplate: template) ?? ""
            return HTMLPage.response(library.render(["title": title, "body": body], withTemplate: "page") ?? "")
        }
        router.get("/") { _, _ -> Response in
            var response = page("Browser check", "home", ["hostile": Self.hostile])
            response.setCookie(Cookie(name: Self.sessionCookie, value: "s3cr3t", path: "/", httpOnly: true, sameSite: .strict))
            response.setCookie(Cookie(name: Self.visibleCookie, value: "yes", path: "/", httpOnly: false, sameSite: .lax))
            return response
        }
        router.post("/notes") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 64 * 1024)
            let note = try URLEncodedFormDecoder().decode(Note.self, from: String(buffer: body))
            return HTMLPage.redirect(to: "/notes/\(await notes.add(note))")
        }
        router.get("/notes/:number") { _, context -> Response in
            let number = try context.parameters.require("number", as: Int.self)
            guard let note = await notes.note(number) else { throw HTTPError(.notFound) }
            return page("Note \(number)", "note", ["number": String(number), "name": note.name, "note": note.note])
        }
        router.get("/about") { request, _ -> Response in
            page("About", "about", ["language": request.headers[.acceptLanguage] ?? ""])
        }
        router.get("/cookies") { request, _ -> Response in
            let names = request.headers[values: .cookie].flatMap { $0.split(separator: ";") }
                .compactMap { $0.split(separator: "=").first?.trimmingCharacters(in: .whitespaces) }.sorted()
            return page("Cookies", "cookies", ["names": names.joined(separator: " ")])
        }
        router.get("/check.js") { _, _ in Self.asset(Self.script, type: "text/javascript; charset=utf-8") }
        router.get("/check.css") { _, _ in Self.asset(Self.stylesheet, type: "text/css; charset=utf-8") }
        var logger = Logger(label: "browser-check-site")
        logger.logLevel = .warning
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
    }

    private static func asset(_ text: String, type: String) -> Response {
        var headers = HTMLPage.securityHeaders
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
