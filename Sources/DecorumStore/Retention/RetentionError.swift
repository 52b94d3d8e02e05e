/// Why a retention purge did not run.
public enum RetentionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another process (named) is purging now.
    case alreadyRunning(by: String)

    public var description: String {
        switch self {
        case .alreadyRunning(let claimant):
            "A purge is running already (\(claimant)); wait for it to finish, then run decorum purge again to see what is left."
        }
    }
}
