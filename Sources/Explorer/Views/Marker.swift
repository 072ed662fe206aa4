import Analysis

/// The mark an element with findings carries in the tree and the tables.
enum Marker {
    static func glyph(_ severity: Severity, _ glyphs: Glyphs) -> Character {
        switch severity {
        case .error: return glyphs.cross
        case .warning: return "!"
        case .info: return "i"
        }
    }

    static func style(_ severity: Severity) -> Style {
        switch severity {
        case .error: return .error
        case .warning: return .warning
        case .info: return .dim
        }
    }
}
