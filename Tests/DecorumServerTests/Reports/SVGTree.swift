import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back with Foundation's XML parser: proof it is well-formed, and its elements to check.
struct SVGTree {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The text directly inside it, entities decoded.
        var text: String
        var depth: Int
    }

    var elements: [Element] = []

    /// Nil when the text is not well-formed XML.
    init?(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse(), collector.failed == false else { return nil }
        elements = collector.elements
    }

    var root: Element? { elements.first }
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var names: Set<String> { Set(elements.map(\.name)) }
    var texts: [String] { elements.map(\.text).filter { !$0.isEmpty } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []
        var failed = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes, text: "", depth: open.count - 1))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}
