import Foundation
import Topology

/// Loads folders of AWS CLI JSON output (`--source DIR`): every file under them whose
/// top-level keys are output linkscope reads, merged into one architecture. Several
/// folders load together, so elements that several accounts see (a shared VPC, an AWS
/// service, both ends of a peering) are one element, not a duplicate.
public enum SnapshotLoader {
    /// Reads, recognises and links the files under `folders`. The files decode on every
    /// core at once; their records are read in file order, so the result, and the error
    /// reported when several files are bad, are those of reading them one by one.
    public static func load(folders: [String]) throws(LoadError) -> Architecture {
        var listed: [(folder: String, files: [String])] = []
        for folder in folders {
            guard SnapshotFolder.isFolder(folder) else {
                throw LoadError(.unreadable, "\(folder): no such file or folder")
            }
            listed.append((folder, try SnapshotFolder.files(in: folder)))
        }
        let paths = listed.flatMap(\.files)
        let decoded = BoundedWork.run(count: paths.count, width: ProcessInfo.processInfo.activeProcessorCount) { index in
            Result { () throws(LoadError) in try decodeFile(paths[index], index: index) }
        }

        var parts: [SnapshotRecords] = []
        parts.reserveCapacity(paths.count)
        var report = SnapshotReport()
        for (folder, files) in listed {
            var recognised = 0
            for path in files {
                let (outcome, read) = try decoded[parts.count].get()
                if case .read = outcome { recognised += 1 }
                parts.append(read)
                report.add(outcome, file: String(path.dropFirst(folder.count).drop { $0 == "/" }))
            }
            if recognised == 0 { throw nothingRecognised(in: folder, looked: files.count) }
        }
        var assembler = SnapshotAssembler(SnapshotRecordSet(files: paths.map(fileInfo), parts: parts), folders: folders)
        var arch = try assembler.assemble()
        arch.description += "\n" + report.text
        return arch
    }

    /// Decodes one file when it may be JSON; says what it held or why it was left out.
    private static func decodeFile(_ path: String, index: Int) throws(LoadError) -> (SnapshotFileOutcome, SnapshotRecords) {
        let file = try MappedFile(path: path)
        return try file.withBytes { (bytes) throws(LoadError) -> (SnapshotFileOutcome, SnapshotRecords) in
            guard SnapshotFolder.mayBeJSON(bytes) else { return (.skipped("not JSON"), SnapshotRecords()) }
            var reader = JSONPullReader(bytes, file: path)
            reader.onProgress = { [unowned file] offset in file.release(below: offset) }
            var decoder = SnapshotDecoder(fileIndex: index)
            let outcome = try decoder.decode(&reader, file: fileInfo(path))
            return (outcome, decoder.records)
        }
    }

    private static func fileInfo(_ path: String) -> SnapshotRecords.FileInfo {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return SnapshotRecords.FileInfo(path: path, folder: folder, pathRegion: SnapshotNames.region(ofPath: path),
                                        pathAccount: SnapshotNames.account(ofPath: path))
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
