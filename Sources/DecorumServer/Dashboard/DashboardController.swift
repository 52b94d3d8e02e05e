import DecorumCore
public import DecorumStore
import Foundation
public import Hummingbird
public import Logging

/// The moderators' dashboard: the queue, items, alerts, the policy, reports, the audit log and settings, each
/// shown only to the roles that should see it, every form protected by the session's CSRF token.
public struct DashboardController: Sendable {
    let store: Store
    let engine: EngineHolder
    let desk: ModerationDesk
    let resources: DashboardResources
    let auth: DashboardAuth
    let vault: PageTokenVault?
    let claimFor: Duration
    let logger: Logger

    /// Who may do what.
    enum Access {
        static let everyone: Set<UserRole> = Set(UserRole.allCases)
        static let deciders: Set<UserRole> = [.moderator, .practiceManager, .safeguardingLead, .deputySafeguardingLead, .admin]
        static let policyEditors: Set<UserRole> = [.practiceManager, .admin]
        static let auditors: Set<UserRole> = [.practiceManager, .informationGovernanceLead, .admin]
        static let reporters: Set<UserRole> = [.practiceManager, .informationGovernanceLead, .safeguardingLead, .deputySafeguardingLead, .admin]
        static let admins: Set<UserRole> = [.admin]
        static let complaintReaders: Set<UserRole> = [.practiceManager, .informationGovernanceLead, .admin]
        static let complaintHandlers: Set<UserRole> = [.practiceManager, .admin]
        static let evidenceMakers: Set<UserRole> = [.practiceManager, .informationGovernanceLead, .admin]
    }

    public init(
        store: Store, engine: EngineHolder, desk: ModerationDesk, resources: DashboardResources, auth: DashboardAuth,
        vault: PageTokenVault?, claimFor: Duration = .seconds(600), logger: Logger
    ) {
        self.store = store
        self.engine = engine
        self.desk = desk
        self.resources = resources
        self.auth = auth
        self.vault = vault
        self.claimFor = claimFor
        self.logger = logger
    }

    /// The menu for a user: only the sections their role may open.
    public static func navigation(for user: User, path: String, waiting: Int? = nil, alerts: Int? = nil) -> [DashboardLayout.NavLink] {
        var links = [DashboardLayout.NavLink(href: "/queue", label: "Queue", current: path.hasPrefix("/queue") || path.hasPrefix("/items"), badge: waiting)]
        links.append(DashboardLayout.NavLink(href: "/alerts", label: "Alerts", current: path.hasPrefix("/alerts"), badge: alerts))
        links.append(DashboardLayout.NavLink(href: "/policy", label: "Policy", current: path.hasPrefix("/policy")))
        if Access.complaintReaders.contains(user.role) {
            links.append(DashboardLayout.NavLink(href: "/complaints", label: "Complaints", current: path.hasPrefix("/complaints")))
        }
        if Access.reporters.contains(user.role) { links.append(DashboardLayout.NavLink(href: "/reports", label: "Reports", current: path.hasPrefix("/reports"))) }
        if Access.auditors.contains(user.role) { links.append(DashboardLayout.NavLink(href: "/audit", label: "Audit", current: path.hasPrefix("/audit"))) }
        if Access.admins.contains(user.role) { links.append(DashboardLayout.NavLink(href: "/settings", label: "Settings", current: path.hasPrefix("/settings"))) }
        return links
    }

