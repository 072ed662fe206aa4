import Foundation

extension GuideLibrary {
    /// This library plus the user's own notes: every `.md` file under `notesDirectory`,
    /// searched recursively (hidden folders such as `.obsidian` and `.trash` skipped). The
    /// topic id is the file name without `.md`, lower-cased; a note on a topic the library
    /// already has replaces it, so people can point linkscope at their own vault.
    ///
    /// Throws `NotesUnreadable(…)` (exit 66) when the folder or a note in it cannot
    /// be read. Malformed notes do not throw: they load with warnings.
    public func merging(notesDirectory: String) throws -> GuideLibrary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: notesDirectory, isDirectory: &isFolder) else {
            throw NotesUnreadable("\(notesDirectory): no such folder")
        }
        guard isFolder.boolValue else { throw NotesUnreadable("\(notesDirectory): not a folder") }
        var byTopic: [String: Note] = [:]
        var order: [String] = []
        for path in try Self.markdownFiles(in: notesDirectory) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw NotesUnreadable("\(path): cannot be read")
            }
            let note = NoteParser.parse(data: data, file: path)
            // Two files with one name in different folders: the first in path order wins,
            // and says so, rather than one silently hiding the other.
            if var kept = byTopic[note.topic] {
                kept.warnings.append("\(path):1: also names topic '\(note.topic)'; it is ignored")
                byTopic[note.topic] = kept
            } else {
                byTopic[note.topic] = note
                order.append(note.topic)
            }
        }
        return adding(order.compactMap { byTopic[$0] })
    }

    /// The `.md` files under `folder`, at any depth, in path order so results are stable;
    /// each path starts with `folder` as the user wrote it, so warnings name files alike.
    private static func markdownFiles(in folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw NotesUnreadable("\(folder): cannot be read")
        }
        var files: [String] = []
        for case let url as URL in walker where url.pathExtension.lowercased() == "md" {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
            guard isFile else { continue }
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            let inside = url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : nil
            let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            files.append(inside.map { "\(base)/\($0)" } ?? url.path)
        }
        return files.sorted()
    }
}
