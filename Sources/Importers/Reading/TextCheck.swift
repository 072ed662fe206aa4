import Topology

/// Checks that bytes are UTF-8 text before any parser sees them, so binary files and
/// other encodings get one clear message with the place of the first bad byte.
enum TextCheck {
    static func decode(_ bytes: [UInt8], file: String) throws(LoadError) -> String {
        var line = 1, column = 1, i = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3; i = 3 }
        while i < bytes.count {
            let b = bytes[i]
            let length = bytes.withUnsafeBufferPointer { UTF8Sequence.sequenceLength($0, at: i, end: $0.count) }
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
}
