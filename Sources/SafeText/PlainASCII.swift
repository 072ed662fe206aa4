/// The fast test that lets the escaping functions hand most text back untouched: every
/// byte printable ASCII. Non-ASCII text is not judged here (its scalars are), so a false
/// answer only means "look closer".
enum PlainASCII {
    /// True when every UTF-8 byte of `text` is printable ASCII (0x20 to 0x7E), or a line
    /// feed where `newlines` allows one, and, unless `quoteOrBackslash` allows them, no
    /// `"` or `\`.
    static func holds(_ text: String, newlines: Bool, quoteOrBackslash: Bool = true) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes {
                if byte >= 0x20 && byte < 0x7F {
                    if !quoteOrBackslash && (byte == 0x22 || byte == 0x5C) { return false }
                } else if !(newlines && byte == 0x0A) {
                    return false
                }
            }
            return true
        }
    }
}
