import Testing
@testable import DecorumCore

@Suite("Reading JSON back, keys in the order written")
struct JSONValueParsingTests {
    @Test("a decision as Decorum writes it reads back to the same text", arguments: [
        #"{"action":"hide","rules":["2"],"replies":[{"channel":"private","text":"Hello, we have hidden your comment…","rule":"2"}],"needs_approval":false}"#,
        #"{"z":1,"a":[true,false,null],"m":{"x":-2.5,"y":1e-3}}"#,
        #"["é","\"quoted\"","line\nbreak","tab\tend","\u2028"]"#,
        #"[]"#, #"{}"#, #"0"#, #""""#,
    ])
    func roundTrip(text: String) throws {
        let value = try JSONValue.parse(text)
        #expect(try JSONValue.parse(value.serialized()) == value)
        if !text.contains("e-3") && !text.contains(#"\u2028"#) { #expect(value.serialized() == text) }
    }

    @Test("escapes and surrogate pairs decode to the characters they name")
    func escapes() throws {
        #expect(try JSONValue.parse(#""caf\u00e9 \ud83d\ude00 \/""#) == .string("café 😀 /"))
        #expect(try JSONValue.parse("  {\"a\" : [ 1 , 2 ] }  ") == .object([("a", .array([.int(1), .int(2)]))]))
    }

    @Test("broken JSON is refused with where it broke", arguments: [
        "", "{", #"{"a":}"#, "[1,]", #""unterminated"#, "tru", #"{"a":1} extra"#, #""\ud800""#, "\"tab\there\"", "01x",
    ])
    func refused(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test("nesting past 200 levels is refused rather than overflowing the stack")
    func deep() {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }
}

@Suite("Writing JSON strings")
struct JSONStringWritingTests {
    @Test("quotes, backslashes, controls and line separators are escaped; everything else is written as it is", arguments: [
        ("plain text", #""plain text""#),
        ("say \"hi\" \\ there", #""say \"hi\" \\ there""#),
        ("line\nbreak\r\ttab\u{01}", #""line\nbreak\r\ttab\u0001""#),
        ("js\u{2028}breaker\u{2029}", #""js\u2028breaker\u2029""#),
        ("café 😀 <script>", "\"café 😀 <script>\""),
        ("", #""""#),
    ])
    func escapes(input: String, expected: String) {
        #expect(JSONValue.string(input).serialized() == expected)
    }
}
