import ArgumentParser
import Foundation
import Guide
import SafeText
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
    /// contract's exit code, so every command reports them alike.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as LoadError {
            FileHandle.standardError.write(Data((Sanitized.text(error.message) + "\n").utf8))
            throw ExitCode(error.exitCode)
        } catch let error as NotesUnreadable {
            FileHandle.standardError.write(Data((Sanitized.text(error.message) + "\n").utf8))
            throw ExitCode(66)
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((Sanitized.text(failure.message) + "\n").utf8))
            throw ExitCode(failure.code)
        }
    }
}
