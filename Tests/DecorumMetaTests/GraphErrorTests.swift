import Testing
@testable import DecorumMeta

// Graph's error object {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}} and its
// codes — "Graph API: Handling Errors", https://developers.facebook.com/docs/graph-api/guides/error-handling
// (1/2 temporary, 4/17/32/613 throttling, 10/200-299 permissions, 100 invalid parameter, 190 token,
// 368 temporarily blocked for policy violations) and the Pages rate limit 80001 with the usage headers
// X-App-Usage, X-Page-Usage and X-Business-Use-Case-Usage — "Rate Limits",
// https://developers.facebook.com/docs/graph-api/overview/rate-limiting/
@Suite("Graph error classification")
struct GraphErrorTests {
    @Test("documented codes are classified", arguments: [
        (1, GraphError.Kind.transient), (2, .transient),
        (4, .rateLimited(retryAfter: nil)), (17, .rateLimited(retryAfter: nil)), (32, .rateLimited(retryAfter: nil)),
        (613, .rateLimited(retryAfter: nil)), (80001, .rateLimited(retryAfter: nil)),
        (190, .tokenExpired), (10, .permanent), (100, .permanent), (200, .permanent), (368, .permanent), (10900, .permanent),
    ])
    func codes(code: Int, kind: GraphError.Kind) {
        #expect(GraphError.classify(httpStatus: 400, code: code) == kind)
    }

    @Test("without an error code, the HTTP status decides", arguments: [
        (500, GraphError.Kind.transient), (503, .transient), (408, .transient), (429, .rateLimited(retryAfter: nil)),
        (400, .permanent), (404, .permanent),
    ])
    func statuses(status: Int, kind: GraphError.Kind) {
        #expect(GraphError.classify(httpStatus: status, code: nil) == kind)
    }

    @Test("Graph's is_transient flag makes an otherwise permanent code retryable")
    func transientFlag() {
        #expect(GraphError.classify(httpStatus: 400, code: 100, isTransient: true) == .transient)
    }

    @Test("a rate limit carries the wait Graph announces in the usage headers")
    func retryAfterFromHeaders() {
        let usage = RateLimitUsage.parse(
            appUsage: nil, pageUsage: nil,
            businessUseCaseUsage: #"{"1000000000001": [{"type": "pages", "call_count": 100, "total_cputime": 12, "total_time": 15, "estimated_time_to_regain_access": 7}]}"#)
        #expect(GraphError.classify(httpStatus: 400, code: 80001, usage: usage) == .rateLimited(retryAfter: .seconds(420)))
    }

    @Test("an error object is read from a response body")
    func parsesBody() throws {
        let body = #"{"error": {"message": "Error validating access token: Session has expired on Friday.", "type": "OAuthException", "code": 190, "error_subcode": 463, "fbtrace_id": "EJplcsCHuLu"}}"#
        let error = HTTPGraphClient.graphError(status: 400, json: try JSONTree.parse(Array(body.utf8)), usage: nil)
        #expect(error.kind == .tokenExpired)
        #expect(error.code == 190 && error.subcode == 463 && error.type == "OAuthException" && error.traceID == "EJplcsCHuLu")
        #expect(error.description.contains("reconnect the Page"))
    }

    @Test("a 5xx without a JSON body is transient")
    func bareServerError() {
        #expect(HTTPGraphClient.graphError(status: 502, json: nil, usage: nil).kind == .transient)
    }

    @Test("long messages are cut to 300 characters")
    func boundedMessage() {
        #expect(GraphError(kind: .permanent, message: String(repeating: "x", count: 5000)).message.count == 300)
    }
}

@Suite("Rate-limit usage headers")
struct RateLimitUsageTests {
    @Test("X-App-Usage percentages are read")
    func appUsage() throws {
        let usage = try #require(RateLimitUsage.parse(appUsage: #"{"call_count": 28, "total_time": 25, "total_cputime": 25}"#, pageUsage: nil, businessUseCaseUsage: nil))
        #expect(usage == RateLimitUsage(callCount: 28, totalCPUTime: 25, totalTime: 25))
        #expect(!usage.isThrottled)
    }

    @Test("the highest figure across headers wins, and a wait means throttled")
    func merged() throws {
        let usage = try #require(RateLimitUsage.parse(
            appUsage: #"{"call_count": 10, "total_time": 5, "total_cputime": 5}"#,
            pageUsage: #"{"call_count": 96, "total_time": 40, "total_cputime": 30, "estimated_time_to_regain_access": 0}"#,
            businessUseCaseUsage: #"{"9": [{"type": "pages", "call_count": 50, "total_cputime": 99, "total_time": 20, "estimated_time_to_regain_access": 2}]}"#))
        #expect(usage.callCount == 96 && usage.totalCPUTime == 99 && usage.highestPercent == 99)
        #expect(usage.regainAccessAfter == .seconds(120) && usage.isThrottled)
    }

    @Test("no headers is not zero usage, and garbage is ignored")
    func absent() {
        #expect(RateLimitUsage.parse(appUsage: nil, pageUsage: nil, businessUseCaseUsage: nil) == nil)
        #expect(RateLimitUsage.parse(appUsage: "not json", pageUsage: nil, businessUseCaseUsage: "[1,2]") == nil)
    }
}
