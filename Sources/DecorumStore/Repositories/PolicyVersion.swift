public import struct Foundation.Date

/// A policy as saved from the dashboard: the YAML and roster in force from `createdAt`, who saved it and why.
public struct PolicyVersion: Sendable, Hashable {
    public var id: Int64
    /// The policy's own `version:` value.
    public var version: String
    public var yaml: String
    public var staffCSV: String?
    public var note: String?
    public var createdBy: String
    public var createdAt: Date
}
