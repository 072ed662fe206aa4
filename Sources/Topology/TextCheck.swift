/// Checks that bytes are UTF-8 text before any parser sees them, so binary files and
/// other encodings get one clear message with the place of the first bad byte.
enum TextCheck {
    static func decode(_ bytes: [UInt8], file: String) throws(LoadError) -> String {
        var line = 1, column = 1, i = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3; i = 3 }
        while i < bytes.count {
            let b = bytes[i]
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else {
                throw LoadError.at(SourceLocation(file: file, line: line, column: column),
                                   "invalid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true))); save the file as UTF-8 text")
            }
            if length == 1, b < 0x20, b != 0x09, b != 0x0A, b != 0x0D {
                throw LoadError.at(SourceLocation(file: file, line: line, column: column),
                                   "control character \(escapedByte(b)) in the text; this looks like a binary file, not an architecture")
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    private static func escapedByte(_ b: UInt8) -> String {
        b == 0 ? "NUL" : "U+" + String(repeating: "0", count: b < 16 ? 3 : 2) + String(b, radix: 16, uppercase: true)
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let (length, low, high): (Int, UInt8, UInt8)
        switch b {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
