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
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr, as: UTF8.self))
}

/// Writes `text` to a new temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}
