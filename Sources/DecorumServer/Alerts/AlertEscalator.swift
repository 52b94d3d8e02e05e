import DecorumCore
import DecorumStore
import Foundation
import Logging
import ServiceLifecycle

/// Passes on urgent alerts for the safeguarding lead that nobody acknowledged in time: each is marked escalated
/// and a new urgent alert is raised for the deputy safeguarding lead (or, when the policy in force names no deputy,
/// the practice manager), with an audit entry, all in one transaction. Several instances may run on one database:
/// the mark is a conditional update, so exactly one of them escalates an alert.
struct AlertEscalator: Service {
    let store: Store
    /// The policy in force now, read at each escalation (a policy saved from the dashboard may name a new deputy).
    let policy: @Sendable () -> Policy
    let after: Duration
    let interval: Duration
    let logger: Logger

    /// Escalates alerts left `after` this long, looking every `interval`.
    init(store: Store, policy: @escaping @Sendable () -> Policy, after: Duration, interval: Duration = .seconds(30), logger: Logger) {
        self.store = store
        self.policy = policy
        self.after = after
        self.interval = interval
        self.logger = logger
    }

    func run() async throws {
        await AlertRounds.run(every: interval, logger: logger, failure: "escalating unacknowledged alerts failed; trying again shortly") {
            try await runOnce()
        }
    }

    /// Who is told when the safeguarding lead does not answer: the deputy when the policy names one.
    static func target(in policy: Policy) -> Role {
        policy.practice.contacts[.deputySafeguardingLead] != nil ? .deputySafeguardingLead : .practiceManager
    }

    var target: Role { Self.target(in: policy()) }

    /// Escalates every alert that is due now; returns the alerts it raised.
    @discardableResult
    func runOnce() async throws -> [Alert] {
        var raised = [Alert]()
        while true {
            let now = store.clock.now()
            let due = try await store.alerts.awaitingEscalation(
                role: Role.safeguardingLead.rawValue, raisedBy: now.addingTimeInterval(-after.seconds), limit: 50)
            var escalated = 0
            for alert in due {
                if let new = try await escalate(alert, now: now) {
                    raised.append(new)
                    escalated += 1
                }
            }
            // A full page means there may be more; one another instance escalated entirely is left to the next round.
            if due.count < 50 || escalated == 0 { return raised }
        }
    }

    private func escalate(_ alert: Alert, now: Date) async throws -> Alert? {
        let target = target
        let minutes = max(0, Int(now.timeIntervalSince(alert.createdAt) / 60))
        let waited = minutes == 1 ? "1 minute" : "\(minutes) minutes"
        let about = alert.itemID.map { ", about item \($0.rawValue)," } ?? ""
        let to = target == .deputySafeguardingLead
            ? "so it comes to the deputy safeguarding lead"
            : "so it comes to the practice manager, as the policy names no deputy safeguarding lead"
        let message = "Alert \(alert.id) for the safeguarding lead\(about) has waited \(waited) without being acknowledged, \(to): \(alert.message)"
        let new: Alert? = try await store.transaction { tx in
            // Whoever marks it escalates it; an instance that finds it marked (or acknowledged meanwhile) does nothing.
            guard try await tx.alerts.markEscalated(alert.id, to: target.rawValue) else { return nil }
            let raised = try await tx.alerts.raise(AlertRequest(
                kind: .escalation, severity: .urgent, role: target.rawValue, page: alert.page, itemID: alert.itemID, message: message,
                dedupeKey: "escalated:\(alert.id)"))
            var details: [(String, JSONValue)] = [
                ("alert", .int(Int(alert.id))), ("from", .string(Role.safeguardingLead.rawValue)), ("to", .string(target.rawValue)),
                ("waited_minutes", .int(minutes)),
            ]
            if let raised { details.append(("raised", .int(Int(raised.id)))) }
            if target == .practiceManager { details.append(("reason", .string("the policy names no deputy safeguarding lead"))) }
            try await tx.audit.append(actor: "decorum", event: "alert_escalated", itemID: alert.itemID, details: .object(details))
            return raised
        }
        if let new {
            logger.warning("an urgent safeguarding alert was not acknowledged in time and was escalated", metadata: [
                "alert": "\(alert.id)", "to": "\(target.rawValue)", "raised": "\(new.id)", "waited_minutes": "\(minutes)",
            ])
        }
        return new
    }
}
