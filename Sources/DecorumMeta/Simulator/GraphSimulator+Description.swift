extension GraphSimulator: CustomStringConvertible, CustomReflectable {
    /// Short: the simulator's state can hold many thousands of comments, and service groups print their services.
    public var description: String { "GraphSimulator(page \(configuration.pageID), port \(configuration.port))" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
