public import DecorumCore

/// What the report calls each category: short names by default, or a practice's own (from its policy, say).
/// Whatever they say, charts and exports escape them.
public struct ReportLabels: Sendable, Hashable {
    /// The practice's own names, where it has them.
    public var categories: [Category: String]

    /// The default names, with `categories` in place of any of them.
    public init(categories: [Category: String] = [:]) { self.categories = categories }

    /// The default names.
    public static let standard = ReportLabels()

    /// The name of `category`, with any character that could disguise or reorder it shown by its code.
    public func label(_ category: Category) -> String {
        if let own = categories[category], !own.isEmpty { return DisplayText.plain(own) }
        return Self.defaultLabel(category)
    }

    /// The default name of `category`: the one the rest of the dashboard uses.
    public static func defaultLabel(_ category: Category) -> String {
        Labels.category(category.rawValue)
    }
}
