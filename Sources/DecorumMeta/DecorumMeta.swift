/// Meta's side of Decorum: webhook verification and parsing, the Graph API client with its error
/// classification and retry policy, and a local Graph API simulator.
public enum DecorumMeta {
    /// The Graph API version Decorum is written against.
    public static let graphAPIVersion = "v21.0"
}