    /// Adds the dashboard's pages to `pages` (the signed-in group `DashboardAuth.addRoutes` returns).
    public func addRoutes(to pages: RouterGroup<DashboardRequestContext>) {
        pages.get("/") { _, _ in HTMLPage.redirect(to: "/queue") }
        pages.get("queue", use: queue)
        pages.post("queue/approve", use: approveMany)
        pages.get("items/:id", use: item)
        pages.post("items/:id/approve", use: approve)
        pages.post("items/:id/dismiss", use: dismiss)
        pages.post("items/:id/action", use: act)
        pages.post("items/:id/notes", use: note)
        pages.post("items/:id/formal-complaint", use: markFormalComplaint)
        pages.post("items/:id/formal-complaint/acknowledge", use: acknowledgeFormalComplaint)
        pages.group("complaints").add(middleware: auth.requireRoles(Access.complaintReaders)).get(use: formalComplaints)
        pages.get("alerts", use: alerts)
        pages.post("alerts/:id/acknowledge", use: acknowledge)
        pages.get("policy", use: policy)
        pages.post("policy", use: savePolicy)
        pages.post("policy/yaml", use: savePolicyYAML)
        pages.post("policy/restore/:id", use: restorePolicy)
        let audit = pages.group("audit").add(middleware: auth.requireRoles(Access.auditors))
        audit.get(use: auditLog)
        pages.group("audit.csv").add(middleware: auth.requireRoles(Access.auditors)).get(use: auditCSV)
        addReportRoutes(to: pages)
        addEvidenceRoutes(to: pages)
        let settings = pages.group("settings").add(middleware: auth.requireRoles(Access.admins))
        settings.get(use: self.settings)
        settings.post("users", use: addUser)
        settings.post("users/:login/role", use: setRole)
        settings.post("users/:login/reset", use: resetPassword)
        settings.post("users/:login/disable") { request, context in try await setDisabled(true, request, context) }
        settings.post("users/:login/enable") { request, context in try await setDisabled(false, request, context) }
    }

    // MARK: - Rendering

    func render(_ template: String, _ context: DashboardRequestContext, path: String, flash: DashboardLayout.Flash? = nil,
                status: HTTPResponse.Status = .ok, fill: (inout DashboardPage) -> Void) async throws -> Response {
        guard let user = context.user, let csrf = context.csrfToken else { throw HTTPError(.unauthorized) }
        let waiting = try await store.items.list(ItemQuery(statuses: QueueView.waitingStatuses, limit: 500)).count
        let alerts = try await store.alerts.open(limit: 500).count
        var page = DashboardPage(
            practiceName: engine.current.moderator.policy.practice.name,
            user: DashboardLayout.User(name: user.name, roleTitle: user.role.title, csrf: csrf,
                                       nav: Self.navigation(for: user, path: path, waiting: waiting > 0 ? waiting : nil, alerts: alerts > 0 ? alerts : nil)),
            flash: flash)
        fill(&page)
        return try HTMLPage.render(template, page, library: resources.library, status: status)
    }

    /// The flash message a redirect asked for (`?done=approved`): fixed sentences, never text from the request.
    static func flash(_ request: Request) -> DashboardLayout.Flash? {
        switch request.uri.queryParameters.get("done") {
        case "approved"?: DashboardLayout.Flash(kind: "ok", message: "Approved: the actions are on their way to Facebook.")
        case "approved-many"?: DashboardLayout.Flash(kind: "ok", message: "Approved the items you ticked.")
        case "dismissed"?: DashboardLayout.Flash(kind: "ok", message: "Decorum's decision was overridden; your reason is recorded.")
        case "action"?: DashboardLayout.Flash(kind: "ok", message: "Your action is on its way to Facebook.")
        case "noted"?: DashboardLayout.Flash(kind: "ok", message: "Note added.")
        case "acknowledged"?: DashboardLayout.Flash(kind: "ok", message: "Recorded that you are dealing with it.")
        case "saved"?: DashboardLayout.Flash(kind: "ok", message: "The policy is saved and in force for the next comment.")
        case "user"?: DashboardLayout.Flash(kind: "ok", message: "Saved.")
        case "formal"?: DashboardLayout.Flash(kind: "ok", message: "Taken up as a formal complaint: the acknowledgement is due as shown. Nothing is said in public.")
        case "formal-acknowledged"?: DashboardLayout.Flash(kind: "ok", message: "Recorded that the acknowledgement was sent.")
        default: nil
        }
    }

    func user(_ context: DashboardRequestContext) throws -> User {
        guard let user = context.user else { throw HTTPError(.unauthorized) }
        return user
    }

    // MARK: - Queue and items

