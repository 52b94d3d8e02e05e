import Testing
@testable import DecorumMeta

// Meta signs every delivery: "X-Hub-Signature-256: sha256=<HMAC-SHA256 of the payload, keyed with the
// app secret>" — "Webhooks: Getting Started", Validate Payloads,
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
@Suite("Webhook signatures")
struct WebhookSignatureTests {
    let secret = "a3f1c9e2b7d84f0e9c6a5b4d3e2f1a0b"
    let body = Array(FeedPayloads.envelope(FeedPayloads.commentAdd).utf8)

    @Test("HMAC-SHA256 matches RFC 4231 test case 2")
    func knownVector() {
        // Key "Jefe", data "what do ya want for nothing?".
        let header = WebhookSignature.sign(body: Array("what do ya want for nothing?".utf8), appSecret: "Jefe")
        #expect(header == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("a body signed with the app secret verifies")
    func signedVerifies() {
        let header = WebhookSignature.sign(body: body, appSecret: secret)
        #expect(WebhookSignature.verify(body: body, header: header, appSecret: secret))
    }

    @Test("upper-case hex and an upper-case prefix are accepted")
    func caseInsensitiveHex() {
        let header = WebhookSignature.sign(body: body, appSecret: secret)
        #expect(WebhookSignature.verify(body: body, header: "SHA256=" + header.dropFirst(7).uppercased(), appSecret: secret))
    }

    @Test("a forged, truncated, tampered or missing signature is rejected", arguments: [
        "sha256=0000000000000000000000000000000000000000000000000000000000000000",
        "sha256=", "sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12", "", "sha256=zz", "garbage",
    ])
    func forgedRejected(header: String) {
        #expect(!WebhookSignature.verify(body: body, header: header, appSecret: secret))
    }

    @Test("a signature under another secret, or of another body, is rejected")
    func wrongSecretOrBody() {
        let header = WebhookSignature.sign(body: body, appSecret: "another-app-secret")
        #expect(!WebhookSignature.verify(body: body, header: header, appSecret: secret))
        let good = WebhookSignature.sign(body: body, appSecret: secret)
        var tampered = body
        tampered[tampered.count / 2] ^= 0x01
        #expect(!WebhookSignature.verify(body: tampered, header: good, appSecret: secret))
        #expect(!WebhookSignature.verify(body: body, header: nil, appSecret: secret))
    }

    @Test("an empty app secret verifies nothing, not even a signature made with it")
    func emptySecret() {
        let header = WebhookSignature.sign(body: body, appSecret: "")
        #expect(!WebhookSignature.verify(body: body, header: header, appSecret: ""))
    }

    @Test("a non-contiguous body verifies the same as its bytes")
    func nonContiguous() {
        let header = WebhookSignature.sign(body: body, appSecret: secret)
        #expect(WebhookSignature.verify(body: body.lazy.map { $0 }, header: header, appSecret: secret))
    }
}

// "Verification Requests": Meta sends hub.mode=subscribe, hub.verify_token and hub.challenge; the
// endpoint answers with the challenge when the token matches — "Webhooks: Getting Started",
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
@Suite("Webhook subscription handshake")
struct WebhookHandshakeTests {
    @Test("the right verify token gets the challenge back")
    func answers() {
        #expect(WebhookHandshake.answer(mode: "subscribe", verifyToken: "meatball-sub", challenge: "1158201444", expected: "meatball-sub") == "1158201444")
    }

    @Test("a wrong mode, token or challenge is refused", arguments: [
        ("unsubscribe", "meatball-sub", "1158201444"), ("subscribe", "meatball-su", "1158201444"),
        ("subscribe", "", "1158201444"), ("subscribe", "meatball-sub", ""),
        ("subscribe", "meatball-sub", "<script>alert(1)</script>"), ("subscribe", "meatball-sub", String(repeating: "9", count: 300)),
    ])
    func refuses(mode: String, token: String, challenge: String) {
        #expect(WebhookHandshake.answer(mode: mode, verifyToken: token, challenge: challenge, expected: "meatball-sub") == nil)
    }

    @Test("missing parameters are refused")
    func missing() {
        #expect(WebhookHandshake.answer(mode: nil, verifyToken: "t", challenge: "1", expected: "t") == nil)
        #expect(WebhookHandshake.answer(mode: "subscribe", verifyToken: nil, challenge: "1", expected: "t") == nil)
        #expect(WebhookHandshake.answer(mode: "subscribe", verifyToken: "t", challenge: nil, expected: "t") == nil)
    }

    @Test("with no verify token configured, an empty token cannot claim the endpoint")
    func emptyExpected() {
        #expect(WebhookHandshake.answer(mode: "subscribe", verifyToken: "", challenge: "1", expected: "") == nil)
    }
}
