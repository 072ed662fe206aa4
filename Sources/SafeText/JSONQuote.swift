/// Writes a string as a JSON string literal. It escapes what JSON requires, and also
/// everything `Sanitized` escapes (C1 controls, bidi controls and marks) as `\uXXXX`, so
/// JSON that linkscope prints (command output, pretty-printed endpoint policies) is safe
/// to show in a terminal as it is and still parses to the same strings.
public enum JSONQuote {
    public static func append(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Sanitized.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
