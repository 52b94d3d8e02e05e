public import DecorumCore
public import struct Foundation.Date

/// One item as a report sees it: when it arrived, what Decorum decided, what was done and when, and what
/// people did about it.
public struct ReportItem: Sendable, Hashable {
    /// The platform's id of the item.
    public var id: ItemID
    /// The Page it is on.
    public var page: PageID
    /// Post, comment or reply.
    public var kind: ItemKind
    /// Where the item is now (when the report was read).
    public var status: ItemStatus
    /// When Decorum first received it.
    public var arrivedAt: Date
    /// Decorum's latest decision, or nil if the item has not been judged yet.
    public var decision: Action?
    /// The categories of the latest decision, in contract order (a comment can fall in several).
    public var categories: [Category]
    /// The kinds of action carried out on the platform, each once, in the order first done.
    public var actionsDone: [ActionKind]
    /// The first action carried out on the item, if any (showing an item again does not count).
    public var firstAction: FirstAction?
    /// What people did, in order: approvals, overrides and actions of their own choosing.
    public var personSteps: [PersonStep]
    /// The item's current text, only when it was asked for.
    public var text: String?

    /// The first action done on an item, and the clock it is timed by.
    public struct FirstAction: Sendable, Hashable {
        /// What was done.
        public var kind: ActionKind
        /// "decorum", or the person who chose it.
        public var requestedBy: String
        /// When the event that led to it arrived: the webhook or back-fill behind it, or the item's arrival
        /// for an action a person chose.
        public var startedAt: Date
        /// When the platform confirmed it.
        public var doneAt: Date

        /// A first action as read from the store.
        public init(kind: ActionKind, requestedBy: String, startedAt: Date, doneAt: Date) {
            self.kind = kind
            self.requestedBy = requestedBy
            self.startedAt = startedAt
            self.doneAt = doneAt
        }
    }

    /// Something a person did about the item.
    public struct PersonStep: Sendable, Hashable {
        /// What the person did.
        public enum Kind: Sendable, Hashable {
            /// Approved what Decorum proposed (or, for an item only queued for review, agreed to leave it).
            case approved
            /// Dismissed Decorum's decision: withdrew its actions and showed the item again if Decorum had hidden it.
            case overrode
            /// Chose an action of their own (nil when the audit entry does not say which).
            case choseAction(ActionKind?)
        }

        /// What the person did.
        public var kind: Kind
        /// The person's login.
        public var actor: String
        /// When.
        public var at: Date

        /// A step as read from the audit log or the actions.
        public init(kind: Kind, actor: String, at: Date) {
            self.kind = kind
            self.actor = actor
            self.at = at
        }
    }

    /// An item as read from the store (or made by a test).
    public init(
        id: ItemID, page: PageID, kind: ItemKind = .comment, status: ItemStatus, arrivedAt: Date, decision: Action?,
        categories: [Category], actionsDone: [ActionKind] = [], firstAction: FirstAction? = nil, personSteps: [PersonStep] = [],
        text: String? = nil
    ) {
        self.id = id
        self.page = page
        self.kind = kind
        self.status = status
        self.arrivedAt = arrivedAt
        self.decision = decision
        self.categories = categories
        self.actionsDone = actionsDone
        self.firstAction = firstAction
        self.personSteps = personSteps
        self.text = text
    }

    /// From the event behind the first action to the platform confirming it; nil if nothing was done.
    public var timeToAction: Duration? {
        firstAction.map { .milliseconds(max(0, $0.doneAt.storeMillis - $0.startedAt.storeMillis)) }
    }

    /// True when a person approved, overrode or chose an action for the item.
    public var decidedByPerson: Bool { !personSteps.isEmpty }
}
