import Testing
@testable import SafeText

/// DisplayWidth against an outside reference: Python's wcwidth 0.7.0, whose tables are
/// Unicode 17.0 like Swift 6.3's standard library. Where the two differ on purpose we
/// follow glibc's `wcwidth`, which ncursesw on Linux lays the screen out by.
@Suite struct DisplayWidthTests {
    /// `wcwidth.wcwidth(chr(scalar))` from wcwidth 0.7.0, printed by a Python one-off for
    /// scalars picked from every block where width is interesting. DisplayWidth agrees on
    /// every one; the scalars where it does not are in `wcwidthDiffers`, with the reason.
    static let wcwidthAgrees: [(scalar: UInt32, width: Int)] = [
        // Latin, Greek, Cyrillic; the soft hyphen prints (glibc and wcwidth agree)
        (0x0041, 1), (0x007A, 1), (0x007E, 1), (0x00A0, 1), (0x00AD, 1), (0x00E9, 1),
        (0x00FF, 1), (0x0100, 1), (0x017F, 1), (0x1E9E, 1), (0x20AC, 1), (0x03B1, 1),
        (0x0416, 1), (0x04E9, 1),
        // Combining marks: Latin diacritics, Cyrillic enclosing, symbols
        (0x0300, 0), (0x0301, 0), (0x036F, 0), (0x0483, 0), (0x0488, 0), (0x1AB0, 0),
        (0x1DC0, 0), (0x20D0, 0), (0x20E3, 0), (0xFE20, 0),
        // Hebrew letters (RTL) and points
        (0x05D0, 1), (0x05EA, 1), (0x0591, 0), (0x05B0, 0), (0x05BF, 0), (0x05C7, 0),
        // Arabic, Syriac, Thaana, NKo letters (RTL), marks, the letter mark (Cf) and digits
        (0x0627, 1), (0x0644, 1), (0x06CC, 1), (0x0660, 1), (0x0610, 0), (0x064B, 0),
        (0x0650, 0), (0x0670, 0), (0x06D6, 0), (0x061C, 0), (0x0710, 1), (0x0711, 0),
        (0x0780, 1), (0x07A6, 0), (0x07CA, 1), (0x07EB, 0),
        // Prepended concatenation marks: format characters that take a column
        (0x0600, 1), (0x0605, 1), (0x06DD, 1), (0x070F, 1), (0x0890, 1), (0x0891, 1),
        (0x08E2, 1), (0x110BD, 1), (0x110CD, 1),
        // Devanagari and other Indic scripts: letters, nonspacing marks (nukta, virama, ...)
        (0x0900, 0), (0x0901, 0), (0x0915, 1), (0x093C, 0), (0x0941, 0), (0x094D, 0),
        (0x0966, 1), (0x0995, 1), (0x09BC, 0), (0x0A01, 0), (0x0A15, 1), (0x0A3C, 0),
        (0x0A70, 0), (0x0A95, 1), (0x0ABC, 0), (0x0B95, 1), (0x0BCD, 0), (0x0C15, 1),
        (0x0C3E, 0), (0x0CBC, 0), (0x0D15, 1), (0x0D4D, 0),
        // Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian
        (0x0E01, 1), (0x0E31, 0), (0x0E33, 1), (0x0E34, 0), (0x0E37, 0), (0x0E3A, 0),
        (0x0E47, 0), (0x0E4E, 0), (0x0E50, 1), (0x0E81, 1), (0x0EB1, 0), (0x0F40, 1),
        (0x0F71, 0), (0x1000, 1), (0x102D, 0), (0x1780, 1), (0x17B4, 0), (0x17C9, 0),
        (0x1820, 1), (0x180B, 0), (0x180E, 0),
        // Other scripts: Ethiopic, Cherokee, Linear B, math letters
        (0x1200, 1), (0x13A0, 1), (0x10000, 1), (0x1D400, 1),
        // Hangul: initial consonants wide, medial vowels and final consonants zero, syllables wide
        (0x1100, 2), (0x115F, 2), (0x1160, 0), (0x1161, 0), (0x11A8, 0), (0x11FF, 0),
        (0xA960, 2), (0xA97C, 2), (0xD7B0, 0), (0xD7C6, 0), (0xD7CB, 0), (0xD7FB, 0),
        (0xD7FF, 0), (0xAC00, 2), (0xD558, 2), (0xD7A3, 2), (0x3131, 2), (0x318E, 2),
        // Format characters (Cf) and zero-width spaces
        (0x200B, 0), (0x200C, 0), (0x200D, 0), (0x200E, 0), (0x200F, 0), (0x202A, 0),
        (0x2060, 0), (0x2061, 0), (0x2064, 0), (0x2066, 0), (0x206F, 0), (0xFEFF, 0),
        (0xFFF9, 0), (0x1D173, 0), (0xE0001, 0), (0xE0020, 0), (0xE007F, 0),
        // General punctuation, arrows, maths, technical
        (0x2010, 1), (0x2014, 1), (0x2026, 1), (0x202F, 1), (0x2190, 1), (0x2200, 1),
        (0x221E, 1), (0x2318, 1), (0x231A, 2), (0x231B, 2), (0x2329, 2), (0x232A, 2),
        (0x23E9, 2), (0x23F0, 2), (0x23F3, 2),
        // Box drawing, block elements, geometric shapes
        (0x2500, 1), (0x2502, 1), (0x250C, 1), (0x2514, 1), (0x253C, 1), (0x2550, 1),
        (0x256C, 1), (0x2571, 1), (0x2580, 1), (0x2588, 1), (0x2591, 1), (0x25A0, 1),
        (0x25B6, 1), (0x25BE, 1), (0x25CF, 1), (0x25FD, 2), (0x25FE, 2),
        // Miscellaneous symbols and dingbats: wide only where the data says so
        (0x2600, 1), (0x2614, 2), (0x2615, 2), (0x2630, 2), (0x2648, 2), (0x2665, 1),
        (0x267F, 2), (0x268A, 2), (0x2693, 2), (0x26A0, 1), (0x26A1, 2), (0x26BD, 2),
        (0x26D4, 2), (0x26FD, 2), (0x2705, 2), (0x2714, 1), (0x2728, 2), (0x274C, 2),
        (0x2757, 2), (0x2764, 1), (0x2795, 2), (0x27B0, 2), (0x27BF, 2), (0x2B1B, 2),
        (0x2B50, 2), (0x2B55, 2),
        // CJK symbols, kana, bopomofo, strokes, enclosed, ideographs (unassigned ones too)
        (0x2E80, 2), (0x2F00, 2), (0x2FFF, 2), (0x3000, 2), (0x3001, 2), (0x3002, 2),
        (0x302A, 0), (0x3041, 2), (0x3099, 0), (0x309A, 0), (0x30A2, 2), (0x30FC, 2),
        (0x3105, 2), (0x31C0, 2), (0x31E3, 2), (0x31E5, 2), (0x31EF, 2), (0x3200, 2),
        (0x3300, 2), (0x3400, 2), (0x4DBF, 2), (0x4DC0, 2), (0x4E00, 2), (0x6771, 2),
        (0x9FFF, 2), (0xA000, 2), (0xA4C6, 2), (0xA4D0, 1), (0xF900, 2), (0xFA6E, 2),
        (0xFAFF, 2),
        // Variation selectors (nonspacing marks)
        (0xFE00, 0), (0xFE0E, 0), (0xFE0F, 0), (0xE0100, 0), (0xE01EF, 0),
        // Vertical and small forms, Arabic presentation forms
        (0xFE10, 2), (0xFE19, 2), (0xFE30, 2), (0xFE4F, 2), (0xFE50, 2), (0xFE6B, 2),
        (0xFB50, 1), (0xFDFD, 1), (0xFE70, 1), (0xFEFC, 1),
        // Fullwidth and halfwidth forms, specials
        (0xFF01, 2), (0xFF21, 2), (0xFF41, 2), (0xFF5E, 2), (0xFF60, 2), (0xFF61, 1),
        (0xFF71, 1), (0xFFA1, 1), (0xFFDC, 1), (0xFFE0, 2), (0xFFE6, 2), (0xFFE8, 1),
        (0xFFFC, 1), (0xFFFD, 1),
        // Other combining marks beyond the BMP
        (0x10A01, 0), (0x11038, 0), (0x1D167, 0), (0x1E8D0, 0),
        // Tangut, Khitan, Nushu, kana supplement
        (0x16FE0, 2), (0x16FE3, 2), (0x16FE4, 0), (0x17000, 2), (0x187F7, 2), (0x18800, 2),
        (0x18B00, 2), (0x18D00, 2), (0x1B000, 2), (0x1B122, 2), (0x1B170, 2),
        // Emoji and pictographs, including ones added in Unicode 15, 16 and 17
        (0x1F004, 2), (0x1F0CF, 2), (0x1F18E, 2), (0x1F191, 2), (0x1F200, 2), (0x1F236, 2),
        (0x1F300, 2), (0x1F321, 1), (0x1F3F3, 1), (0x1F3FB, 2), (0x1F44D, 2), (0x1F468, 2),
        (0x1F600, 2), (0x1F64F, 2), (0x1F680, 2), (0x1F6D8, 2), (0x1F7E0, 2), (0x1F90C, 2),
        (0x1F923, 2), (0x1F9FF, 2), (0x1FA70, 2), (0x1FAE8, 2), (0x1FAE9, 2), (0x1FAEA, 2),
        (0x1FAF8, 2),
        // CJK Extension B and beyond, planes 2 and 3 (unassigned ones too)
        (0x20000, 2), (0x2A6DF, 2), (0x2A6E0, 2), (0x2B81E, 2), (0x2FFFD, 2), (0x30000, 2),
        (0x3134A, 2), (0x3FFFD, 2),
        // Private use, unassigned
        (0xE000, 1), (0xF8FF, 1), (0xF0000, 1), (0x0378, 1), (0x0E5C, 1),
    ]

