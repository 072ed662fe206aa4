import Topology

/// JSON strings: the fast path copies plain ASCII straight into a `String`; escapes and
/// other UTF-8 take a slower path that checks the bytes are well-formed. Control
/// characters written as escapes (`\u001b`) are kept: they are escaped again when shown.
extension JSONPullReader {
    /// Reads the string that starts at `position` (an opening quote).
    mutating func readString() throws(LoadError) -> String {
        let quote = position
        let start = position + 1
        var p = start
        var high: UInt8 = 0
        let end = bytes.count
        while p < end {
            let b = bytes[p]
            if b == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<p])
                position = p + 1
                if high < 0x80 { return String(decoding: raw, as: UTF8.self) }
                guard let text = String(validating: raw, as: UTF8.self) else { throw invalidUTF8(in: start..<p) }
                return text
            }
            if b == UInt8(ascii: "\\") {
                position = p
                return try readEscapedString(from: start)
            }
            if b < 0x20 {
                position = p
                throw controlCharacter(b)
            }
            high |= b
            p += 1
        }
        position = quote
        throw syntaxError("the file ends inside this string")
    }

    /// Skips the string at `position`, checking it as `readString` would.
    mutating func skipString() throws(LoadError) {
        let quote = position
        position += 1
        let start = position
        var high: UInt8 = 0
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                if high >= 0x80, UTF8Sequence.firstInvalid(in: bytes, start..<position - 1) != nil {
                    throw invalidUTF8(in: start..<position - 1)
                }
                return
            }
            if b == UInt8(ascii: "\\") {
                position += 1
                var ignored: [UInt8] = []
                try escape(into: &ignored)
                continue
            }
            if b < 0x20 { throw controlCharacter(b) }
            high |= b
            position += 1
        }
        position = quote
        throw syntaxError("the file ends inside this string")
    }

    /// Reads on from the first backslash of a string that starts at `start`, copying the
    /// runs between escapes whole.
    private mutating func readEscapedString(from start: Int) throws(LoadError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(2 * (position - start) + 64)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            var run = position
            while run < bytes.count, bytes[run] != UInt8(ascii: "\"") && bytes[run] != UInt8(ascii: "\\") && bytes[run] >= 0x20 {
                run += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<run]))
            position = run
            guard position < bytes.count else { break }
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                guard let text = String(validating: out, as: UTF8.self) else { throw invalidUTF8(in: start..<position - 1) }
                return text
            }
            if b < 0x20 { throw controlCharacter(b) }
            position += 1
            try escape(into: &out)
        }
        throw syntaxError("the file ends inside a string")
    }

    /// Decodes the escape after a backslash (already consumed), appending its UTF-8 to `out`.
    private mutating func escape(into out: inout [UInt8]) throws(LoadError) {
        guard position < bytes.count else { throw syntaxError("the file ends inside a string") }
        let c = bytes[position]
        position += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let save = position
                position += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            // A lone surrogate is no character; JSON parsers commonly substitute U+FFFD.
            let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            UTF8.encode(value) { out.append($0) }
        default:
            position -= 2
            throw syntaxError("unknown escape '\\\(Unicode.Scalar(c).escaped(asASCII: true))' in a string")
        }
    }

    private mutating func hex4() throws(LoadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
                throw syntaxError("'\\u' needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private mutating func controlCharacter(_ b: UInt8) -> LoadError {
        syntaxError("a control character (U+\(String(b, radix: 16, uppercase: true).leftPadded(to: 4))) inside a string must be escaped")
    }

    private mutating func invalidUTF8(in range: Range<Int>) -> LoadError {
        let bad = UTF8Sequence.firstInvalid(in: bytes, range) ?? range.lowerBound
        position = bad
        return syntaxError("invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); JSON must be UTF-8 text")
    }
}

extension String {
    /// The string with zeros in front, up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
