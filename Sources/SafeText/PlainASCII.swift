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
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time while none is a control or above 0x7E (a 64 KB
                // chunk of streamed JSON is checked here); a byte at a time otherwise, as
                // around each line feed.
                if quoteOrBackslash, i + 8 <= bytes.count, plain(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = bytes[i]
                if byte >= 0x20 && byte < 0x7F {
                    if !quoteOrBackslash && (byte == 0x22 || byte == 0x5C) { return false }
                } else if !(newlines && byte == 0x0A) {
                    return false
                }
                i += 1
            }
            return true
        }
    }

    /// True when each of the word's eight bytes is from 0x20 to 0x7E. A byte below 0x20
    /// borrows when 0x20 is taken from it, 0x7F carries into the top bit when 1 is added,
    /// and bytes from 0x80 have the top bit already; a borrow or carry that spills into the
    /// next byte only makes a clean word look unclean, which costs a closer look.
    private static func plain(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return ((word &- 0x2020_2020_2020_2020) | (word &+ 0x0101_0101_0101_0101) | word) & high == 0
    }
}
