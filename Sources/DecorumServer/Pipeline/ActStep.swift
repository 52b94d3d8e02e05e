import DecorumCore
public import DecorumMeta
public import DecorumStore
import Foundation

/// The worker's second step: carry out one planned action on the platform and record the answer.
/// An action already done is not sent again (its row says so); Graph's permanent refusals are
/// recorded as failures; an expired token marks the Page so no more actions are tried for it.
public struct ActStep: Sendable {
    let graph: any GraphClient
    let token: PageToken

    public init(graph: any GraphClient, token: PageToken) {
        self.graph = graph
        self.token = token
    }

    /// What carrying out the action did.
    public enum Outcome: Sendable, Hashable {
        case done, alreadyDone, skipped(String), failed(String), retryLater(Duration?), tokenExpired
    }

    public func run(_ id: ActionID, store: Store) async throws -> Outcome {
        guard let action = try await store.actions.action(id) else { return .skipped("action \(id) is unknown") }
        switch action.status {
        case .done: return .alreadyDone
        case .cancelled, .failed, .awaitingApproval: return .skipped("action \(id) is \(action.status.rawValue)")
        case .planned: break
        }
        if let page = try await store.pages.page(action.page), page.tokenExpired { return .tokenExpired }
        let text = (try? JSONDecoder().decode([String: String].self, from: Data(action.payloadJSON.utf8)))?["text"] ?? ""
        let graphAction: GraphAction
        switch action.kind {
        case .hide: graphAction = .hide(action.itemID)
        case .unhide: graphAction = .unhide(action.itemID)
        case .delete: graphAction = .delete(action.itemID)
        case .privateReply: graphAction = .privateReply(to: action.itemID, text: text)
        case .publicReply: graphAction = .publicReply(to: action.itemID, text: text)
        case .block: return .skipped("blocking is done by a person")
        }
        let result: GraphActionResult
        do {
            result = try await graph.perform(graphAction, page: action.page, token: token)
        } catch {
            switch error.kind {
            case .transient:
                _ = try await store.actions.recordAttempt(id, error: "\(error)")
                return .retryLater(nil)
            case .rateLimited(let after):
                _ = try await store.actions.recordAttempt(id, error: "\(error)")
                return .retryLater(after)
            case .tokenExpired:
                try await store.pages.setTokenExpired(true, for: action.page)
                _ = try await store.actions.recordAttempt(id, error: "\(error)")
                return .tokenExpired
            case .permanent:
                _ = try await store.actions.markFailed(id, error: "\(error)", response: nil)
                return .failed("\(error)")
            }
        }
        _ = try await store.actions.markDone(id, response: result.response)
        try await store.audit.append(actor: "decorum", event: "action_done", itemID: action.itemID, details: .object([
            ("action", .string(action.kind.rawValue)), ("action_id", .string(id.description)),
        ]))
        return .done
    }
}
