import Foundation

/// Turns the text of one block (a paragraph's joined lines, a bullet, a callout title) into
/// inline runs: emphasis, code, images, web links and wikilinks in every form the seed
/// uses. Markup that does not close is kept as written, with a warning naming its line,
/// because a note with a typo should still be readable.
struct InlineParser {
    /// The text as characters, and the file line each one came from (for warnings).
    let chars: [Character]
    let lines: [Int]
    let file: String
    var warnings: [String] = []

    /// Emphasis nested deeper than this is shown as written; real notes never come close,
    /// and the limit keeps hostile input from recursing without bound.
    private static let maximumDepth = 16

    /// Parses `segments` (text and its line number) as one block; segments join with a space,
    /// as consecutive lines of a paragraph do.
    static func parse(_ segments: [(text: String, line: Int)], file: String) -> (inlines: [Inline], warnings: [String]) {
        var chars: [Character] = [], lines: [Int] = []
        for (i, segment) in segments.enumerated() {
            if i > 0 { chars.append(" "); lines.append(segment.line) }
            chars.append(contentsOf: segment.text)
            lines.append(contentsOf: repeatElement(segment.line, count: segment.text.count))
        }
        var parser = InlineParser(chars: chars, lines: lines, file: file)
        let inlines = parser.parse(0..<chars.count, [], depth: 0)
        return (merged(inlines), parser.warnings)
    }

    init(chars: [Character], lines: [Int], file: String) {
        self.chars = chars
        self.lines = lines
        self.file = file
    }

    mutating func parse(_ range: Range<Int>, _ emphasis: Emphasis, depth: Int) -> [Inline] {
        var out: [Inline] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { out.append(.text(literal, emphasis)) }
            literal = ""
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let c = chars[i]
            let next = i + 1 < range.upperBound ? chars[i + 1] : nil
            if c == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                literal.append(next)
                i += 2
            } else if c == "`" {
                let run = runLength(at: i, in: range)
                if let close = findRun(of: "`", length: run, from: i + run, in: range) {
                    flush()
                    out.append(.text(codeText(i + run..<close), emphasis.union(.code)))
                    i = close + run
                } else {
                    warn(at: i, "unclosed '\(String(repeating: "`", count: run))'")
                    literal += String(repeating: "`", count: run)
                    i += run
                }
            } else if c == "!", next == "[", let found = link(at: i + 1, in: range) {
                flush()
                out.append(.image(alt: found.inline.plainText))
                i = found.end
            } else if c == "[", let found = link(at: i, in: range) {
                flush()
                out.append(found.inline)
                i = found.end
            } else if c == "<", let found = autolink(at: i, in: range) {
                flush()
                out.append(found.inline)
                i = found.end
            } else if c == "*" || c == "_" {
                let run = runLength(at: i, in: range)
                if depth < Self.maximumDepth, run <= 3, opens(at: i, run: run, in: range) {
                    if let close = closer(of: c, length: run, from: i + run, in: range) {
                        flush()
                        let inner: Emphasis = run == 1 ? .italic : run == 2 ? .bold : [.bold, .italic]
                        out += parse(i + run..<close, emphasis.union(inner), depth: depth + 1)
                        i = close + run
                        continue
                    }
                    warn(at: i, "unclosed '\(String(repeating: c, count: run))'")
                }
                literal += String(repeating: c, count: run)
                i += run
            } else {
                literal.append(c)
                i += 1
            }
        }
        flush()
        return out
    }

    // MARK: Emphasis and code

    /// Whether the `*`/`_` run at `i` can open emphasis: text must follow it directly, and an
    /// underscore inside a word (`TCP_UDP`) is just an underscore.
    private func opens(at i: Int, run: Int, in range: Range<Int>) -> Bool {
        let after = i + run
        guard after < range.upperBound, !chars[after].isWhitespace else { return false }
        if chars[i] == "_", i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return false }
        return true
    }

    /// The start of the run closing emphasis opened with `length` × `delimiter`, skipping
    /// code spans, links and escapes, which cannot close it.
    private func closer(of delimiter: Character, length: Int, from start: Int, in range: Range<Int>) -> Int? {
        var k = start
        while k < range.upperBound {
            let c = chars[k]
            if c == "\\" { k += 2; continue }
            if c == "`" {
                let run = runLength(at: k, in: range)
                k = (findRun(of: "`", length: run, from: k + run, in: range) ?? k) + run
                continue
            }
            if c == "[", k + 1 < range.upperBound, chars[k + 1] == "[",
               let end = (k + 2..<range.upperBound).first(where: { chars[$0] == "]" && $0 + 1 < range.upperBound && chars[$0 + 1] == "]" }) {
                k = end + 2
                continue
            }
            if c == delimiter {
                let run = runLength(at: k, in: range)
                let after = k + run
                let rightFlanking = k > start && !chars[k - 1].isWhitespace
                let wordEnds = delimiter == "*" || after >= range.upperBound || !(chars[after].isLetter || chars[after].isNumber)
                if run == length, rightFlanking, wordEnds { return k }
                k += run
                continue
            }
            k += 1
        }
        return nil
    }

    /// How many times the character at `i` repeats from there.
    func runLength(at i: Int, in range: Range<Int>) -> Int {
        var k = i
        while k < range.upperBound, chars[k] == chars[i] { k += 1 }
        return k - i
    }

    /// The start of the next run of exactly `length` × `c`.
    func findRun(of c: Character, length: Int, from start: Int, in range: Range<Int>) -> Int? {
        var k = start
        while k < range.upperBound {
            guard chars[k] == c else { k += 1; continue }
            let run = runLength(at: k, in: range)
            if run == length { return k }
            k += run
        }
        return nil
    }

    /// A code span's text; one space just inside each backtick run is padding, as in Markdown.
    private func codeText(_ range: Range<Int>) -> String {
        var text = String(chars[range])
        if text.count >= 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    mutating func warn(at i: Int, _ what: String) {
        let line = i < lines.count ? lines[i] : (lines.last ?? 1)
        warnings.append("\(file):\(line): \(what)")
    }

    /// Joins neighbouring text runs of the same emphasis, so a split at a delimiter that did
    /// not close leaves no seam.
    private static func merged(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let text, let emphasis) = inline, case .text(let before, let previous)? = out.last, previous == emphasis {
                out[out.count - 1] = .text(before + text, emphasis)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}
