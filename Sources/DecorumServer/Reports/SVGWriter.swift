/// Writes SVG markup: elements with attributes in a fixed order, every value escaped, numbers to one decimal
/// place, so the same report always gives the same bytes.
struct SVGWriter {
    private(set) var output = ""

    /// Opens `name` with `attributes` (values are escaped here).
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name
        write(attributes)
        output += ">"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">"
    }

    /// An element with no content.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        output += "<" + name
        write(attributes)
        output += "/>"
    }

    /// An element holding text (escaped here).
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        open(name, attributes)
        output += Markup.escape(text)
        close(name)
    }

    /// A tooltip for the element just opened: a `<title>` child, which screen readers and pointers both get.
    mutating func tooltip(_ text: String) {
        element("title", text: text)
    }

    /// Text inside the element just opened (escaped here).
    mutating func text(_ text: String) { output += Markup.escape(text) }

    /// Markup written by this module itself (pattern tiles), never text from outside.
    mutating func raw(trusted markup: String) { output += markup }

    private mutating func write(_ attributes: KeyValuePairs<String, String>) {
        for (key, value) in attributes {
            output += " " + key + "=\"" + Markup.escape(value) + "\""
        }
    }

    /// `x` rounded to one decimal place, without a trailing `.0` and never in exponent form.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = Int64((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10, fraction = magnitude % 10
        return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }
}
