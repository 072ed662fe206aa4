import Foundation

/// The result of running the built `linkscope` binary.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The `linkscope` executable next to this test bundle.
let binary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("linkscope")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/linkscope")
        .standardizedFileURL
}()

/// Runs `linkscope` with `arguments` and no terminal.
func linkscope(_ arguments: String..., in directory: URL? = nil) throws -> Run {
    try linkscope(arguments: arguments, in: directory)
}

/// Runs `linkscope` with `arguments` and no terminal, in `environment` when given.
func linkscope(arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Run {
    try runProcess(binary, arguments: arguments, in: directory, environment: environment)
}

/// Runs `executable` with `arguments` and no terminal and collects both of its outputs.
/// stderr is read on its own thread while stdout is read here: a child that fills one
/// pipe (64 KiB) while the runner waits on the other would otherwise never finish.
func runProcess(_ executable: URL, arguments: [String], in directory: URL? = nil,
                environment: [String: String]? = nil) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stderr = PipeReader(err.fileHandleForReading)
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr.data(), as: UTF8.self))
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private var contents = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.contents = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    /// Everything the pipe held, once the writer has closed it.
    func data() -> Data {
        done.wait()
        return contents
    }
}

/// Writes `text` to a new temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}