    @Sendable func queue(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let query = request.uri.queryParameters
        var filter = QueueView.Filter()
        if let category = query.get("category"), !category.isEmpty, Category(rawValue: category) != nil { filter.category = category }
        if let status = query.get("status").flatMap(ItemStatus.init(rawValue:)) { filter.status = status }
        if let page = query.get("page"), !page.isEmpty { filter.page = PageID(page) }
        filter.since = query.get("since").flatMap(Self.day)
        filter.until = query.get("until").flatMap(Self.day).map { $0.addingTimeInterval(86_400) }
        let view = try await QueueView.build(store: store, policy: engine.current.moderator.policy, filter: filter, viewer: viewer.login,
                                             now: store.clock.now())
        return try await render("queue", context, path: "/queue", flash: Self.flash(request)) { $0.queue = view }
    }

    @Sendable func item(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let id = try Self.itemID(context)
        guard let stored = try await store.items.item(id) else { throw HTTPError(.notFound, message: "There is no item \(id).") }
        // Opening an item claims it for a while, so two moderators do not decide on it at once.
        if context.hasRole(Access.deciders) { _ = try await store.items.claim(id, for: viewer.login, duration: claimFor) }
        var view = try await ItemView.build(stored, store: store, policy: engine.current.moderator.policy, viewer: viewer.login, now: store.clock.now())
        view.canDecide = context.hasRole(Access.deciders)
        let categories = try await store.decisions.latest(for: id).map(ModerationDesk.categories) ?? []
        view.formal = try await FormalComplaintPanel.build(id, isComplaint: categories.contains(.complaint), store: store,
                                                           canManage: context.hasRole(Access.complaintHandlers), today: ModerationDesk.today(store.clock.now()))
        view.evidence = try await evidenceLink(id, context: context)
        return try await render("item", context, path: "/items", flash: Self.flash(request)) { $0.item = view }
    }

    /// Claims the item for the person acting, or refuses if someone else holds it.
    func holdClaim(_ id: ItemID, _ viewer: User) async throws {
        let claim = try await store.items.claim(id, for: viewer.login, duration: claimFor)
        guard claim.by == viewer.login else {
            throw HTTPError(.conflict, message: "\(claim.by) is working on this item; nothing was changed. Try again after \(Labels.time(claim.until)).")
        }
    }

