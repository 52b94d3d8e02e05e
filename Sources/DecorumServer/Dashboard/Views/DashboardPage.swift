/// The context every dashboard template renders: the layout's parts, and the one page view it shows.
struct DashboardPage: Sendable {
    var practiceName: String
    var user: DashboardLayout.User?
    var flash: DashboardLayout.Flash?
    var queue: QueueView?
    var item: ItemView?
    var policy: PolicyView?
    var alerts: AlertsView?
    var audit: AuditView?
    var reports: ReportsPageView?
    var settings: SettingsView?
    var complaints: FormalComplaintsView?
}
