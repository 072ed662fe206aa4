import Topology
import Foundation
import Yams

/// Loads architecture files in the native `linkscope/v1` format (YAML, or JSON, which
/// is read by the same parser so errors carry lines and columns either way).
public enum NativeLoader {
    /// Reads and decodes the file at `path`.
    public static func load(path: String) throws(LoadError) -> Architecture {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(.unreadable, "\(path): no such file or folder")
        }
        guard !isDirectory.boolValue else {
            throw LoadError(.unreadable, "\(path): is a folder, not an architecture file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(.unreadable, "\(path): cannot be read (check its permissions)")
        }
        return try load(bytes: [UInt8](data), file: path)
    }

    /// Decodes `bytes` as if read from `file` (the name used in messages).
    public static func load(bytes: [UInt8], file: String) throws(LoadError) -> Architecture {
        let text = try TextCheck.decode(bytes, file: file)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw LoadError.at(SourceLocation(file: file, line: 1, column: 1),
                               "the file is empty; an architecture starts with 'format: \(NativeDecoder.formatVersion)'")
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw LoadError.at(SourceLocation(file: file, line: 1, column: 1), "the file holds no YAML document")
            }
            var decoder = NativeDecoder(file: file, bytes: bytes.count)
            try decoder.decode(root)
            return decoder.arch
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw YAMLErrorMessage.loadError(error, file: file)
        } catch {
            throw LoadError(.malformed, "\(file): \(error)")
        }
    }
}
