import Testing
import SafeText

@Suite struct SanitizedTests {
    @Test func escapesTerminalControlSequences() {
        #expect(Sanitized.line("a\u{1B}]0;x\u{07}b") == "a\\e]0;x\\u{7}b")
        #expect(Sanitized.line("tab\there\nnext") == "tab\\there\\nnext")
        #expect(Sanitized.text("one\ntwo\u{9B}") == "one\ntwo\\u{9B}")
        #expect(Sanitized.line("rtl\u{202E}txt") == "rtl\\u{202E}txt")
    }

    @Test func escapesEveryC1ControlAndTheBidiMarks() {
        for value in UInt32(0x80)...0x9F {
            let scalar = Unicode.Scalar(value)!
            #expect(Sanitized.text("a\(scalar)b") == "a\\u{\(String(value, radix: 16, uppercase: true))}b")
        }
        #expect(Sanitized.line("\u{61C}\u{200E}\u{200F}\u{2066}") == "\\u{61C}\\u{200E}\\u{200F}\\u{2066}")
    }

    @Test func jsonQuoteEscapesWhatSanitizedDoes() {
        var out = ""
        JSONQuote.append("\u{1B}\u{7}\u{85}\u{9B}\u{61C}\u{200E}\u{200F}\u{202E}\u{2066}é", to: &out)
        #expect(out == #""\u001b\u0007\u0085\u009b\u061c\u200e\u200f\u202e\u2066é""#)
    }

    /// The all-ASCII shortcut must still send every control and quote to the slow path.
    @Test func theASCIIShortcutLetsNothingUnsafeThrough() {
        #expect(Sanitized.text("line one\nline two") == "line one\nline two")
        #expect(Sanitized.text("ok\n\u{7}bell\u{7F}") == "ok\n\\u{7}bell\\u{7F}")
        #expect(Sanitized.line("a\nb") == "a\\nb")
        var out = ""
        JSONQuote.append("plain-id", to: &out)
        JSONQuote.append("say \"hi\" \\ \u{1F}", to: &out)
        #expect(out == #""plain-id""say \"hi\" \\ \u001f""#)
    }

    /// Long text is checked eight bytes at a time: an unsafe byte anywhere, at any
    /// offset in its word, must still be found.
    @Test func everyUnsafeByteInLongTextIsFound() {
        let clean = String(repeating: "vpce-0123456789abcdef ", count: 5)
        #expect(Sanitized.text(clean) == clean)
        for offset in 0..<24 {
            for unsafe in ["\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{202E}"] {
                var text = clean
                text.insert(contentsOf: unsafe, at: text.index(text.startIndex, offsetBy: 40 + offset))
                #expect(Sanitized.text(text) != text, "\(unsafe.unicodeScalars.first!.value) at \(40 + offset)")
            }
        }
        let lines = String(repeating: "line of text\n", count: 10)
        #expect(Sanitized.text(lines) == lines)
    }

    @Test func leavesOrdinaryTextAlone() {
        #expect(Sanitized.line("café 東京 vpc-1") == "café 東京 vpc-1")
        #expect(Sanitized.isClean("plain"))
    }
}
