import Topology

/// Finds the first byte that breaks UTF-8, for the place an encoding error is reported
/// (in snapshots; the native loader's `TextCheck` shares `sequenceLength`).
/// (Validation itself is the standard library's; this only runs once an error is known,
/// or on strings a decoder skips.)
enum UTF8Sequence {
    /// The offset of the first byte in `range` that does not start or continue a
    /// well-formed UTF-8 sequence, or nil when the range is valid.
    static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            let length = sequenceLength(bytes, at: i, end: range.upperBound)
            guard length > 0 else { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0.
    /// The native loader's text check uses it too.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let (length, low, high): (Int, UInt8, UInt8)
        switch bytes[i] {
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
        guard i + length <= end, (low...high).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
