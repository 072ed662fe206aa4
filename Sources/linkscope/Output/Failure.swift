import ArgumentParser
import Guide
import Topology

/// Errors a command reports with a message and one of the contract's exit codes.
struct Failure: Error {
    let message: String
    let code: Int32

    /// The input is malformed, inconsistent, or names something that is not there (65).
    static func input(_ message: String) -> Failure { Failure(message: message, code: 65) }
}

extension ParsableCommand {
    /// Runs `body`, turning load errors and failures into a message on stderr and the
    /// contract's exit code, so every command reports them alike. The output is flushed
    /// before ArgumentParser reports any other error, so that report comes last.
    func reportingFailures(_ body: () throws -> Void) throws {
        defer { Console.flush() }
        do {
            try body()
        } catch let error as LoadError {
            Console.err(error.message)
            throw ExitCode(error.exitCode)
        } catch let error as NotesUnreadable {
            Console.err(error.message)
            throw ExitCode(66)
        } catch let failure as Failure {
            Console.err(failure.message)
            throw ExitCode(failure.code)
        }
    }
}
