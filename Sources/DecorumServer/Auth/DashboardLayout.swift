public import DecorumStore

/// The values `layout.mustache` reads besides the page's own: who is signed in, the menu, a flash message.
public enum DashboardLayout {
    /// The signed-in person as the layout shows them, with the CSRF token its sign-out form posts.
    public struct User: Sendable, Hashable {
        /// As colleagues know them.
        public var name: String
        /// ``DecorumStore/UserRole/title``.
        public var roleTitle: String
        /// The session's CSRF token.
        public var csrf: String
        /// The menu, in order.
        public var nav: [NavLink]

        /// The layout's user.
        public init(name: String, roleTitle: String, csrf: String, nav: [NavLink]) {
            self.name = name
            self.roleTitle = roleTitle
            self.csrf = csrf
            self.nav = nav
        }
    }

    /// One entry of the main menu.
    public struct NavLink: Sendable, Hashable {
        /// A local path.
        public var href: String
        /// What the menu says.
        public var label: String
        /// The page being shown (`aria-current="page"`).
        public var current: Bool
        /// A count shown beside the label (items waiting), or nil.
        public var badge: Int?

        /// A menu entry.
        public init(href: String, label: String, current: Bool = false, badge: Int? = nil) {
            self.href = href
            self.label = label
            self.current = current
            self.badge = badge
        }
    }

    /// A one-line message at the top of the page.
    public struct Flash: Sendable, Hashable {
        /// `ok` or `error` (app.css colours them).
        public var kind: String
        /// One sentence.
        public var message: String

        /// A flash message.
        public init(kind: String, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    /// The menu entries a user sees, given the path being shown; the integrator supplies it so the pages
    /// Access renders (password, 403) carry the same menu as the others.
    public typealias Navigation = @Sendable (DecorumStore.User, _ path: String) -> [NavLink]
}
