import Foundation
import Topology

/// The formats linkscope reads, and the one way every command loads its `--source`
/// arguments: each source goes to the importer that recognises it, and the results merge
/// into one model. No source means the default sample.
public enum ImporterRegistry {
    /// Every importer, asked in this order.
    /// CloudFormation comes first: it claims the `sample:` names of its own samples, so
    /// they load with the template files they export to and import from.
    public static let importers: [any Importer] = [CloudFormationImporter(), SampleImporter(), SnapshotImporter(),
                                                   NativeImporter()]

    /// Loads and merges `sources` (paths or `sample:NAME`). With `options.strict`, any
    /// warning fails the load.
    public static func load(_ sources: [String], options: LoadOptions = LoadOptions()) throws(LoadError) -> NetworkModel {
        let specs = sources.isEmpty ? [SampleImporter.prefix + Samples.defaultName] : sources
        var owner: [Int] = []
        for spec in specs { owner.append(try importerIndex(for: spec)) }
        // An importer loads all its sources at once, where the first of them stands.
        var architectures: [Architecture] = []
        var loaded = Set<Int>()
        for index in owner where loaded.insert(index).inserted {
            let mine = zip(specs, owner).filter { $0.1 == index }.map(\.0)
            architectures += try importers[index].load(mine, options: options)
        }
        let warnings = architectures.flatMap(\.warnings)
        if options.strict, !warnings.isEmpty {
            let count = "\(warnings.count) unresolved value\(warnings.count == 1 ? "" : "s")"
            throw LoadError(.malformed, (warnings.map(\.asError) + ["--strict: \(count), each an error"]).joined(separator: "\n"))
        }
        return try NetworkModel(merging: architectures)
    }

    /// The formats, one a line, for messages.
    public static var formatList: String {
        importers.map { "  \($0.format): \($0.usage)" }.joined(separator: "\n")
    }

    private static func importerIndex(for spec: String) throws(LoadError) -> Int {
        let candidate = try candidate(spec)
        guard let index = importers.firstIndex(where: { $0.recognises(candidate) }) else {
            throw LoadError(.malformed, "\(spec): not a source linkscope can read; it reads\n\(formatList)")
        }
        return index
    }

    private static func candidate(_ spec: String) throws(LoadError) -> SourceCandidate {
        if spec.hasPrefix(SampleImporter.prefix) { return SourceCandidate(spec: spec, isFolder: false, head: []) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) else {
            throw LoadError(.unreadable, "\(spec): no such file or folder")
        }
        if isDirectory.boolValue { return SourceCandidate(spec: spec, isFolder: true, head: []) }
        // A pipe or a device would block the read or never end.
        var info = stat()
        guard stat(spec, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw LoadError(.unreadable, "\(spec): not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: spec) else {
            throw LoadError(.unreadable, "\(spec): cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: SourceCandidate.headLength)) ?? Data()
        return SourceCandidate(spec: spec, isFolder: false, head: [UInt8](head))
    }
}
