import Foundation

/// Pieces of a rendered page a test reads back: links, inline SVG, escaped text.
enum PageText {
    /// The address of the first `<a … rel="…">`, entities decoded; nil when there is none.
    static func href(_ html: String, rel: String) -> String? {
        var rest = html[...]
        while let open = rest.range(of: "<a ") {
            guard let close = rest.range(of: ">", range: open.upperBound..<rest.endIndex) else { return nil }
            let tag = rest[open.upperBound..<close.lowerBound]
            if tag.contains(#"rel="\#(rel)""#), let start = tag.range(of: #"href=""#),
               let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) {
                return decoded(String(tag[start.upperBound..<end.lowerBound]))
            }
            rest = rest[close.upperBound...]
        }
        return nil
    }

    /// Every `<svg …>…</svg>` in `html`, as written.
    static func svgs(in html: String) -> [String] {
        var found = [String]()
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// HTML's character references for the characters Mustache escapes, decoded.
    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
