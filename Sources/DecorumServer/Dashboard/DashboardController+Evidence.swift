import DecorumCore
import DecorumStore
import Hummingbird

/// Evidence packs from the item page, for the practice manager, the information-governance lead and admins.
extension DashboardController {
    /// `GET /items/:id/evidence.zip` (`?force=1` for an item Decorum did not find defamation or a threat in).
    func addEvidenceRoutes(to pages: RouterGroup<DashboardRequestContext>) {
        pages.group("items/:id/evidence.zip").add(middleware: auth.requireRoles(Access.evidenceMakers)).get(use: evidencePack)
    }

    /// The item page's link to its pack, or nil for a role that may not make one.
    func evidenceLink(_ id: ItemID, context: DashboardRequestContext) async throws -> EvidencePackLink? {
        guard context.hasRole(Access.evidenceMakers) else { return nil }
        let hasGrounds = try await evidenceMaker.hasGrounds(id)
        return EvidencePackLink(itemPath: "/items/\(QueueView.percentEncoded(id.rawValue))", hasGrounds: hasGrounds)
    }

    var evidenceMaker: EvidencePackMaker { EvidencePackMaker(store: store, practice: engine.current.moderator.policy.practice) }

    @Sendable func evidencePack(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let id = try Self.itemID(context)
        let force = request.uri.queryParameters.get("force") == "1"
        do {
            let pack = try await evidenceMaker.make(id, by: viewer.login, force: force)
            return FileDownload.zip(pack.archive, fileName: pack.fileName)
        } catch let error as EvidenceError {
            switch error {
            case .unknownItem: throw HTTPError(.notFound, message: error.description)
            case .notDefamationOrThreat: throw HTTPError(.conflict, message: error.description)
            case .archive: throw HTTPError(.internalServerError, message: error.description)
            }
        }
    }
}
