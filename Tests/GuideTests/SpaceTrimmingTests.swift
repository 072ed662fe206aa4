import Foundation
import Testing
@testable import Guide

/// The notes' own trim against Foundation's `trimmingCharacters(in: .whitespaces)`, which
/// it replaces, over every string of up to five characters from spaces of several kinds,
/// tabs, letters, CJK, emoji and a precomposed accent.
@Suite struct SpaceTrimmingTests {
    @Test func trimsWhatFoundationTrims() {
        let alphabet = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "a", "漢", "😀", "é"]
        var layer = [""]
        var texts = [""]
        for _ in 1...5 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += layer
        }
        for text in texts {
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aSpaceCarryingACombiningMarkStays() {
        // Foundation trims the space and leaves the mark alone; a character is kept whole.
        #expect(" \u{301}x ".trimmingSpaces == " \u{301}x")
        #expect("\n x\n".trimmingSpaces == "\n x\n", "line breaks are not spaces")
    }
}
