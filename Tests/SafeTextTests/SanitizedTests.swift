import Testing
import SafeText

@Suite struct SanitizedTests {
    @Test func escapesTerminalControlSequences() {
        #expect(Sanitized.line("a\u{1B}]0;x\u{07}b") == "a\\e]0;x\\u{7}b")
        #expect(Sanitized.line("tab\there\nnext") == "tab\\there\\nnext")
        #expect(Sanitized.text("one\ntwo\u{9B}") == "one\ntwo\\u{9B}")
        #expect(Sanitized.line("rtl\u{202E}txt") == "rtl\\u{202E}txt")
    }

    @Test func leavesOrdinaryTextAlone() {
        #expect(Sanitized.line("café 東京 vpc-1") == "café 東京 vpc-1")
        #expect(Sanitized.isClean("plain"))
    }
}
