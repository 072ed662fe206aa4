/// `text` as a Swift raw multi-line string literal that evaluates to exactly `text`.
///
/// The delimiter has one `#` more than the longest run of `#` after a quote or backslash,
/// so nothing in the text can close the literal or start an escape. Counting is by Unicode
/// scalar, as the compiler reads, so a `#` that begins a keycap emoji still counts. A
/// carriage return would be read as a line break and other control characters are
/// rejected in source, so those are written as escapes.
func rawStringLiteral(_ text: String) -> String {
    var longestRun = 0
    var run = 0
    var afterQuoteOrBackslash = false
    for scalar in text.unicodeScalars {
        if scalar == "#" && afterQuoteOrBackslash {
            run += 1
            longestRun = max(longestRun, run)
        } else {
            afterQuoteOrBackslash = scalar == "\"" || scalar == "\\"
            run = 0
        }
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    var body = ""
    for scalar in text.unicodeScalars {
        if scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || scalar.value == 0x7F) {
            body.unicodeScalars.append(scalar)
        } else {
            body += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
        }
    }
    return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
}
