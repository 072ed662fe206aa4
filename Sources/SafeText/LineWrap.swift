/// The one routine that breaks text into lines of terminal columns, for the explorer's
/// panes and for plain-text output alike. Text comes as runs, each with an attribute the
/// caller keeps (a style and a link, or nothing), so styled and plain text wrap the same.
///
/// Lines break at spaces; a word too long for a line of its own breaks after a separator
/// (`.` `-` `,` `/`), and only a piece with no separator is cut between characters. No
/// line is wider than `width`, and every step places at least one character, so wrapping
/// always ends, whatever the width and the text.
public enum LineWrap {
    /// Characters a long word may break after, keeping them at the end of the line: first
    /// between the parts of a name or path, then inside a part (`us-east-1`).
    static let separators: [Set<Character>] = [[".", ",", "/"], ["-"]]

    /// One line: its runs, and whether it starts with the continuation indent (a line
    /// whose indent would leave no room for text starts at the margin instead).
    public struct Line<Attribute> {
        public var runs: [(text: String, attribute: Attribute)]
        public var indented: Bool
    }

    /// Breaks `runs` into lines at most `width` columns wide. Continuation lines leave
    /// `indent` columns free at their start, for the caller to fill; the first line starts
    /// with whatever the runs start with (a label, a bullet).
    public static func lines<A>(_ runs: [(text: String, attribute: A)], width: Int, indent: Int = 0) -> [Line<A>] {
        // Most lines of a pane (a label and its value) fit as they are: one line, its
        // trailing spaces dropped, without splitting it into words. The runs stay whole
        // where the general path would split them at spaces; the text is the same.
        if runs.reduce(0, { $0 + DisplayWidth.of($1.text) }) <= max(1, width) {
            var layout = Layout<A>(width: max(1, width), indent: max(0, indent))
            layout.line.runs = runs.filter { !$0.text.isEmpty }
            return layout.finish()
        }
        var layout = Layout<A>(width: max(1, width), indent: max(0, indent))
        for word in words(runs) { layout.place(word) }
        return layout.finish()
    }

    /// Plain text broken into lines: the first starts with `first`, the rest with `rest`
    /// (both count toward the width). A no-break space (U+00A0) glues words (`label [1]`)
    /// and prints as a space.
    public static func plain(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let restWidth = DisplayWidth.of(rest)
        return lines([(first + text, ())], width: width, indent: restWidth).map { line in
            let body = line.runs.map(\.text).joined()
            return String(((line.indented ? rest : "") + body).map { $0 == glue ? " " : $0 })
        }
    }

    /// Joins words that must stay on one line; shown as a space.
    public static let glue: Character = "\u{00A0}"

    /// A word: the spaces before it, and its characters, each run keeping its attribute.
    struct Word<A> {
        var spaces: [(text: String, attribute: A)] = []
        var parts: [(text: String, attribute: A)] = []
    }

    /// Splits runs into words at spaces; a word may span runs (`label` + `,`), so
    /// punctuation never starts a line on its own.
    static func words<A>(_ runs: [(text: String, attribute: A)]) -> [Word<A>] {
        var out: [Word<A>] = []
        var word = Word<A>()
        for run in runs {
            var spaces = "", text = ""
            func flushText() {
                guard !text.isEmpty else { return }
                word.parts.append((text, run.attribute))
                text = ""
            }
            func flushSpaces() {
                guard !spaces.isEmpty else { return }
                word.spaces.append((spaces, run.attribute))
                spaces = ""
            }
            for character in run.text {
                if character == " " {
                    flushText()
                    if !word.parts.isEmpty {
                        out.append(word)
                        word = Word()
                    }
                    spaces.append(character)
                } else {
                    flushSpaces()
                    text.append(character)
                }
            }
            flushSpaces()
            flushText()
        }
        if !word.parts.isEmpty || !word.spaces.isEmpty { out.append(word) }
        return out
    }

    /// Lines being filled, one character-bearing step at a time.
    struct Layout<A> {
        let width: Int
        let indent: Int
        var done: [Line<A>] = []
        var line = Line<A>(runs: [], indented: false)
        var used = 0
        /// True once the current line holds anything but the spaces it started with.
        var hasText = false

