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
            var start = 0
            if quoteOrBackslash {
                // Eight bytes at a time while none is a control or above 0x7E (a 64 KB
                // chunk of streamed JSON is checked here); the rest a byte at a time.
                let raw = UnsafeRawBufferPointer(bytes)
                while start + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020 | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 != 0
                        || word & 0x8080_8080_8080_8080 != 0 { break }
                    start += 8
                }
            }
            for byte in bytes[start...] {
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