    /// Scalars where DisplayWidth differs from wcwidth 0.7.0 on purpose: ours, then wcwidth's.
    static let wcwidthDiffers: [(scalar: UInt32, width: Int, wcwidth: Int)] = [
        // Spacing combining marks (Mc). wcwidth gives them 0 and adds a column back in
        // wcswidth when one follows a base; glibc gives them their East Asian Width (1, or
        // 2 for U+302E and U+16FF0). After a base they are part of its Character, which the
        // base measures; alone they are drawn in a column of their own.
        (0x0903, 1, 0), (0x093E, 1, 0), (0x0BBE, 1, 0), (0x302E, 2, 0), (0x16FF0, 2, 0),
        // Hangul fillers are letters (Lo) of East Asian Width W and H, as glibc counts them;
        // wcwidth makes them zero for being default-ignorable.
        (0x3164, 2, 0), (0xFFA0, 1, 0),
        // Line and paragraph separators are neither marks nor format characters; wcwidth
        // gives 0, glibc calls them unprintable (-1). One column, like any other character.
        (0x2028, 1, 0), (0x2029, 1, 0),
        // Unassigned code points set aside for future format characters: wcwidth already
        // gives them 0; unassigned code points here count one column unless the East Asian
        // Width data makes them wide.
        (0x2065, 1, 0), (0xFFF0, 1, 0), (0xE0000, 1, 0),
        // A regional indicator alone is East Asian Width N, 1 in glibc; wcwidth gives 2. A
        // pair of them, a flag, is one Character and takes 2 (see `sequences`).
        (0x1F1E6, 1, 2), (0x1F1FF, 1, 2),
    ]

