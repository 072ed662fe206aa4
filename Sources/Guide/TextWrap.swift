import SafeText

/// Word wrapping for plain-text layout. Words are never split: a word wider than the line
/// (a long address) gets a line of its own, so it can still be copied whole.
enum TextWrap {
    /// Joins words that must stay on one line (`label [1]`); turned into a space after wrapping.
    static let glue: Character = "\u{00A0}"

    /// `text` broken into lines of at most `width` columns, the first starting with `first`
    /// and the rest with `rest` (the prefixes count toward the width).
    static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in words {
            if lineHasWord, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += lineHasWord ? " " + word : String(word)
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { String($0.map { $0 == glue ? " " : $0 }).trailingSpacesRemoved }
    }
}

extension String {
    /// Without trailing spaces, so wrapped output has no invisible ends.
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
