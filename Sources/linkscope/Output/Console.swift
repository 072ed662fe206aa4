import Foundation
import SafeText
import Synchronization

/// The one way the CLI prints. Names, regions, notes and messages come from files the user
/// did not necessarily write, so every line passes through `Sanitized.text` here: an escape
/// sequence in the data cannot reach the terminal even where a formatter forgot it.
/// `Sanitized.line` stays the formatters' job where a value must keep to one line.
///
/// Output is buffered, flushed when the buffer fills, when a command ends
/// (`reportingFailures`) and at exit (which also covers ArgumentParser's `ExitCode`); a
/// command flushes itself where a person waits on a line (snapshot progress). Both
/// streams share the buffer, and a line for the other stream flushes it first, so stdout
/// and stderr interleave in the order they were written.
enum Console {
    /// Writes `text` and a line break to stdout.
    static func out(_ text: String) { append(text, to: STDOUT_FILENO) }

    /// Writes `text` and a line break to stderr.
    static func err(_ text: String) { append(text, to: STDERR_FILENO) }

    /// Writes `text` to stdout as it is, with no line break: the way in for writers that
    /// stream a document in pieces (`JSONWriter`, `TextTable`), so a 30 MB answer never
    /// exists whole. The pieces are escaped like every line.
    static func write(_ text: String) { append(text, to: STDOUT_FILENO, lineBreak: false) }

    /// Writes out whatever is buffered.
    static func flush() {
        pending.withLock { $0.flush() }
    }

    private static let capacity = 64 * 1024
    /// The CLI prints from one thread; the lock is what Swift 6 asks of shared state.
    private static let pending = Mutex(Pending())

    private static func append(_ text: String, to stream: Int32, lineBreak: Bool = true) {
        let clean = Sanitized.text(text)
        pending.withLock { buffer in
            if !buffer.flushesAtExit {
                atexit { Console.flush() }
                buffer.flushesAtExit = true
            }
            if buffer.stream != stream { buffer.flush() }
            buffer.stream = stream
            buffer.bytes.append(contentsOf: clean.utf8)
            if lineBreak { buffer.bytes.append(UInt8(ascii: "\n")) }
            if buffer.bytes.count >= capacity { buffer.flush() }
        }
    }

    private struct Pending {
        var bytes: [UInt8] = []
        var stream = STDOUT_FILENO
        var flushesAtExit = false

        /// Writes every byte, retrying short writes and interruptions; other errors (a
        /// closed pipe) drop the rest, as there is nowhere left to report them.
        mutating func flush() {
            defer { bytes.removeAll(keepingCapacity: true) }
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(stream, raw.baseAddress! + offset, raw.count - offset)
                    if written > 0 {
                        offset += written
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
        }
    }
}
