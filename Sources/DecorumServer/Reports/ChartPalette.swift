import Foundation
public import DecorumCore

/// The charts' colours and patterns. Every colour has at least 3:1 contrast with the white background
/// (WCAG 1.4.11), neighbouring bar segments are parted by a white line, and each category also has its own
/// pattern, so no figure depends on telling colours apart.
public enum ChartPalette {
    /// The background of every chart.
    public static let background = "#ffffff"
    /// Text, axes and outlines.
    public static let ink = "#1a1a1a"
    /// Grid lines: light, since they only help the eye and carry no data.
    public static let grid = "#d0d0d0"
    /// The median line, and single-series bars.
    public static let primary = "#0b4f8a"
    /// The 90th-percentile line.
    public static let secondary = "#a14e00"

    /// The colour of a category's segments and legend swatch.
    public static func colour(_ category: Category) -> String {
        switch category {
        case .thirdPartyPII: "#332288"
        case .ownPII: "#0077bb"
        case .consultationRecording: "#008073"
        case .abusive: "#882255"
        case .misinformation: "#6e6e1a"
        case .fraud: "#aa4499"
        case .defamation: "#cc3311"
        case .photography: "#117733"
        case .staffIdentification: "#b35900"
        case .review: "#7a4a00"
        case .complaint: "#4d4d4d"
        case .safeguarding: "#b8005c"
        }
    }

    /// The white marks drawn over a category's colour, in an 8 × 8 tile: one kind of mark per category.
    static func marks(_ category: Category) -> String {
        let line = ##"stroke="#ffffff" stroke-width="1.5" fill="none""##
        let dot = ##"fill="#ffffff""##
        return switch category {
        case .thirdPartyPII: ""  // solid: the darkest colour needs no marks to stand out
        case .ownPII: ##"<path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" \##(line)/>"##
        case .consultationRecording: ##"<path d="M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2" \##(line)/>"##
        case .abusive: ##"<path d="M0,4 H8" \##(line)/>"##
        case .misinformation: ##"<path d="M4,0 V8" \##(line)/>"##
        case .fraud: ##"<path d="M0,4 H8 M4,0 V8" \##(line)/>"##
        case .defamation: ##"<path d="M0,0 L8,8 M8,0 L0,8" \##(line)/>"##
        case .photography: ##"<circle cx="4" cy="4" r="1.6" \##(dot)/>"##
        case .staffIdentification: ##"<circle cx="2" cy="2" r="1.2" \##(dot)/><circle cx="6" cy="6" r="1.2" \##(dot)/>"##
        case .review: ##"<path d="M0,6 L2,2 L4,6 L6,2 L8,6" \##(line)/>"##
        case .complaint: ##"<rect x="0" y="0" width="4" height="4" \##(dot) fill-opacity="0.55"/><rect x="4" y="4" width="4" height="4" \##(dot) fill-opacity="0.55"/>"##
        case .safeguarding: ##"<circle cx="4" cy="4" r="2.2" stroke="#ffffff" stroke-width="1.2" fill="none"/>"##
        }
    }

    /// The contrast ratio of two `#rrggbb` colours (WCAG 2 relative luminance), 1…21.
    public static func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return 0 }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
