import SafeText
import ArgumentParser
import Foundation
import Importers
import Topology

/// `linkscope snapshot --out DIR`: runs the AWS CLI's describe calls for each region and
/// saves their JSON as `DIR/<account>/<region>/<command>.json`, with a manifest of what
/// was called and what failed, ready for `--source DIR`. linkscope itself never talks to
/// AWS: the CLI the user already has configured does, with its credentials and profiles.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Save the AWS CLI's describe output for your account, ready to load with --source DIR.",
        discussion: """
        Runs, for each region: \(SnapshotCalls.regional.map { "\($0.service) \($0.command)" }.joined(separator: ", ")); \
        and once: sts get-caller-identity, which names the account folder. A call that fails (access denied, a region \
        not enabled) is a warning: the snapshot goes on and the manifest says why. Several accounts can share one DIR \
        (use --force for the second): load it whole with --source DIR.

        Exit codes: 0 saved (possibly with warnings); 64 usage or no region; 69 the aws command is missing, cannot \
        tell the account, or every call failed; 73 DIR is not empty (without --force) or cannot be written.
        """)

    @Option(help: ArgumentHelp("The folder to write (created when missing; must be empty unless --force).", valueName: "DIR"))
    var out: String
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Regions to snapshot (several after one --region, or repeated). Default: the AWS CLI's configured region.",
        valueName: "R"))
    var region: [String] = []
    @Option(help: ArgumentHelp("The AWS CLI profile to use (its --profile).", valueName: "P"))
    var profile: String?
    @Option(name: .customLong("endpoint-url"), help: ArgumentHelp(
        "Send every call to this endpoint (its --endpoint-url), e.g. a local EC2 API implementation.", valueName: "URL"))
    var endpointURL: String?
    @Flag(help: "Write into DIR even when it is not empty (files of the same calls are replaced).")
    var force = false

    func run() throws {
        try reportingFailures {
            let aws = try Self.findAWS()
            try prepare(out)
            let regions = try self.regions(aws)
            let started = Date()
            let identity = try run(aws, SnapshotCalls.identity, region: regions[0], to: nil)
            guard case .saved(let data, _) = identity, let account = Self.account(in: data) else {
                let why = if case .failed(let message) = identity { message } else { "its output names no account" }
                throw Failure(message: "aws sts get-caller-identity failed: \(why)\nlinkscope needs working credentials "
                              + "to know which account it snapshots (check aws configure, --profile or AWS_PROFILE)", code: 69)
            }
            let folder = URL(fileURLWithPath: out).appendingPathComponent(account)
            try write(data, to: folder.appendingPathComponent("\(SnapshotCalls.identity.command).json"))

            var records: [JSONValue] = []
            var saved = 0, failed = 0
            let total = regions.count * SnapshotCalls.regional.count
            for region in regions {
                for call in SnapshotCalls.regional {
                    let file = folder.appendingPathComponent(region).appendingPathComponent("\(call.command).json")
                    let begin = Date()
                    let outcome = try run(aws, call, region: region, to: file)
                    let seconds = Date().timeIntervalSince(begin)
                    let step = "[\(String(saved + failed + 1).leftPadded(String(total).count))/\(total)] \(region) \(call.service) \(call.command)"
                    var record: [(String, JSONValue)] = [("region", .string(region)), ("service", .string(call.service)),
                                                         ("command", .string(call.command))]
                    switch outcome {
                    case .saved(_, let bytes):
                        saved += 1
                        Self.progress("\(step)  ok  \(Self.size(bytes))  \(String(format: "%.1f", seconds)) s")
                        record += [("ok", .bool(true)), ("file", .string("\(region)/\(call.command).json")),
                                   ("bytes", .number(Double(bytes)))]
                    case .failed(let message):
                        failed += 1
                        Self.progress("warning: \(step) failed: \(message)")
                        record += [("ok", .bool(false)), ("error", .string(message))]
                    }
                    records.append(.object(record + [("seconds", .number((seconds * 10).rounded() / 10))]))
                }
            }
            let manifest = JSONValue.object([
                ("linkscopeSnapshot", .number(1)), ("account", .string(account)),
                ("startedAt", .string(Self.timestamp(started))), ("finishedAt", .string(Self.timestamp(Date()))),
                ("regions", .array(regions.map(JSONValue.string))), ("profile", profile.map(JSONValue.string) ?? .null),
                ("endpointUrl", endpointURL.map(JSONValue.string) ?? .null),
                ("saved", .number(Double(saved))), ("failed", .number(Double(failed))), ("calls", .array(records)),
            ])
            try write(Data((manifest.rendered() + "\n").utf8), to: folder.appendingPathComponent("manifest.json"))
            guard saved > 0 else {
                throw Failure(message: "every describe call failed (see the warnings above and \(folder.path)/manifest.json)", code: 69)
            }
            let failures = failed == 0 ? "" : " (\(failed) failed: see \(folder.path)/manifest.json)"
            Console.out("saved \(saved) of \(total) calls in \(folder.path)\(failures); explore them with: linkscope --source \(out)")
        }
    }

    // MARK: the aws command

    /// What one call gave: its output (kept in memory only for the small identity call), or why it failed.
    private enum Outcome {
        case saved(Data, Int)
        case failed(String)
    }

    /// The `aws` executable on PATH, or a failure that says how to get it.
    private static func findAWS() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("aws")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(message: "the aws command is not on PATH; install the AWS CLI (https://aws.amazon.com/cli/) and "
                      + "configure credentials, or save the output of the describe calls yourself (linkscope snapshot --help lists them)",
                      code: 69)
    }

    /// Runs one call. Its output goes straight to `file` (through a temporary name, so a
    /// failed call leaves nothing behind) or, when `file` is nil, is returned.
    private func run(_ aws: URL, _ call: SnapshotCall, region: String?, to file: URL?) throws -> Outcome {
        var arguments = [call.service, call.command, "--output", "json"]
        if let region { arguments += ["--region", region] }
        if let profile { arguments += ["--profile", profile] }
        if let endpointURL { arguments += ["--endpoint-url", endpointURL] }
        let (status, output, errors) = try Self.execute(aws, arguments, to: file)
        guard status == 0 else { return .failed(Self.lastLine(errors) ?? "exit status \(status)") }
        return .saved(output, file.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int } ?? output.count)
    }

    /// Runs `aws` with `arguments`: its stdout into `file` (or memory), its stderr into memory.
    private static func execute(_ aws: URL, _ arguments: [String], to file: URL?) throws
        -> (status: Int32, output: Data, errors: Data) {
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
            _ = try? FileManager.default.removeItem(at: file)
            try FileManager.default.moveItem(at: partial, to: file)
            return (0, Data(), errors)
        }
        let output = file == nil ? (try? Data(contentsOf: partial)) ?? Data() : Data()
        try? FileManager.default.removeItem(at: partial)
        return (process.terminationStatus, output, errors)
    }

    /// The regions to snapshot: as given (commas allowed), else the CLI's configured one.
    private func regions(_ aws: URL) throws -> [String] {
        let given = region.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        var seen: Set<String> = []
        if !given.isEmpty { return given.filter { seen.insert($0).inserted } }
        let environment = ProcessInfo.processInfo.environment
        if profile == nil, let configured = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"], !configured.isEmpty {
            return [configured]
        }
        var arguments = ["configure", "get", "region"]
        if let profile { arguments += ["--profile", profile] }
        if let (status, output, _) = try? Self.execute(aws, arguments, to: nil), status == 0 {
            let configured = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !configured.isEmpty { return [configured] }
        }
        throw Failure(message: "no region: give --region (such as --region us-east-1 eu-west-1), or set one with aws configure",
                      code: 64)
    }

    // MARK: files

    /// Creates `dir`, or checks it may be written into.
    private func prepare(_ dir: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(message: "\(dir): is a file, not a folder", code: 73) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            if !contents.isEmpty && !force {
                throw Failure(message: "\(dir): the folder is not empty; choose an empty or new one, or add --force to write into it",
                              code: 73)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "\(dir): cannot be created (\(error.localizedDescription))", code: 73)
        }
    }

    private func write(_ data: Data, to file: URL) throws {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
        } catch {
            throw Failure(message: "\(file.path): cannot be written (\(error.localizedDescription))", code: 73)
        }
    }

    // MARK: small helpers

    /// The `Account` of `sts get-caller-identity` output.
    private static func account(in data: Data) -> String? {
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["Account"] as? String).flatMap { $0.isEmpty || $0.contains("/") || $0.hasPrefix(".") ? nil : $0 }
    }

    /// The last non-empty line of the CLI's error output, which holds the reason.
    private static func lastLine(_ data: Data) -> String? {
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        return lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { String($0.prefix(400)) }
    }

    /// One progress or warning line on stderr, shown at once: each call can take seconds.
    /// Text from AWS stays on its one line.
    private static func progress(_ line: String) {
        Console.err("snapshot: " + Sanitized.line(line))
        Console.flush()
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) B" : bytes < 1 << 20 ? String(format: "%.1f KB", Double(bytes) / 1024)
            : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

extension String {
    /// Right-aligned in `width` columns.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
