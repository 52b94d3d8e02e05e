public import DecorumCore
import Synchronization

/// The engine in force, which a practice manager can change from the dashboard while Decorum runs: each
/// batch takes the engine as it is when the batch starts, and a saved policy takes effect from the next.
public final class EngineHolder: Sendable {
    /// One engine: the moderator, its action planner, and what to record about it with each decision.
    public struct Engine: Sendable {
        public let moderator: Moderator
        public let planner: ActionPlanner
        /// The check every public reply passes before it is sent, built from the same policy.
        public let replyCheck: ReplyCheck
        public let modelVersion: String
        /// Where the policy came from ("built in", a file, or "dashboard version 12"), for the banner and the dashboard.
        public let policySource: String
        /// The dashboard version in force, if the policy came from the dashboard.
        public let policyVersionID: Int64?
    }

    private let model: LinearModel?
    private let state: Mutex<Engine>

    public init(policy: Policy, model: LinearModel?, modelVersion: String, policySource: String, policyVersionID: Int64? = nil) {
        self.model = model
        let moderator = Moderator(policy: policy, model: model)
        state = Mutex(Engine(moderator: moderator, planner: ActionPlanner(policy: policy), replyCheck: ReplyCheck(policy: policy), modelVersion: modelVersion,
                             policySource: policySource, policyVersionID: policyVersionID))
    }

    /// An engine that never changes (tests, `decorum sync`).
    public convenience init(moderator: Moderator, modelVersion: String) {
        self.init(fixed: Engine(moderator: moderator, planner: ActionPlanner(policy: moderator.policy), replyCheck: ReplyCheck(policy: moderator.policy),
                                modelVersion: modelVersion,
                                policySource: "given", policyVersionID: nil))
    }

    private init(fixed engine: Engine) {
        model = nil
        state = Mutex(engine)
    }

    public var current: Engine { state.withLock { $0 } }

    /// Puts `policy` in force, with the same learned model.
    public func replace(with policy: Policy, source: String, versionID: Int64?) {
        let modelVersion = current.modelVersion
        let moderator = Moderator(policy: policy, model: model)
        let engine = Engine(moderator: moderator, planner: ActionPlanner(policy: policy), replyCheck: ReplyCheck(policy: policy), modelVersion: modelVersion, policySource: source,
                            policyVersionID: versionID)
        state.withLock { $0 = engine }
    }
}
