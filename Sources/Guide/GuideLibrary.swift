/// The set of guide notes by topic id: the built-in notes, optionally merged with a folder
/// of the user's own. It answers what the panel and the `guide` command ask: which topics
/// exist, whether a link resolves, what a note relates to and where its facts come from.
public struct GuideLibrary: Sendable {
    private let notes: [String: Note]
    /// Notes that later ones replaced, by topic: a user's old copy of a note may predate a
    /// change the built-in one records (cross-region PrivateLink, say), so readers are told.
    private let replaced: [String: Note]

    /// A library of `notes`; a later note with the same topic replaces an earlier one.
    public init(notes: [Note]) {
        var byTopic: [String: Note] = [:]
        var replaced: [String: Note] = [:]
        for note in notes {
            let topic = note.topic.lowercased()
            if let earlier = byTopic[topic] { replaced[topic] = earlier }
            byTopic[topic] = note
        }
        self.notes = byTopic
        self.replaced = replaced
    }

    /// The note that `topic`'s note replaced (a built-in one, when the user's folder has the
    /// topic too), if any.
    public func replacedNote(_ topic: String) -> Note? {
        replaced[topic.lowercased()]
    }

    /// The notes compiled into the binary (from `Notes/*.md`), so a copied binary has them.
    public static let builtIn = GuideLibrary(notes: EmbeddedNotes.files.map { file in
        NoteParser.parse(file.text, file: "Notes/\(file.name).md", topic: file.name)
    })

    /// Every topic id, sorted.
    public var topics: [String] {
        notes.keys.sorted()
    }

    /// Every note, sorted by topic id.
    public var allNotes: [Note] {
        topics.compactMap { notes[$0] }
    }

    /// The note on `topic` (ignoring case), if there is one.
    public func note(_ topic: String) -> Note? {
        notes[topic.lowercased()]
    }

    /// The note a person means by `query`: a topic id, or a title (`AWS PrivateLink`), or a
    /// title with hyphens for spaces, all ignoring case.
    public func find(_ query: String) -> Note? {
        let wanted = query.lowercased()
        if let exact = notes[wanted] { return exact }
        if let hyphenated = notes[wanted.split(separator: " ").joined(separator: "-")] { return hyphenated }
        return allNotes.first { $0.title.lowercased() == wanted }
    }

    /// Whether a link leads somewhere: web addresses always do, a topic when its note exists.
    public func resolves(_ target: LinkTarget) -> Bool {
        switch target {
        case .url: return true
        case .topic(let topic): return notes[topic.lowercased()] != nil
        }
    }

    /// The wikilinks of the note's "Related…" section, in order, each topic once.
    public func related(_ note: Note) -> [(label: String, topic: String)] {
        Self.unique(note.section(startingWith: "Related")?.topicLinks ?? [], excluding: note.topic)
    }

    /// Every topic the note links to: its Related section first, then the wikilinks of the
    /// other sections in reading order, each topic once, the note itself left out. This is
    /// what `guide --json` lists as `related`: a vault note (like the seed) often names
    /// related topics in its text rather than in its Related section.
    public func linkedTopics(_ note: Note) -> [(label: String, topic: String)] {
        let first = note.section(startingWith: "Related")?.topicLinks ?? []
        return Self.unique(first + note.topicLinks, excluding: note.topic)
    }

    /// The web links of the note's "Sources" and "References" sections, in order, each
    /// address once (the first label wins).
    public func sources(_ note: Note) -> [(label: String, url: String)] {
        var seen: Set<String> = []
        return note.sections
            .filter { ["sources", "references"].contains($0.heading.lowercased().trimmingSpaces) }
            .flatMap(\.urlLinks)
            .filter { seen.insert($0.url).inserted }
    }

    /// `links` without repeats of a topic or links back to `own`.
    private static func unique(_ links: [(label: String, topic: String)], excluding own: String) -> [(label: String, topic: String)] {
        var seen: Set<String> = [own.lowercased()]
        return links.filter { seen.insert($0.topic).inserted }
    }

    /// The library with `replacing` added; a note on an existing topic replaces it.
    func adding(_ replacing: [Note]) -> GuideLibrary {
        GuideLibrary(notes: allNotes + replacing)
    }
}