        init(width: Int, indent: Int) {
            self.width = width
            self.indent = indent
        }

        /// Columns the current line may take in all.
        var room: Int { line.indented ? width - indent : width }

        mutating func place(_ word: Word<A>) {
            let wordWidth = word.parts.reduce(0) { $0 + DisplayWidth.of($1.text) }
            // Spaces are kept inside a line and at the very start (an indent the caller
            // chose), and dropped where a line breaks.
            let keepSpaces = (done.isEmpty && !hasText) || hasText
            let lead = keepSpaces ? word.spaces.reduce(0) { $0 + DisplayWidth.of($1.text) } : 0
            if used + lead + wordWidth <= room {
                if keepSpaces { append(word.spaces) }
                append(word.parts)
                return
            }
            if hasText, wordWidth <= width - continuationIndent {
                newLine()
                append(word.parts)
                return
            }
            // Longer than a line: start it here, after its spaces when they leave room.
            if keepSpaces, used + lead < room { append(word.spaces) }
            for piece in pieces(word.parts, at: LineWrap.separators[0]) { placeLong(piece, level: 0) }
        }

        /// The indent a new line gets: none when it would leave no room.
        var continuationIndent: Int { width - indent >= 1 ? indent : 0 }

        /// A piece of a long word: on this line if it fits, else on the next; one wider than
        /// a line breaks at the next kind of separator, and at last between characters.
        mutating func placeLong(_ piece: [(text: String, attribute: A)], level: Int) {
            let pieceWidth = piece.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let fitsALine = pieceWidth <= width - continuationIndent
            if used + pieceWidth > room, hasText, fitsALine { newLine() }
            if used + pieceWidth <= room {
                append(piece)
            } else if level + 1 < LineWrap.separators.count {
                for smaller in pieces(piece, at: LineWrap.separators[level + 1]) { placeLong(smaller, level: level + 1) }
            } else {
                for run in piece {
                    for character in run.text { placeCharacter(character, run.attribute) }
                }
            }
        }

        mutating func placeCharacter(_ character: Character, _ attribute: A) {
            let columns = DisplayWidth.of(character)
            if used + columns > room {
                if hasText {
                    newLine()
                } else {
                    // Leading spaces give way before text does.
                    line.runs.removeAll()
                    used = 0
                }
            }
            if used + columns > room, line.indented { line.indented = false }
            // Wider than a whole line (a wide character at width 1): mark that something is there.
            append([(used + columns > room ? "…" : String(character), attribute)])
        }

        mutating func append(_ runs: [(text: String, attribute: A)]) {
            for run in runs where !run.text.isEmpty {
                line.runs.append(run)
                used += DisplayWidth.of(run.text)
                if run.text.contains(where: { $0 != " " }) { hasText = true }
            }
        }

        mutating func newLine() {
            trimTrailingSpaces()
            done.append(line)
            line = Line(runs: [], indented: continuationIndent > 0)
            used = 0
            hasText = false
        }

        mutating func trimTrailingSpaces() {
            while let last = line.runs.last, last.text.hasSuffix(" ") {
                let trimmed = String(last.text.dropLast(last.text.reversed().prefix { $0 == " " }.count))
                if trimmed.isEmpty { line.runs.removeLast() } else { line.runs[line.runs.count - 1].text = trimmed }
            }
        }

        mutating func finish() -> [Line<A>] {
            trimTrailingSpaces()
            done.append(line)
            return done
        }

        /// A long word's pieces, each ending after a separator (the last may not).
        func pieces(_ parts: [(text: String, attribute: A)], at separators: Set<Character>) -> [[(text: String, attribute: A)]] {
            var out: [[(text: String, attribute: A)]] = []
            var piece: [(text: String, attribute: A)] = []
            for part in parts {
                var text = ""
                for character in part.text {
                    text.append(character)
                    if separators.contains(character) {
                        piece.append((text, part.attribute))
                        out.append(piece)
                        piece = []
                        text = ""
                    }
                }
                if !text.isEmpty { piece.append((text, part.attribute)) }
            }
            if !piece.isEmpty { out.append(piece) }
            return out
        }
    }
}
