import Topology

/// One format linkscope reads. An importer recognises its sources by what they hold (or,
/// for samples, by their `sample:` name), never by a file's extension alone, so a file
/// that no importer claims gets one message listing what linkscope reads instead of a
/// parser's complaint about the wrong format.
public protocol Importer: Sendable {
    /// The format, as the list of known formats names it.
    var format: String { get }
    /// How a user gives a source of this format, for that list.
    var usage: String { get }
    /// Whether `source` is of this format.
    func recognises(_ source: SourceCandidate) -> Bool
    /// Loads every source of this format given on one command line. Most importers return
    /// one architecture per source; one may merge several (snapshot folders of several
    /// accounts load as one, so what they all see is one element).
    func load(_ specs: [String]) throws(LoadError) -> [Architecture]
    /// The same, with what the command line says about sources (parameters, region,
    /// account); formats that need none of it load as `load(_:)` does.
    func load(_ specs: [String], options: LoadOptions) throws(LoadError) -> [Architecture]
}

extension Importer {
    /// Loads as `load(_:)` does, for formats that take nothing from the options.
    public func load(_ specs: [String], options: LoadOptions) throws(LoadError) -> [Architecture] {
        try load(specs)
    }
}

/// A source as given on the command line, with what importers look at to recognise it.
public struct SourceCandidate: Sendable {
    /// As given: a path, or `sample:NAME`.
    public let spec: String
    public let isFolder: Bool
    /// The first bytes of a file (at most `headLength`); empty for folders and samples.
    public let head: [UInt8]

    /// How much of a file importers may look at to recognise it.
    public static let headLength = 64 * 1024

    public init(spec: String, isFolder: Bool, head: [UInt8]) {
        self.spec = spec
        self.isFolder = isFolder
        self.head = head
    }
}
