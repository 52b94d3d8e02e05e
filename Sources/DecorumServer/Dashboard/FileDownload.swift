import HTTPTypes
public import Hummingbird

/// A file sent as a download (the audit log's CSV, a report's `report.csv` and `items.csv`, a chart's SVG, an evidence pack),
/// with the headers every dashboard response carries: never cached, never sniffed as something else.
public enum FileDownload {
    /// A CSV body (from ``CSVWriter``) as an attachment named `fileName`.
    public static func csv(_ body: String, fileName: String) -> Response {
        response(body, contentType: "text/csv; charset=utf-8", fileName: fileName)
    }

    /// A chart as a standalone SVG file named `fileName`.
    public static func svg(_ chart: SVGChart, fileName: String) -> Response {
        response(chart.svg, contentType: "image/svg+xml; charset=utf-8", fileName: fileName)
    }

    /// A ZIP archive named `fileName`.
    public static func zip(_ bytes: [UInt8], fileName: String) -> Response {
        response(ByteBuffer(bytes: bytes), contentType: "application/zip", fileName: fileName)
    }

    private static func response(_ body: String, contentType: String, fileName: String) -> Response {
        response(ByteBuffer(string: body), contentType: contentType, fileName: fileName)
    }

    private static func response(_ body: ByteBuffer, contentType: String, fileName: String) -> Response {
        var headers = HTMLPage.securityHeaders
        headers[.contentType] = contentType
        headers[.contentDisposition] = #"attachment; filename="\#(safeFileName(fileName))""#
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Letters, digits, dots, hyphens and underscores only: nothing that could end the header's quoted string.
    static func safeFileName(_ name: String) -> String {
        let kept = String(name.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": Character(scalar)
            default: "-"
            }
        })
        return kept.isEmpty ? "download" : kept
    }
}
