/// Writes a string as a JSON string literal. It escapes what JSON requires, and also
/// everything `Sanitized` escapes (C1 controls, bidi controls and marks) as `\uXXXX`, so
/// JSON that linkscope prints (command output, pretty-printed endpoint policies) is safe
/// to show in a terminal as it is and still parses to the same strings.
public enum JSONQuote {
    public static func append(_ s: String, to out: inout String) {
        // Ids, names and regions are nearly always printable ASCII without quotes or
        // backslashes: those go out whole.
        if PlainASCII.holds(s, newlines: false, quoteOrBackslash: false) {
            out += "\""
            out += s
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        append(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same literal as UTF-8 bytes, for writers that stream megabytes of JSON: runs of
    /// bytes that need no escape are copied whole, and only what must be escaped is
    /// looked at a scalar at a time.
    public static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        out.append(0x22)
        s.withUTF8 { bytes in
            var run = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C {
                    i += 1
                    continue
                }
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                guard let scalar = scalar(bytes, at: i, length: length), needsEscape(scalar) else {
                    i += length
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                escape(scalar, to: &out)
                i += length
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        out.append(0x22)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || Sanitized.needsEscape(scalar)
    }

    private static func escape(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(0x5C)  // backslash
        switch scalar {
        case "\"": out.append(0x22)
        case "\\": out.append(0x5C)
        case "\n": out.append(UInt8(ascii: "n"))
        case "\r": out.append(UInt8(ascii: "r"))
        case "\t": out.append(UInt8(ascii: "t"))
        default:
            // Every scalar escaped here is below U+FFFF: four lower-case hex digits.
            out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((scalar.value >> UInt32(shift)) & 0xF)
                out.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
            }
        }
    }

    /// The scalar whose UTF-8 encoding starts at `i` (Swift strings hold valid UTF-8).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar? {
        guard i + length <= bytes.count else { return nil }
        var value: UInt32
        switch length {
        case 1: value = UInt32(bytes[i])
        case 2: value = UInt32(bytes[i] & 0x1F)
        case 3: value = UInt32(bytes[i] & 0x0F)
        default: value = UInt32(bytes[i] & 0x07)
        }
        for k in 1..<max(1, length) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
