import Hummingbird

/// Shows a dashboard page's refusal (no such item, someone else's claim, a missing reason) as a page in the
/// dashboard's layout with a way back, instead of the bare text an API client gets. The message is the
/// handler's own sentence; Mustache escapes it like everything else.
struct DashboardErrorPages: RouterMiddleware {
    typealias Context = DashboardRequestContext
    let pages: AuthPages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let (title, heading) = Self.words(error.status)
            return pages.render("message", MessageView(
                practiceName: pages.practiceName, user: pages.layoutUser(context, path: request.uri.path), title: title, heading: heading,
                message: error.body ?? "Nothing was changed.", linkHref: Self.back(request), linkText: "Go back"), status: error.status)
        }
    }

    static func words(_ status: HTTPResponse.Status) -> (title: String, heading: String) {
        switch status {
        case .notFound: ("Not found", "That page or item is not here")
        case .conflict: ("Not done", "That could not be done just now")
        case .badRequest, .unprocessableContent: ("Check the form", "Something in the form needs changing")
        case .contentTooLarge: ("Too long", "That was too long to take")
        default: ("Something went wrong", "Something went wrong")
        }
    }

    /// Back to the item or section the form came from; only ever a path on this site.
    static func back(_ request: Request) -> String {
        let parts = request.uri.path.split(separator: "/")
        guard let first = parts.first else { return "/" }
        if first == "items", parts.count >= 2, request.method == .post { return "/items/" + parts[1] }
        return ["queue", "alerts", "policy", "audit", "settings", "reports"].contains(String(first)) ? "/" + first : "/queue"
    }
}
