/// The subscription handshake: Meta sends `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`
/// and expects the challenge echoed back when the verify token is the one configured.
public enum WebhookHandshake {
    /// Longest challenge Decorum echoes; Meta's are short integers.
    public static let maxChallengeLength = 256

    /// The text to answer with (the challenge), or nil when the request must be refused (403).
    ///
    /// An empty expected token verifies nothing, so a missing configuration cannot be claimed by
    /// sending an empty token. The challenge is echoed only if it is plain ASCII letters, digits,
    /// `-`, `_` or `.`: it goes back verbatim into a response body, so nothing else is reflected.
    public static func answer(mode: String?, verifyToken: String?, challenge: String?, expected: String) -> String? {
        guard mode == "subscribe", !expected.isEmpty, let verifyToken, let challenge,
              ConstantTime.equals(verifyToken, expected),
              !challenge.isEmpty, challenge.utf8.count <= maxChallengeLength,
              challenge.utf8.allSatisfy(isSafe)
        else { return nil }
        return challenge
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
