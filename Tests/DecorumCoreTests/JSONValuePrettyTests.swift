import DecorumCore
import Testing

@Suite("JSON laid out for reading")
struct JSONValuePrettyTests {
    @Test("pretty JSON reads back as the same value, keys in order, empty containers kept short")
    func roundTrip() throws {
        let value = JSONValue.object([
            ("b", .array([.int(1), .string("two \"quoted\"\n"), .null, .array([]), .object([])])),
            ("a", .object([("nested", .bool(true)), ("n", .number(0.5))])),
        ])
        let pretty = value.prettyPrinted()
        #expect(pretty == """
            {
              "b": [
                1,
                "two \\"quoted\\"\\n",
                null,
                [],
                {}
              ],
              "a": {
                "nested": true,
                "n": 0.5
              }
            }

            """)
        #expect(try JSONValue.parse(pretty).serialized() == value.serialized())
    }
}
