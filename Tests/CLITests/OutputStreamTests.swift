import Foundation
import Testing

/// Large outputs on both streams: the runner drains both pipes, and the CLI's buffered
/// writer loses nothing and keeps stdout and stderr in the order it wrote them.
@Suite struct OutputStreamTests {
    /// A note with 6,000 unclosed `**`, one warning each: over 200 KB on stderr before the
    /// note on stdout. A runner that reads stdout to its end first never finishes this run.
    static func noisyNotes() throws -> String {
        let text = "# Noisy\n## What\n" + (0..<6000).map { "line \($0) **unclosed\n\n" }.joined()
        return URL(fileURLWithPath: try temporaryFile("noisy.md", text)).deletingLastPathComponent().path
    }

    @Test func moreThanAPipeFullOnStderrArrivesWhole() throws {
        let run = try linkscope("guide", "noisy", "--notes", try Self.noisyNotes())
        #expect(run.status == 0)
        #expect(run.stderr.utf8.count > 200_000)
        let warnings = run.stderr.split(separator: "\n")
        #expect(warnings.count == 6000 && warnings.allSatisfy { $0.hasPrefix("warning: ") && $0.hasSuffix("unclosed '**'") })
        #expect(run.stdout.contains("line 5999 **unclosed\n"))
    }

    @Test func theRunnerDrainsStderrWhileItReadsStdout() throws {
        let run = try runProcess(URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", "head -c 200000 /dev/zero | tr '\\000' e >&2; echo done"])
        #expect(run.stdout == "done\n")
        #expect(run.stderr.utf8.count == 200_000)
    }

    /// Through one pipe (`2>&1`) every warning comes before the note, as they were written.
    @Test func stdoutAndStderrKeepTheirOrderInOnePipe() throws {
        let run = try runProcess(URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", "\"$0\" guide noisy --notes \"$1\" 2>&1", binary.path, try Self.noisyNotes()])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(6000).allSatisfy { $0.hasPrefix("warning: ") })
        #expect(lines.dropFirst(6000).first == "Noisy")
        #expect(!lines.dropFirst(6000).contains { $0.hasPrefix("warning: ") })
    }
}
