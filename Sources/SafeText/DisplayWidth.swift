/// How many terminal columns text takes: East Asian wide characters and emoji sequences
/// take two, combining marks and format characters none, everything else one.
///
/// The same rule decides layout headlessly, in the terminal and in plain-text output
/// (tables, wrapped guide notes), so they agree cell for cell. It lives beside `Sanitized`:
/// both are about showing text from data, not about any one screen.
///
/// For one scalar the rule is glibc's `wcwidth` (what ncursesw advances the cursor by on
/// Linux), built from Unicode data rather than kept by hand: zero width comes from the
/// general categories in the toolchain's standard library, wide from the East Asian Width
/// table below, generated for the same Unicode version (17.0 for Swift 6.3; regenerate it
/// when the toolchain moves on). Where Python's wcwidth package differs (it makes spacing
/// marks and line separators zero, among others) the tests list why we follow glibc.
///
/// C0 and C1 control characters (and DEL) count one column. They never reach here raw:
/// `Sanitized` escapes them before anything is drawn or printed. Counting them as the
/// printable ASCII around them keeps the fast path one comparison.
public enum DisplayWidth {
    /// The columns one character (grapheme) takes: its first scalar decides, so combining
    /// marks and joiners add nothing. Two exceptions take two columns whatever the first
    /// scalar's own width: an emoji made into a sequence with VS16 (U+FE0F) or a zero-width
    /// joiner (U+200D), which terminals draw as one wide emoji, and a flag (a pair of
    /// regional indicators).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let width = of(first)
        let next = scalars.index(after: scalars.startIndex)
        guard width < 2, next != scalars.endIndex else { return width }
        if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) {
            return 2
        }
        if isRegionalIndicator(first), isRegionalIndicator(scalars[next]) { return 2 }
        return width
    }

    /// The columns one scalar takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Below U+0300 nothing is zero-width or wide: the one format character there, the
        // soft hyphen U+00AD, takes a column as in glibc (it is shown as a hyphen).
        if v < 0x300 { return 1 }
        if isZero(scalar) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// The columns a string takes: the sum over its characters. ASCII text (nearly all
    /// of it: ids, names, labels) is one column a byte, counted without finding the
    /// characters; only CR LF, one character of two bytes, must be left to the general way.
    public static func of(_ text: String) -> Int {
        var text = text
        let ascii = text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }
        return ascii ? text.utf8.count : text.reduce(0) { $0 + of($1) }
    }

    /// Nonspacing and enclosing marks combine with what precedes them; format characters
    /// (U+200B..U+200F, U+2060..U+2064, U+FEFF, ...) are invisible. Hangul Jamo medial
    /// vowels and final consonants are letters, but join the initial consonant's two
    /// columns. Spacing marks (Mc) are not zero: shown alone they take a column.
    private static func isZero(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            // Prepended concatenation marks (Arabic number signs and the like) are drawn
            // above or below the digits that follow and take a column of their own.
            switch v {
            case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return false
            default: return true
            }
        default:
            return (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Binary search over `wide`, which is sorted and has no overlaps.
    private static func isWide(_ v: UInt32) -> Bool {
        var low = 0, high = wide.count
        while low < high {
            let mid = (low + high) / 2
            if wide[mid].upperBound < v { low = mid + 1 } else { high = mid }
        }
        return low < wide.count && wide[low].lowerBound <= v
    }

    // Internal, not private, so that the tests can check it is sorted.
    // East Asian Width W or F, Unicode 17.0.0 (unicodedata2): 123 ranges printed by
    // scripts/display-width-ranges.py. Regenerate it, do not edit it by hand.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
        0x23F0...0x23F0, 0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
        0x2630...0x2637, 0x2648...0x2653, 0x267F...0x267F, 0x268A...0x268F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
        0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD,
        0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50,
        0x2B55...0x2B55, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
        0x2FF0...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
        0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E, 0x3220...0x3247,
        0x3250...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66,
        0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF6, 0x17000...0x18CD5, 0x18CFF...0x18D1E, 0x18D80...0x18DF2,
        0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122,
        0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167,
        0x1B170...0x1B2FB, 0x1D300...0x1D356, 0x1D360...0x1D376, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
        0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D8, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FA7C, 0x1FA80...0x1FA8A,
        0x1FA8E...0x1FAC6, 0x1FAC8...0x1FAC8, 0x1FACD...0x1FADC, 0x1FADF...0x1FAEA,
        0x1FAEF...0x1FAF8, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
