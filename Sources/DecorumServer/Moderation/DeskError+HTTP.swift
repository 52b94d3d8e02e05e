import Hummingbird

extension DeskError {
    /// Runs a desk operation, turning its refusals into the HTTP status each deserves (API and dashboard alike).
    @discardableResult
    static func answering<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as DeskError {
            switch error {
            case .noSuchItem: throw HTTPError(.notFound, message: error.description)
            case .reasonRequired, .textRequired: throw HTTPError(.badRequest, message: error.description)
            case .replyHeld: throw HTTPError(.unprocessableContent, message: error.description)
            case .nothingToApprove, .notAllowed, .alreadyPlanned: throw HTTPError(.conflict, message: error.description)
            }
        }
    }
}
