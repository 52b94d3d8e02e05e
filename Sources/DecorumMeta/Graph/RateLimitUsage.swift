/// How much of its Graph API allowance the app has used, from the usage headers Graph adds to
/// responses (`X-App-Usage`, `X-Page-Usage`, `X-Business-Use-Case-Usage`).
public struct RateLimitUsage: Sendable, Hashable {
    /// Percent of the call-count allowance used (the highest across headers).
    public var callCount: Int
    /// Percent of the CPU-time allowance used.
    public var totalCPUTime: Int
    /// Percent of the total-time allowance used.
    public var totalTime: Int
    /// How long until a throttled app may call again, when Graph says.
    public var regainAccessAfter: Duration?

    public init(callCount: Int = 0, totalCPUTime: Int = 0, totalTime: Int = 0, regainAccessAfter: Duration? = nil) {
        self.callCount = callCount
        self.totalCPUTime = totalCPUTime
        self.totalTime = totalTime
        self.regainAccessAfter = regainAccessAfter
    }

    /// The highest of the three percentages.
    public var highestPercent: Int { max(callCount, totalCPUTime, totalTime) }

    /// True when Graph is refusing calls (or is about to): any allowance used up, or a wait announced.
    public var isThrottled: Bool { highestPercent >= 100 || (regainAccessAfter ?? .zero) > .zero }

    /// The usage the headers describe, or nil when there are none (absence is not zero usage).
    public static func parse(appUsage: String?, pageUsage: String?, businessUseCaseUsage: String?) -> RateLimitUsage? {
        var usage: RateLimitUsage?
        for header in [appUsage, pageUsage].compactMap({ $0 }) {
            if let tree = try? JSONTree.parse(Array(header.utf8)) { merge(tree, into: &usage) }
        }
        // X-Business-Use-Case-Usage: {"<business or page id>": [{"type": "pages", "call_count": …}, …]}
        if let header = businessUseCaseUsage, case .object(let owners)? = try? JSONTree.parse(Array(header.utf8)) {
            for case .array(let entries) in owners.values {
                for entry in entries { merge(entry, into: &usage) }
            }
        }
        return usage
    }

    private static func merge(_ tree: JSONTree, into usage: inout RateLimitUsage?) {
        guard case .object = tree else { return }
        var u = usage ?? RateLimitUsage()
        u.callCount = max(u.callCount, percent(tree["call_count"]))
        u.totalCPUTime = max(u.totalCPUTime, percent(tree["total_cputime"]))
        u.totalTime = max(u.totalTime, percent(tree["total_time"]))
        let minutes = percent(tree["estimated_time_to_regain_access"])
        if minutes > 0 {
            let wait = Duration.seconds(60 * minutes)
            u.regainAccessAfter = max(u.regainAccessAfter ?? .zero, wait)
        }
        usage = u
    }

    private static func percent(_ value: JSONTree?) -> Int {
        switch value {
        case .int(let i)?: Int(clamping: i)
        case .double(let d)? where d.isFinite: Int(d.rounded(.up))
        case .string(let s)?: Int(s) ?? 0
        default: 0
        }
    }
}