    @Test func scalarsMatchWcwidth() {
        #expect(Self.wcwidthAgrees.count >= 150)
        for (value, width) in Self.wcwidthAgrees {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth.of(scalar) == width, "U+\(String(value, radix: 16, uppercase: true))")
            #expect(DisplayWidth.of(Character(scalar)) == width, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func scalarsThatDifferFromWcwidthOnPurpose() {
        for (value, width, _) in Self.wcwidthDiffers {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == width, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    /// C0 controls, DEL and C1 controls count one column (wcwidth: -1, NUL 0). They never
    /// reach DisplayWidth raw, as its documentation says: `Sanitized` escapes them first.
    @Test func controlCharactersCountOneColumn() {
        for value: UInt32 in [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 1, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    /// Characters of several scalars, with the width wcwidth 0.7.0's `wcwidth.width` gives
    /// unless a comment says otherwise.
    static let sequences: [(text: String, width: Int)] = [
        ("\u{1F44D}\u{1F3FD}", 2),                             // thumbs up, skin tone modifier
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2),     // family: ZWJ sequence
        ("\u{1F9D1}\u{200D}\u{1F4BB}", 2),                     // technologist: ZWJ sequence
        ("\u{2764}\u{FE0F}", 2),                               // red heart: narrow emoji + VS16
        ("\u{2764}\u{FE0F}\u{200D}\u{1F525}", 2),               // heart on fire: VS16 and ZWJ
        ("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", 2),              // rainbow flag: narrow first scalar
        // A ZWJ sequence without VS16 whose first emoji is narrow: wcwidth gives 1 (it widens
        // a narrow emoji only on VS16); a terminal that knows the sequence draws one emoji.
        ("\u{2764}\u{200D}\u{1F525}", 2),
        ("\u{263A}\u{FE0F}", 2), ("\u{26A0}\u{FE0F}", 2), ("\u{2601}\u{FE0F}", 2), ("\u{00A9}\u{FE0F}", 2),
        ("\u{2614}\u{FE0F}", 2),                               // already wide
        ("1\u{FE0F}\u{20E3}", 2), ("#\u{FE0F}\u{20E3}", 2),     // keycaps
        ("\u{1F1EF}\u{1F1F5}", 2),                             // flag: two regional indicators
        ("a\u{FE0F}", 1),                                      // VS16 on a letter is no emoji
        ("e\u{301}", 1),                                       // Latin + combining acute
        ("\u{1112}\u{1161}\u{11AB}", 2),                       // Hangul syllable from jamo
        ("\u{0915}\u{093C}", 1),                               // Devanagari ka + nukta
        ("\u{0E01}\u{0E34}", 1),                               // Thai ko kai + sara i
        ("\u{05E9}\u{05C1}", 1),                               // Hebrew shin + shin dot
        ("\u{0628}\u{0650}", 1),                               // Arabic beh + kasra
    ]

    @Test func sequencesMatchWcwidth() {
        for (text, width) in Self.sequences {
            #expect(text.count == 1, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) is one Character")
            #expect(DisplayWidth.of(Character(text)) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Mixed strings: the string's width is the sum over its Characters, and for these
    /// strings also what wcwidth 0.7.0's `wcwidth.width` gives. (wcwidth measures some
    /// clusters differently: a Devanagari consonant with a spacing vowel sign, `कि`, is 2
    /// there, 1 here, where the first scalar decides.)
    static let mixed: [(text: String, width: Int)] = [
        ("vpc-東京 café", 13),
        ("\u{0E20}\u{0E32}\u{0E29}\u{0E32}\u{0E44}\u{0E17}\u{0E22} \u{0928}\u{092E}", 10),
        ("\u{05E9}\u{05C1}\u{05DC}\u{05D5}\u{05DD} \u{0645}\u{0631}\u{062D}\u{0628}\u{0627}\u{064B}", 10),
        ("\u{1112}\u{1161}\u{11AB}\u{AE00} \u{FF21}\u{FF22} \u{2500}\u{253C}\u{2500}", 13),
        ("a\u{200B}b\u{2060}c\u{FEFF}", 3),
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} \u{2764}\u{FE0F} \u{1F1EF}\u{1F1F5} \u{1F44D}\u{1F3FD}", 11),
        ("soft\u{AD}hyphen e\u{301}x", 14),
    ]

    @Test func stringWidthIsTheSumOverItsCharacters() {
        for (text, width) in Self.mixed {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            #expect(DisplayWidth.of(text) == width, "\(text)")
        }
    }

    /// The binary search in `DisplayWidth.of` needs the generated table sorted and disjoint.
    @Test func wideRangesAreSortedAndDisjoint() {
        for (a, b) in zip(DisplayWidth.wide, DisplayWidth.wide.dropFirst()) {
            #expect(a.upperBound < b.lowerBound, "\(a) then \(b)")
        }
    }
}

/// ASCII strings are measured a byte a column; that must agree with measuring character
/// by character, including the one ASCII character of two bytes (CR LF).
@Suite struct DisplayWidthASCIITests {
    @Test(arguments: ["", "vpce-0a9ea7709f38ec82b", "tab\there", "bell\u{7}", "a\r\nb", "\r\n\r\n", "cr\ronly", "\u{7F}"])
    func asciiCountsAsEachCharacterDoes(_ text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    @Test func crLfIsOneCharacter() {
        #expect(DisplayWidth.of("a\r\nb") == 3)
    }
}
