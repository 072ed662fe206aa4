import Foundation

/// Reads a note written in the seed's Obsidian format: front matter, a `# Title`, `##`
/// sections of paragraphs, nested bullets and `> [!kind] Title` callouts, with bold, italic,
/// code, images, web links and wikilinks inside. It never fails: a problem becomes a
/// warning naming file and line, and the text around it shows as written.
public enum NoteParser {
    /// Parses `text`. `file` names the note in warnings; the topic id defaults to the file
    /// name without `.md`, lower-cased.
    public static func parse(_ text: String, file: String, topic: String? = nil) -> Note {
        let topic = topic ?? Self.topic(forFile: file)
        var warnings: [String] = []
        // "\r\n" is one Character in Swift, so it must be named as a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let (matter, bodyStart) = FrontMatter.read(lines, file: file, warnings: &warnings)
        var body = NoteBody(file: file)
        for index in lines.indices.dropFirst(bodyStart) {
            body.add(lines[index], number: index + 1)
        }
        let sections = body.finish()
        warnings += body.warnings
        let title = matter.title.nonEmpty ?? body.title.nonEmpty ?? topic
        let summary = matter.summary.nonEmpty ?? firstSentence(of: sections) ?? ""
        return Note(topic: topic, title: title, summary: summary, asOf: matter.asOf.nonEmpty,
                    sections: sections, warnings: warnings)
    }

    /// Parses a note read from disk. Bytes that are not UTF-8 show as `�`, with a warning,
    /// so a damaged file still opens.
    public static func parse(data: Data, file: String, topic: String? = nil) -> Note {
        if let text = String(data: data, encoding: .utf8) { return parse(text, file: file, topic: topic) }
        let text = String(decoding: data, as: UTF8.self)
        var note = parse(text, file: file, topic: topic)
        let line = text.prefix { $0 != "\u{FFFD}" }.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
        note.warnings.insert("\(file):\(line): the file is not valid UTF-8; unreadable bytes show as \u{FFFD}", at: 0)
        return note
    }

    /// The topic id of a note file: its name without folders and `.md`, lower-cased, which is
    /// what a wikilink's last path component resolves to.
    public static func topic(forFile path: String) -> String {
        InlineParser.lastComponent(of: path).lowercased()
    }

    /// Up to the first full stop of the first paragraph with words, for notes whose front
    /// matter has no summary (the seed has none).
    private static func firstSentence(of sections: [NoteSection]) -> String? {
        for block in sections.flatMap(\.blocks) {
            guard case .paragraph(let inlines) = block else { continue }
            let text = inlines.filter { if case .image = $0 { false } else { true } }.plainText
                .trimmingSpaces
            guard !text.isEmpty else { continue }
            guard let stop = text.range(of: ". ") else { return text }
            return String(text[..<stop.lowerBound]) + "."
        }
        return nil
    }
}

/// The body of a note after its front matter: tracks the title, the current section, an
/// open callout and an open code block while lines arrive.
private struct NoteBody {
    let file: String
    private(set) var title: String?
    private(set) var warnings: [String] = []
    private var sections: [NoteSection] = []
    private var heading = ""
    private var section: BlockAssembler
    private var callout: (kind: String, title: [Inline], content: BlockAssembler)?
    private var codeFenceLine: Int?

    init(file: String) {
        self.file = file
        section = BlockAssembler(file: file)
    }

    mutating func add(_ text: String, number: Int) {
        let line = NoteLine.classify(text)
        if codeFenceLine != nil {
            if line == .fence { codeFenceLine = nil } else { section.addCode(text) }
            return
        }
        if case .quote(let depth, let inner) = line {
            addQuote(depth: depth, inner, number: number)
            return
        }
        closeCallout()
        switch line {
        case .fence:
            section.closeOpenBlock()
            codeFenceLine = number
        case .heading(1, let text) where title == nil:
            section.closeOpenBlock()
            title = parse(text, number).plainText
        case .heading(let level, let text) where level <= 2:
            startSection(parse(text, number).plainText)
        default:
            section.add(line, number: number)
        }
    }

    /// The sections, with whatever is still open closed.
    mutating func finish() -> [NoteSection] {
        closeCallout()
        startSection("")
        if let start = codeFenceLine {
            warnings.append("\(file):\(start): the code block is not closed by a '```' line")
        }
        // Warnings arrive as blocks close, not as lines are read; report them in line order.
        let prefix = file.count + 1
        func line(_ warning: String) -> Int { Int(warning.dropFirst(prefix).prefix { $0.isNumber }) ?? 0 }
        warnings = warnings.enumerated().sorted { a, b in
            (line(a.element), a.offset) < (line(b.element), b.offset)
        }.map(\.element)
        return sections
    }

    /// A `>` line: the header of a new callout, or a line inside the open one (a quote
    /// without `[!kind]` opens a callout of kind `quote`).
    private mutating func addQuote(depth: Int, _ inner: String, number: Int) {
        if depth == 1, let header = Self.calloutHeader(inner) {
            closeCallout()
            section.closeOpenBlock()
            callout = (header.kind, parse(header.title, number), BlockAssembler(file: file))
            return
        }
        if callout == nil {
            section.closeOpenBlock()
            callout = ("quote", [], BlockAssembler(file: file))
        }
        callout?.content.add(NoteLine.classify(inner), number: number, extraLevel: depth - 1)
    }

    private mutating func closeCallout() {
        guard var open = callout else { return }
        callout = nil
        let blocks = open.content.finish()
        warnings += open.content.warnings
        section.closeOpenBlock()
        section.addBlock(.callout(kind: open.kind, title: open.title, blocks: blocks))
    }

    private mutating func startSection(_ next: String) {
        let blocks = section.finish()
        warnings += section.warnings
        // Text before the first heading forms an untitled section only when there is some.
        if !heading.isEmpty || !blocks.isEmpty {
            sections.append(NoteSection(heading: heading, blocks: blocks))
        }
        heading = next
        section = BlockAssembler(file: file)
    }

    private mutating func parse(_ text: String, _ number: Int) -> [Inline] {
        let (inlines, found) = InlineParser.parse([(text, number)], file: file)
        warnings += found
        return inlines
    }

    /// `[!info] Key Components:` → (`info`, `Key Components:`); `[!tip]-` (folded) alike.
    private static func calloutHeader(_ text: String) -> (kind: String, title: String)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let kind = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        var rest = text[text.index(after: close)...]
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        return (kind.lowercased(), rest.trimmingSpaces)
    }
}

extension Optional where Wrapped == String {
    /// The string when it has something besides spaces, else nil.
    var nonEmpty: String? {
        guard let self, !self.trimmingSpaces.isEmpty else { return nil }
        return self
    }
}
