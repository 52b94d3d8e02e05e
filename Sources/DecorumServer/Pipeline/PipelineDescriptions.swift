/// Short descriptions for the pipeline's services: swift-service-lifecycle prints every service it runs,
/// and printing the engine and its clients by reflection takes seconds and fills the log.
extension ModerationWorker: CustomStringConvertible, CustomReflectable {
    public var description: String { "ModerationWorker(\(name))" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension IngestStep: CustomStringConvertible, CustomReflectable {
    public var description: String { "IngestStep(\(moderator), model \(modelVersion))" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension ActStep: CustomStringConvertible, CustomReflectable {
    public var description: String { "ActStep" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
