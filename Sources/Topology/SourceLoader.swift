import Foundation

/// Loads the `SOURCE` arguments of the command line (files, `sample:NAME`) and merges
/// them into one topology; no source means the default sample.
public enum SourceLoader {
    public static let samplePrefix = "sample:"

    public static func load(_ sources: [String]) throws(LoadError) -> Topology {
        let specs = sources.isEmpty ? [samplePrefix + Samples.defaultName] : sources
        var architectures: [Architecture] = []
        for spec in specs {
            architectures.append(try loadOne(spec))
        }
        return try Topology(merging: architectures)
    }

    static func loadOne(_ spec: String) throws(LoadError) -> Architecture {
        if spec.hasPrefix(samplePrefix) {
            return try Samples.load(String(spec.dropFirst(samplePrefix.count)))
        }
        return try NativeLoader.load(path: spec)
    }
}
