/// Text from an architecture (names, tags, descriptions) may hold control characters and
/// terminal escape sequences; printed raw, they could retitle a window or rewrite the
/// screen. Everything that shows such text passes it through here first.
public enum Sanitized {
    /// `text` on one line: every control character escaped, newlines and tabs included.
    public static func line(_ text: String) -> String {
        escape(text, keepingNewlines: false)
    }

    /// `text` with its line breaks kept and every other control character escaped.
    public static func text(_ text: String) -> String {
        escape(text, keepingNewlines: true)
    }

    /// True when `text` is shown unchanged by `line`.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: needsEscape)
    }

    private static func escape(_ text: String, keepingNewlines: Bool) -> String {
        // Streamed output passes through here in 64 KB pieces: plain ASCII is settled by
        // one pass over the bytes, without decoding a scalar.
        if PlainASCII.holds(text, newlines: keepingNewlines) { return text }
        guard !isClean(text) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            if keepingNewlines, scalar == "\n" {
                out.unicodeScalars.append(scalar)
            } else if needsEscape(scalar) {
                out += escaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls (C1 holds CSI, 0x9B, which some terminals obey like ESC [) and
    /// the invisible characters that reorder what is displayed ("Trojan Source"): the bidi
    /// embeddings, overrides and isolates, and the marks that steer them. `JSONQuote`
    /// escapes the same set, so text and JSON output agree on what is unsafe.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func escaped(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\u{1B}": return "\\e"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default: return "\\u{\(String(s.value, radix: 16, uppercase: true))}"
        }
    }
}
