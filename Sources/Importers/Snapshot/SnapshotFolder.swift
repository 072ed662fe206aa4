import Topology
import Foundation

/// Finding the files of a snapshot folder: every regular file at any depth, hidden files
/// and folders left out, in a stable order so that loads are reproducible.
enum SnapshotFolder {
    /// True when `path` is an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The files under `folder`, as paths that start with `folder`, sorted.
    static func files(in folder: String) throws(LoadError) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw LoadError(.unreadable, "\(folder): cannot be read (check its permissions)")
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if type == .typeDirectory { walker.skipDescendants() }
                continue
            }
            if type == .typeRegular || (type == .typeSymbolicLink && isRegularFile(prefix + relative)) {
                out.append(prefix + relative)
            }
        }
        return out.sorted()
    }

    /// True when `path` is, or links to, a regular file (not a folder, pipe or device, which
    /// could not be read or would block).
    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True when the file's first character (after a byte-order mark and whitespace) is `{`
    /// or `[`: only such files can be AWS CLI output (an object, or a list of them a
    /// collector gathered), so text notes, YAML and scripts beside it are left alone.
    static func mayBeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
    }
}
