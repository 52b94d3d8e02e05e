/// The context every dashboard template renders: the layout's parts, and the one page view it shows.
struct DashboardPage: Sendable {
    struct LayoutUser: Sendable {
        var name: String
        var roleTitle: String
        var csrf: String
        var nav: [NavLink]
    }

    struct NavLink: Sendable {
        var href: String
        var label: String
        var current: Bool
        var badge: Int?
    }

    struct Flash: Sendable {
        var kind: String
        var message: String
    }

    var practiceName: String
    var user: LayoutUser?
    var flash: Flash?
    var queue: QueueView?
    var item: ItemView?
    var policy: PolicyView?
}
