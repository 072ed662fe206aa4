import SafeText
import ArgumentParser
import Foundation
import Guide
import Topology

/// `linkscope guide [TOPIC]`: the guide notes (when, where and why to use each kind of
/// element and each connectivity option) as wrapped text or JSON; no topic lists them.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide", abstract: "Read a guide note: when, where and why to use it (no topic: the list).")

    @Argument(help: ArgumentHelp("A topic id (e.g. private-link) or a note's title.", valueName: "TOPIC"))
    var topic: String?
    @Option(name: .long, help: ArgumentHelp(
        "A folder of your own notes (.md, searched recursively); a note on a built-in topic replaces it.",
        valueName: "DIR"))
    var notes: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            var library = GuideLibrary.builtIn
            if let notes { library = try library.merging(notesDirectory: notes) }
            guard let topic else {
                if json { Self.listJSON(library).emit() } else { Self.listTable(library).write() }
                return
            }
            let note = try Self.find(topic, in: library)
            if json {
                Self.json(note, library: library).emit()
            } else {
                for warning in note.warnings {
                    Console.err("warning: " + Sanitized.line(warning))
                }
                Console.out(NoteText.render(note, width: TerminalWidth.columns, library: library))
                if let builtIn = library.replacedNote(note.topic) {
                    Console.out("\n(This is your note. It replaces linkscope's own note on \(Sanitized.line(note.topic))"
                          + (builtIn.asOf.map { ", facts as of \($0)" } ?? "")
                          + "; run the command without --notes to read it.)")
                }
            }
        }
    }

    /// The note `query` names, or a failure (65) that suggests close topic ids.
    static func find(_ query: String, in library: GuideLibrary) throws -> Note {
        if let note = library.find(query) { return note }
        let near = Suggestion.near(query.lowercased(), in: library.topics)
        let hint = near.isEmpty ? "" : "; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        throw Failure.input("no guide note on '\(query)'\(hint) (linkscope guide lists them)")
    }

    static func listTable(_ library: GuideLibrary) -> TextTable {
        var table = TextTable("TOPIC", "SUMMARY")
        for note in library.allNotes { table.add([note.topic, note.summary]) }
        return table
    }

    static func listJSON(_ library: GuideLibrary) -> JSONValue {
        .array(library.allNotes.map { note in
            .object([("topic", .string(note.topic)), ("title", .string(note.title)), ("summary", .string(note.summary)),
                     ("asOf", note.asOf.map(JSONValue.string) ?? .null)])
        })
    }

    /// One note: each section's text is its plain-text layout; `related` holds every topic
    /// the note links to, its Related section first.
    static func json(_ note: Note, library: GuideLibrary) -> JSONValue {
        let sections = note.sections.map { section in
            JSONValue.object([("heading", .string(section.heading)),
                              ("text", .string(NoteText.render(section: section, width: 80, library: library)))])
        }
        let related = library.linkedTopics(note).map { link in
            JSONValue.object([("label", .string(link.label)), ("topic", .string(link.topic)),
                              ("resolves", .bool(library.resolves(.topic(link.topic))))])
        }
        let sources = library.sources(note).map { JSONValue.object([("label", .string($0.label)), ("url", .string($0.url))]) }
        return .object([
            ("topic", .string(note.topic)), ("title", .string(note.title)), ("summary", .string(note.summary)),
            ("asOf", note.asOf.map(JSONValue.string) ?? .null), ("sections", .array(sections)),
            ("related", .array(related)), ("sources", .array(sources)),
            ("warnings", .array(note.warnings.map(JSONValue.string))),
            ("replacesBuiltIn", library.replacedNote(note.topic).map { builtIn in
                .object([("title", .string(builtIn.title)), ("asOf", builtIn.asOf.map(JSONValue.string) ?? .null)])
            } ?? .null),
        ])
    }
}

/// How wide to lay text out: the terminal's width when stdout is one, else 80 (pipes and
/// files get stable output).
private enum TerminalWidth {
    static var columns: Int {
        guard isatty(STDOUT_FILENO) == 1 else { return 80 }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
