import Foundation
import Testing

/// The CLI's escaping holds only while every byte it prints goes through `Console`: a
/// `print` or a direct write added later would skip it, so the sources are searched.
@Suite struct ConsoleBoundaryTests {
    @Test func onlyConsoleWritesToStdoutOrStderr() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/linkscope").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" && file.lastPathComponent != "Console.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in ["print(", "FileHandle.standardOutput", "FileHandle.standardError", "write(STDOUT_FILENO",
                            "write(STDERR_FILENO", "fputs("] {
                #expect(!text.contains(pattern), "\(file.lastPathComponent) uses \(pattern); print with Console.out or Console.err")
            }
            checked += 1
        }
        #expect(checked > 10)
    }
}