    @Sendable func approve(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.deciders)
        let viewer = try user(context)
        let id = try Self.itemID(context)
        try await holdClaim(id, viewer)
        try await DeskError.answering { try await desk.approve(id, by: viewer.login) }
        try await store.items.releaseClaim(id, by: viewer.login)
        return HTMLPage.redirect(to: "/queue?done=approved")
    }

    @Sendable func approveMany(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.deciders)
        let viewer = try user(context)
        var request = request
        let form = try await FormBody.read(&request)
        let ids = form.all("items").prefix(200).map { ItemID($0) }
        guard !ids.isEmpty else { return HTMLPage.redirect(to: "/queue") }
        var skipped = [String]()
        for id in ids {
            let claim = try await store.items.claim(id, for: viewer.login, duration: claimFor)
            guard claim.by == viewer.login else {
                skipped.append(id.rawValue)
                continue
            }
            do {
                try await desk.approve(id, by: viewer.login)
            } catch let error as DeskError {
                logger.info("bulk approval skipped an item", metadata: ["item": "\(id)", "why": "\(error)"])
                skipped.append(id.rawValue)
            }
            try await store.items.releaseClaim(id, by: viewer.login)
        }
        return HTMLPage.redirect(to: "/queue?done=approved-many")
    }

    @Sendable func dismiss(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.deciders)
        let viewer = try user(context)
        let id = try Self.itemID(context)
        var request = request
        let form = try await FormBody.read(&request)
        try await holdClaim(id, viewer)
        try await DeskError.answering { try await desk.dismiss(id, by: viewer.login, reason: form["reason"] ?? "") }
        try await store.items.releaseClaim(id, by: viewer.login)
        return HTMLPage.redirect(to: "/queue?done=dismissed")
    }

    @Sendable func act(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.deciders)
        let viewer = try user(context)
        let id = try Self.itemID(context)
        var request = request
        let form = try await FormBody.read(&request)
        guard let kind = form["kind"].flatMap(ActionKind.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Choose what to do from the list.")
        }
        try await holdClaim(id, viewer)
        let text = form["text"].flatMap { $0.isEmpty ? nil : $0 }
        try await DeskError.answering { try await desk.request(kind, on: id, by: viewer.login, reason: form["reason"] ?? "", text: text) }
        try await store.items.releaseClaim(id, by: viewer.login)
        return HTMLPage.redirect(to: "/items/\(QueueView.percentEncoded(id.rawValue))?done=action")
    }

    @Sendable func note(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let id = try Self.itemID(context)
        var request = request
        let form = try await FormBody.read(&request)
        guard try await store.items.item(id) != nil else { throw HTTPError(.notFound, message: "There is no item \(id).") }
        do {
            try await store.transaction { tx in
                try await tx.notes.add(form["text"] ?? "", to: id, by: viewer.login)
                try await tx.audit.append(actor: viewer.login, event: "note_added", itemID: id, details: .object([]))
            }
        } catch let error as StoreError {
            throw HTTPError(.badRequest, message: "\(error)")
        }
        return HTMLPage.redirect(to: "/items/\(QueueView.percentEncoded(id.rawValue))?done=noted")
    }

    // MARK: - Formal complaints

    @Sendable func markFormalComplaint(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.complaintHandlers)
        let id = try Self.itemID(context)
        try await DeskError.answering { try await desk.markFormalComplaint(id, by: try user(context).login) }
        return HTMLPage.redirect(to: "/items/\(QueueView.percentEncoded(id.rawValue))?done=formal")
    }

    @Sendable func acknowledgeFormalComplaint(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.complaintHandlers)
        let id = try Self.itemID(context)
        try await DeskError.answering { try await desk.acknowledgeFormalComplaint(id, by: try user(context).login) }
        return HTMLPage.redirect(to: "/items/\(QueueView.percentEncoded(id.rawValue))?done=formal-acknowledged")
    }

    @Sendable func formalComplaints(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let view = try await FormalComplaintsView.build(store: store, today: ModerationDesk.today(store.clock.now()))
        return try await render("complaints", context, path: "/complaints") { $0.complaints = view }
    }

    // MARK: - Alerts

    @Sendable func alerts(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let view = try await AlertsView.build(store: store, viewer: try user(context), now: store.clock.now())
        return try await render("alerts", context, path: "/alerts", flash: Self.flash(request)) { $0.alerts = view }
    }

    @Sendable func acknowledge(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        guard let raw = context.parameters.get("id"), let id = Int64(raw) else { throw HTTPError(.badRequest, message: "An alert id is a number.") }
        let alert: Alert
        do {
            alert = try await store.alerts.acknowledge(id, by: viewer.login)
        } catch StoreError.notFound {
            throw HTTPError(.notFound, message: "There is no alert \(id).")
        }
        try await store.audit.append(actor: viewer.login, event: "alert_acknowledged", itemID: alert.itemID, details: .object([
            ("alert", .int(Int(id))), ("kind", .string(alert.kind.rawValue)),
        ]))
        return HTMLPage.redirect(to: "/alerts?done=acknowledged")
    }

    // MARK: - Policy

    @Sendable func policy(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let current = engine.current
        let view = try await PolicyView.build(policy: current.moderator.policy, source: current.policySource, versionID: current.policyVersionID,
                                              store: store, canEdit: context.hasRole(Access.policyEditors))
        return try await render("policy", context, path: "/policy", flash: Self.flash(request)) { $0.policy = view }
    }

    @Sendable func savePolicy(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.policyEditors)
        var request = request
        let form = try await FormBody.read(&request, limit: 1 << 20).dictionary
        let current = engine.current
        let next = (try await store.policyVersions.latestID() ?? 0) + 1
        switch PolicyEditor(current: current.moderator.policy).apply(form, nextVersionNumber: next) {
        case .success(let edited): return try await save(edited, note: form["note"], context: context)
        case .failure(let problems):
            let view = try await PolicyView.build(policy: current.moderator.policy, source: current.policySource,
                                                  versionID: current.policyVersionID, store: store, form: form, problems: problems.problems,
                                                  canEdit: true)
            return try await render("policy", context, path: "/policy", status: .unprocessableContent) { $0.policy = view }
        }
    }

    @Sendable func savePolicyYAML(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.policyEditors)
        var request = request
        let form = try await FormBody.read(&request, limit: 1 << 20).dictionary
        switch PolicyEditor.loadYAML(PolicyEditor.normalisedLines(form["yaml"] ?? ""), staffCSV: PolicyEditor.normalisedLines(form["staff"] ?? "")) {
        case .success(let edited): return try await save(edited, note: form["note"], context: context)
        case .failure(let problems):
            let current = engine.current
            let view = try await PolicyView.build(policy: current.moderator.policy, source: current.policySource,
                                                  versionID: current.policyVersionID, store: store, form: form, problems: problems.problems,
                                                  canEdit: true)
            return try await render("policy", context, path: "/policy", status: .unprocessableContent) { $0.policy = view }
        }
    }

    @Sendable func restorePolicy(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        try context.requireRoles(Access.policyEditors)
        guard let raw = context.parameters.get("id"), let id = Int64(raw), let version = try await store.policyVersions.version(id) else {
            throw HTTPError(.notFound, message: "There is no such policy version.")
        }
        switch PolicyEditor.loadYAML(version.yaml, staffCSV: version.staffCSV ?? "") {
        case .success(let edited): return try await save(edited, note: "restored version \(version.version) (\(version.id))", context: context)
        case .failure(let problems):
            throw HTTPError(.conflict, message: "Version \(version.version) no longer loads: \(problems.problems.map(\.message).joined(separator: " "))")
        }
    }

    func save(_ edited: PolicyEditor.Edited, note: String?, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let note, note.count >= 3 else { throw HTTPError(.badRequest, message: "Say what changed and why: the note is kept with the version.") }
        let saved = try await store.transaction { tx in
            let saved = try await tx.policyVersions.save(version: edited.policy.version, yaml: edited.yaml, staffCSV: edited.staffCSV, note: note,
                                                         by: viewer.login)
            try await tx.audit.append(actor: viewer.login, event: "policy_saved", itemID: nil, details: .object([
                ("version", .string(saved.version)), ("id", .int(Int(saved.id))), ("note", .string(String(note.prefix(500)))),
            ]))
            return saved
        }
        engine.replace(with: edited.policy, source: "dashboard version \(saved.id) (\(viewer.login))", versionID: saved.id)
        return HTMLPage.redirect(to: "/policy?done=saved")
    }

    // MARK: - Audit

    func auditQuery(_ request: Request, limit: Int) -> (AuditQuery, [String: String]) {
        let q = request.uri.queryParameters
        var form = [String: String]()
        for key in ["actor", "event", "item", "text", "since", "until", "before"] { form[key] = q.get(key) ?? "" }
        let query = AuditQuery(
            actor: form["actor"], event: form["event"], itemID: form["item"].flatMap { $0.isEmpty ? nil : ItemID($0) },
            text: form["text"], since: form["since"].flatMap(Self.day), until: form["until"].flatMap(Self.day).map { $0.addingTimeInterval(86_400) },
            limit: limit, before: form["before"].flatMap { Int64($0) })
        return (query, form)
    }

    @Sendable func auditLog(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let (query, form) = auditQuery(request, limit: 100)
        let view = try await AuditView.build(store: store, query: query, form: form)
        return try await render("audit", context, path: "/audit") { $0.audit = view }
    }

    @Sendable func auditCSV(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let (query, _) = auditQuery(request, limit: 10_000)
        let entries = try await store.audit.search(query)
        var csv = CSVWriter(byteOrderMark: true)
        csv.append(["id", "time (UTC)", "actor", "event", "item", "details"])
        for entry in entries {
            csv.append([String(entry.id), Labels.isoTime(entry.at), entry.actor, entry.event, entry.itemID?.rawValue ?? "", entry.detailsJSON])
        }
        let viewer = try user(context)
        try await store.audit.append(actor: viewer.login, event: "audit_exported", itemID: nil, details: .object([("entries", .int(entries.count))]))
        return FileDownload.csv(csv.text, fileName: "decorum-audit.csv")
    }

    // MARK: - Settings

    @Sendable func settings(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let view = try await SettingsView.build(store: store, vault: vault, viewer: try user(context), now: store.clock.now())
        return try await render("settings", context, path: "/settings", flash: Self.flash(request)) { $0.settings = view }
    }

    @Sendable func addUser(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        var request = request
        let form = try await FormBody.read(&request)
        guard let role = (form["role"]).flatMap(UserRole.init(rawValue:)) else { throw HTTPError(.badRequest, message: "Choose a role.") }
        let password = OneTimePassword.generate()
        let hash = try await auth.hasher.hash(password)
        let created: User
        do {
            created = try await store.users.create(NewUser(
                login: form["login"] ?? "", name: form["name"] ?? "", role: role, email: form["email"].flatMap { $0.isEmpty ? nil : $0 },
                passwordHash: hash, mustChangePassword: true))
        } catch let error as UserError {
            throw HTTPError(.badRequest, message: "\(error)")
        }
        try await store.audit.append(actor: viewer.login, event: "user_added", itemID: nil, details: .object([
            ("login", .string(created.login)), ("role", .string(role.rawValue)),
        ]))
        let view = try await SettingsView.build(store: store, vault: vault, viewer: viewer, now: store.clock.now(), oneTime: (created.login, password))
        return try await render("settings", context, path: "/settings") { $0.settings = view }
    }

    func target(_ context: DashboardRequestContext) async throws -> User {
        guard let login = context.parameters.get("login"), let user = try await store.users.user(login: login) else {
            throw HTTPError(.notFound, message: "There is no such user.")
        }
        guard user.id != (try self.user(context)).id else {
            throw HTTPError(.conflict, message: "You cannot change your own role or account here; ask another admin.")
        }
        return user
    }

    @Sendable func setRole(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let target = try await target(context)
        var request = request
        let form = try await FormBody.read(&request)
        guard let role = form["role"].flatMap(UserRole.init(rawValue:)) else { throw HTTPError(.badRequest, message: "Choose a role.") }
        _ = try await store.users.setRole(role, for: target.id)
        try await store.audit.append(actor: viewer.login, event: "user_role_changed", itemID: nil, details: .object([
            ("login", .string(target.login)), ("from", .string(target.role.rawValue)), ("to", .string(role.rawValue)),
        ]))
        return HTMLPage.redirect(to: "/settings?done=user")
    }

    @Sendable func resetPassword(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let target = try await target(context)
        let password = OneTimePassword.generate()
        _ = try await store.users.setPasswordHash(try await auth.hasher.hash(password), for: target.id, mustChange: true)
        try await store.audit.append(actor: viewer.login, event: "user_password_reset", itemID: nil, details: .object([("login", .string(target.login))]))
        let view = try await SettingsView.build(store: store, vault: vault, viewer: viewer, now: store.clock.now(), oneTime: (target.login, password))
        return try await render("settings", context, path: "/settings") { $0.settings = view }
    }

    func setDisabled(_ disabled: Bool, _ request: Request, _ context: DashboardRequestContext) async throws -> Response {
        let viewer = try user(context)
        let target = try await target(context)
        _ = try await store.users.setDisabled(disabled, for: target.id)
        try await store.audit.append(actor: viewer.login, event: disabled ? "user_disabled" : "user_enabled", itemID: nil,
                                     details: .object([("login", .string(target.login))]))
        return HTMLPage.redirect(to: "/settings?done=user")
    }

    // MARK: - Helpers

    static func itemID(_ context: DashboardRequestContext) throws -> ItemID {
        guard let raw = context.parameters.get("id"), !raw.isEmpty, raw.utf8.count <= 200 else {
            throw HTTPError(.badRequest, message: "An item id is required.")
        }
        return ItemID(raw)
    }

    /// Midnight in UK time at the start of a `yyyy-MM-dd` day, or nil for anything else.
    static func day(_ text: String) -> Date? {
        LocalDay(parsing: text).flatMap { reportCalendar.start(of: $0) }
    }
}
