/// A Page access token: a secret that prints as `<redacted>` so it cannot reach a log by accident.
public struct PageToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret itself; read it only to put it on the wire.
    public let secret: String

    public init(_ secret: String) { self.secret = secret }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "PageToken(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
