import Foundation
import Importers
import SafeText

/// The `aws` command as `linkscope snapshot` runs it: one call at a time per thread, its
/// output written straight to a file. linkscope never talks to AWS itself; the CLI the
/// user configured does, with its credentials and profiles. A value, so several threads
/// can run calls at once.
struct AWSCLI: Sendable {
    let executable: URL
    let profile: String?
    let endpointURL: String?

    /// What one call gave: its output (kept in memory only for the small identity call),
    /// or why it failed.
    enum Outcome: Sendable {
        case saved(Data, Int)
        case failed(String)
    }

    /// How often a throttled call is tried in all, and the wait before the first retry
    /// (doubled for each next one, with up to half again at random so that calls
    /// throttled together do not retry together).
    static let attempts = 4
    static let firstBackoff = 0.5

    /// The `aws` executable on PATH, or a failure that says how to get it.
    static func find() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("aws")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(message: "the aws command is not on PATH; install the AWS CLI (https://aws.amazon.com/cli/) and "
                      + "configure credentials, or save the output of the describe calls yourself (linkscope snapshot --help lists them)",
                      code: 69)
    }

    /// Runs one call (for `item`, when it is made per item), again after a pause while
    /// AWS throttles it. Its output goes straight to `file` (through a temporary name, so a
    /// failed call leaves nothing behind and a reader never sees half a file) or, when
    /// `file` is nil, is returned. Output that does not name its item gets the member that
    /// does (`"TransitGatewayRouteTableId": "tgw-rtb-…"`), so the file is read by content.
    func run(_ call: SnapshotCall, region: String?, item: String? = nil, to file: URL?) throws -> Outcome {
        var arguments = [call.service, call.command]
        var naming: (key: String, value: String)?
        if let item, let perItem = call.perItem {
            arguments += [perItem.option, item]
            naming = perItem.nameKey.map { ($0, item) }
        }
        arguments += call.arguments + ["--output", "json"]
        if let region { arguments += ["--region", region] }
        if let profile { arguments += ["--profile", profile] }
        if let endpointURL { arguments += ["--endpoint-url", endpointURL] }
        var backoff = Self.firstBackoff
        for attempt in 1...Self.attempts {
            let (status, output, errors) = try Self.execute(executable, arguments, to: file, naming: naming)
            if status == 0 {
                let size = file.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }
                return .saved(output, size ?? output.count)
            }
            let reason = Self.lastLine(errors) ?? "exit status \(status)"
            guard attempt < Self.attempts, Self.isThrottling(reason) else { return .failed(reason) }
            Thread.sleep(forTimeInterval: backoff * Double.random(in: 1...1.5))
            backoff *= 2
        }
        return .failed("unreachable")
    }

    /// True for the errors AWS gives when calls come too fast: worth another try later.
    static func isThrottling(_ reason: String) -> Bool {
        ["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "Rate exceeded",
         "SlowDown"].contains { reason.contains($0) }
    }

    /// Runs `aws` with `arguments`: its stdout into `file` (or memory), its stderr into
    /// memory; `naming` is a member to add to the output object before it takes its name.
    static func execute(_ aws: URL, _ arguments: [String], to file: URL?,
                        naming: (key: String, value: String)? = nil) throws -> (status: Int32, output: Data, errors: Data) {
        let process = Process()
        process.executableURL = aws
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["AWS_PAGER"] = ""  // AWS CLI v2 would otherwise page long output
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-aws-\(UUID().uuidString)")
        let partial = file.map { $0.appendingPathExtension("partial") } ?? scratch.appendingPathExtension("out")
        let stderrFile = scratch.appendingPathExtension("err")
        defer { try? FileManager.default.removeItem(at: stderrFile) }
        try? FileManager.default.createDirectory(at: partial.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              FileManager.default.createFile(atPath: stderrFile.path, contents: nil),
              let stdout = FileHandle(forWritingAtPath: partial.path), let stderr = FileHandle(forWritingAtPath: stderrFile.path)
        else { throw Failure(message: "\(partial.path): cannot be written", code: 73) }
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot run \(aws.path): \(error.localizedDescription)", code: 69)
        }
        process.waitUntilExit()
        try? stdout.close()
        try? stderr.close()
        let errors = (try? Data(contentsOf: stderrFile)) ?? Data()
        if let file, process.terminationStatus == 0 {
            if let naming { try name(partial, naming) }
            _ = try? FileManager.default.removeItem(at: file)
            try FileManager.default.moveItem(at: partial, to: file)
            return (0, Data(), errors)
        }
        let output = file == nil ? (try? Data(contentsOf: partial)) ?? Data() : Data()
        try? FileManager.default.removeItem(at: partial)
        return (process.terminationStatus, output, errors)
    }

    /// Adds `"key": "value"` as the first member of the JSON object in `file` (per-item
    /// output is small); output that is not an object is left as it is.
    private static func name(_ file: URL, _ naming: (key: String, value: String)) throws {
        let data = try Data(contentsOf: file)
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard let open = data.firstIndex(where: { !whitespace.contains($0) }), data[open] == UInt8(ascii: "{") else { return }
        let rest = data[(open + 1)...]
        let isEmpty = rest.first(where: { !whitespace.contains($0) }) == UInt8(ascii: "}")
        var member = "{\n    "
        JSONQuote.append(naming.key, to: &member)
        member += ": "
        JSONQuote.append(naming.value, to: &member)
        member += isEmpty ? "\n" : ","
        try (Data(member.utf8) + rest).write(to: file)
    }

    /// The last non-empty line of the CLI's error output, which holds the reason.
    static func lastLine(_ data: Data) -> String? {
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        return lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { String($0.prefix(400)) }
    }
}
