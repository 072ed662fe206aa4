import Topology

/// What became of one file of a snapshot folder.
enum SnapshotFileOutcome: Equatable {
    /// Read: the calls whose output it held.
    case read([String])
    /// Left out, and why (`not JSON`, `no known top-level key`).
    case skipped(String)
    /// The manifest `linkscope snapshot` writes: neither AWS output nor a stray file.
    case manifest
}

/// The per-file account of a snapshot load that `show` prints, so a user sees at once
/// whether a collector's files were understood: `snapshot: 23 files read (describe-vpcs ×2,
/// …), 2 skipped (notes.txt: not JSON; foo.json: no known top-level key)`.
struct SnapshotReport {
    /// Skipped files named in full; the rest are counted.
    static let namedSkips = 5

    private var filesRead = 0
    private var callFiles: [String: Int] = [:]
    private var skipped: [(file: String, why: String)] = []

    /// Counts one file, named as the report shows it (its path inside the snapshot folder).
    mutating func add(_ outcome: SnapshotFileOutcome, file: String) {
        switch outcome {
        case .read(let calls):
            filesRead += 1
            for call in calls { callFiles[call, default: 0] += 1 }
        case .skipped(let why): skipped.append((file, why))
        case .manifest: break
        }
    }

    /// The report on one line; calls in the order `linkscope snapshot` makes them.
    var text: String {
        var order: [String] = []
        for call in SnapshotCalls.all where callFiles[call.command] != nil && !order.contains(call.command) { order.append(call.command) }
        let calls = order.map { callFiles[$0]! > 1 ? "\($0) ×\(callFiles[$0]!)" : $0 }
        var out = "snapshot: \(filesRead) file\(filesRead == 1 ? "" : "s") read (\(calls.joined(separator: ", ")))"
        guard !skipped.isEmpty else { return out }
        var named = skipped.prefix(Self.namedSkips).map { "\($0.file): \($0.why)" }
        if skipped.count > Self.namedSkips { named.append("and \(skipped.count - Self.namedSkips) more") }
        out += ", \(skipped.count) skipped (\(named.joined(separator: "; ")))"
        return out
    }
}
