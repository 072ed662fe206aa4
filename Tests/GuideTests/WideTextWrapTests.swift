import Testing
@testable import Guide

@Suite struct WideTextWrapTests {
    @Test func wideCharactersCountTwoColumns() {
        // Six wide characters are twelve columns: they cannot share a ten-column line.
        #expect(TextWrap.lines("東京都 大阪府", width: 10) == ["東京都", "大阪府"])
        #expect(TextWrap.lines("abc def", width: 10) == ["abc def"])
    }
}
