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

    /// True when stderr is a terminal, where progress may be one line redrawn in place.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Shows `text` as the status line at the bottom of stderr, in place of the last one
    /// (for a terminal: callers check `stderrIsTerminal`). It is escaped like every line,
    /// cut to the terminal's width (a line that wrapped could not be redrawn) and written
    /// at once. The carriage return and erase-line sequences around it are linkscope's
    /// own, never from data; the next ordinary line on either stream erases it first.
    static func status(_ text: String) {
        let line = fitted(Sanitized.line(text), columns: stderrColumns - 1)
        pending.withLock { buffer in
            buffer.flush()
            buffer.writeNow(Array(("\r" + line + eraseToEndOfLine).utf8), to: STDERR_FILENO)
            buffer.statusShown = true
        }
    }

    /// Erases the status line, if one is shown.
    static func clearStatus() {
        pending.withLock { $0.eraseStatus() }
    }

    private static let eraseToEndOfLine = "\u{1B}[K"

    /// The width of the terminal on stderr; 80 when it cannot tell.
    private static var stderrColumns: Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// The start of `text` that fits in `columns`.
    private static func fitted(_ text: String, columns: Int) -> String {
        var out = "", used = 0
        for character in text {
            used += DisplayWidth.of(character)
            if used > columns { break }
            out.append(character)
        }
        return out
    }

    private static let capacity = 64 * 1024
    /// Snapshot calls report from several threads at once: the lock keeps lines whole.
    private static let pending = Mutex(Pending())

    private static func append(_ text: String, to stream: Int32, lineBreak: Bool = true) {
        let clean = Sanitized.text(text)
        pending.withLock { buffer in
            if !buffer.flushesAtExit {
                atexit { Console.flush() }
                buffer.flushesAtExit = true
            }
            buffer.eraseStatus()
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
        /// True while a status line is on stderr, to be erased before the next line.
        var statusShown = false

        /// Erases the status line: what is buffered goes first, then the erase sequence.
        mutating func eraseStatus() {
            guard statusShown else { return }
            flush()
            writeNow(Array(("\r" + Console.eraseToEndOfLine).utf8), to: STDERR_FILENO)
            statusShown = false
        }

        /// Writes `bytes` to `stream` now, past the buffer (which the caller has flushed).
        mutating func writeNow(_ bytes: [UInt8], to stream: Int32) {
            let kept = (self.bytes, self.stream)
            (self.bytes, self.stream) = (bytes, stream)
            flush()
            (self.bytes, self.stream) = kept
        }

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
