import Topology

/// Loads folders of AWS CLI JSON output (`--source DIR`): every file under them whose
/// top-level keys are output linkscope reads, merged into one architecture. Several
/// folders load together, so elements that several accounts see (a shared VPC, an AWS
/// service, both ends of a peering) are one element, not a duplicate.
public enum SnapshotLoader {
    /// Reads, recognises and links the files under `folders`.
    public static func load(folders: [String]) throws(LoadError) -> Architecture {
        var decoder = SnapshotDecoder()
        var report = SnapshotReport()
        for folder in folders {
            guard SnapshotFolder.isFolder(folder) else {
                throw LoadError(.unreadable, "\(folder): no such file or folder")
            }
            let files = try SnapshotFolder.files(in: folder)
            var recognised = 0
            for path in files {
                let outcome = try decodeFile(path, with: &decoder)
                if case .read = outcome { recognised += 1 }
                report.add(outcome, file: String(path.dropFirst(folder.count).drop { $0 == "/" }))
            }
            if recognised == 0 { throw nothingRecognised(in: folder, looked: files.count) }
        }
        var assembler = SnapshotAssembler(decoder.records, folders: folders)
        var arch = try assembler.assemble()
        arch.description += "\n" + report.text
        return arch
    }

    /// Decodes one file when it may be JSON; says what it held or why it was left out.
    private static func decodeFile(_ path: String, with decoder: inout SnapshotDecoder) throws(LoadError) -> SnapshotFileOutcome {
        let file = try MappedFile(path: path)
        return try file.withBytes { (bytes) throws(LoadError) -> SnapshotFileOutcome in
            guard SnapshotFolder.mayBeJSON(bytes) else { return .skipped("not JSON") }
            var reader = JSONPullReader(bytes, file: path)
            reader.onProgress = { [unowned file] offset in file.release(below: offset) }
            let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            let info = SnapshotRecords.FileInfo(path: path, folder: folder, pathRegion: SnapshotNames.region(ofPath: path),
                                                pathAccount: SnapshotNames.account(ofPath: path))
            return try decoder.decode(&reader, file: info)
        }
    }

    private static func nothingRecognised(in folder: String, looked: Int) -> LoadError {
        let commands = SnapshotCalls.all.map { "  " + $0.commandLine }.joined(separator: "\n")
        return LoadError(.malformed, """
            \(folder): no AWS CLI output found (\(looked) file\(looked == 1 ? "" : "s") looked at); \
            a snapshot folder holds the JSON these commands print, in any files and subfolders:
            \(commands)
            or let linkscope run them: linkscope snapshot --out \(folder)
            """)
    }
}
