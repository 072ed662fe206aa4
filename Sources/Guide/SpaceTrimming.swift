extension StringProtocol {
    /// The text without the spaces and tabs at either end, as `trimmingCharacters(in:
    /// .whitespaces)` gives it but without Foundation's round trip through UTF-16: every
    /// line of every note is trimmed while the explorer starts.
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isSpaceOrTab }), let last = lastIndex(where: { !$0.isSpaceOrTab }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension Character {
    /// A tab or a Unicode space separator (U+0020, no-break, em, ideographic…), the set
    /// Foundation calls `.whitespaces`.
    var isSpaceOrTab: Bool {
        unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
}
