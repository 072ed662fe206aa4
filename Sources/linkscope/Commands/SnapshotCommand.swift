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
        then, per VPC, transit gateway route table and customer prefix list they found: \
        \(SnapshotCalls.perItem.map { ([$0.command] + $0.arguments).joined(separator: " ") }.joined(separator: ", ")) \
        (saved under REGION/COMMAND/ID.json, with the item's id added to output that does not name it); \
        and once: sts get-caller-identity, which names the account folder. A call that fails (access denied, a region \
        not enabled) is a warning: the snapshot goes on and the manifest says why. Several accounts can share one DIR \
        (use --force for the second): load it whole with --source DIR.

        Up to --jobs calls run at once (default 4); a call AWS throttles is tried again after a pause. On a terminal, \
        stderr shows a progress bar; otherwise one line per call. Each file is written under a temporary name and \
        renamed when its call succeeds.

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

    @Option(help: ArgumentHelp("How many aws calls run at once (1 to 32).", valueName: "N"))
    var jobs = 4

    func validate() throws {
        guard (1...32).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 32") }
    }

    func run() throws {
        try reportingFailures {
            let aws = AWSCLI(executable: try AWSCLI.find(), profile: profile, endpointURL: endpointURL)
            try prepare(out)
            let regions = try self.regions(aws.executable)
            let started = Date()
            let identity = try aws.run(SnapshotCalls.identity, region: regions[0], to: nil)
            guard case .saved(let data, _) = identity, let account = Self.account(in: data) else {
                let why = if case .failed(let message) = identity { message } else { "its output names no account" }
                throw Failure(message: "aws sts get-caller-identity failed: \(why)\nlinkscope needs working credentials "
                              + "to know which account it snapshots (check aws configure, --profile or AWS_PROFILE)", code: 69)
            }
            let folder = URL(fileURLWithPath: out).appendingPathComponent(account)
            try write(data, to: folder.appendingPathComponent("\(SnapshotCalls.identity.command).json"))

            // Every region's list calls, then the per-item calls their output asks for, in
            // plan order; up to --jobs of them run at once.
            let listing = regions.flatMap { region in SnapshotCalls.regional.map { Step(region: region, call: $0, item: nil) } }
            let progress = SnapshotProgress(total: listing.count)
            let listed = run(listing, after: 0, in: folder, aws: aws, progress: progress)
            let perItem = Self.perItemSteps(regions, listing, listed, in: folder, progress: progress)
            progress.grow(by: perItem.count)
            let itemized = run(perItem, after: listing.count, in: folder, aws: aws, progress: progress)
            progress.stop()
            let plan = listing + perItem, results = listed + itemized
            let (records, saved, failed) = try Self.records(plan, results)
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
            Console.out("saved \(saved) of \(plan.count) calls in \(folder.path)\(failures); explore them with: linkscope --source \(out)")
        }
    }

    /// The manifest's record of each call, in plan order (the same whatever order the
    /// calls ended in), and the counts; a call that could not be written fails the snapshot.
    private static func records(_ plan: [Step], _ results: [CallResult]) throws -> (records: [JSONValue], saved: Int, failed: Int) {
        var records: [JSONValue] = []
        var saved = 0, failed = 0
        for (step, result) in zip(plan, results) {
            var record: [(String, JSONValue)] = [("region", .string(step.region)), ("service", .string(step.call.service)),
                                                 ("command", .string(step.call.command))]
            if let item = step.item { record += [("item", .string(item)), ("arguments", .array(step.call.arguments.map(JSONValue.string)))] }
            switch result.outcome {
            case .failure(let failure): throw failure
            case .success(.saved(_, let bytes)):
                saved += 1
                record += [("ok", .bool(true)), ("file", .string(step.file)), ("bytes", .number(Double(bytes)))]
            case .success(.failed(let message)):
                failed += 1
                record += [("ok", .bool(false)), ("error", .string(message))]
            }
            records.append(.object(record + [("seconds", .number((result.seconds * 10).rounded() / 10))]))
        }
        return (records, saved, failed)
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
        if let (status, output, _) = try? AWSCLI.execute(aws, arguments, to: nil), status == 0 {
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

    private static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
