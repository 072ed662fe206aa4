import Foundation

/// Loads the `SOURCE` arguments of the command line (files, folders of AWS CLI output,
/// `sample:NAME`) and merges them into one topology; no source means the default sample.
public enum SourceLoader {
    public static let samplePrefix = "sample:"

    public static func load(_ sources: [String]) throws(LoadError) -> Topology {
        let specs = sources.isEmpty ? [samplePrefix + Samples.defaultName] : sources
        // Snapshot folders load as one source, where the first of them stands, so that what
        // several accounts' snapshots all see (a shared VPC, an AWS service) is one element.
        let folders = specs.filter { !$0.hasPrefix(samplePrefix) && SnapshotFolder.isFolder($0) }
        var architectures: [Architecture] = []
        for spec in specs {
            if folders.contains(spec) {
                if spec == folders.first { architectures.append(try SnapshotLoader.load(folders: folders)) }
            } else {
                architectures.append(try loadOne(spec))
            }
        }
        return try Topology(merging: architectures)
    }

    static func loadOne(_ spec: String) throws(LoadError) -> Architecture {
        if spec.hasPrefix(samplePrefix) {
            return try Samples.load(String(spec.dropFirst(samplePrefix.count)))
        }
        if SnapshotFolder.isFolder(spec) {
            return try SnapshotLoader.load(folders: [spec])
        }
        return try NativeLoader.load(path: spec)
    }
}
