import Topology

/// The shipped samples, named `sample:NAME`.
struct SampleImporter: Importer {
    static let prefix = "sample:"
    let format = "shipped sample"
    var usage: String { "sample:NAME, one of \(Samples.names.joined(separator: ", ")) (linkscope samples)" }

    func recognises(_ source: SourceCandidate) -> Bool { source.spec.hasPrefix(Self.prefix) }

    func load(_ specs: [String]) throws(LoadError) -> [Architecture] {
        var out: [Architecture] = []
        for spec in specs { out.append(try Samples.load(String(spec.dropFirst(Self.prefix.count)))) }
        return out
    }
}
