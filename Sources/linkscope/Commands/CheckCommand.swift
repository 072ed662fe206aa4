import Analysis
import ArgumentParser
import Topology

/// `linkscope check`: what is broken or risky, as text, JSON or SARIF; exit 1 when a
/// finding is at or above `--fail-on`, so pipelines can gate on it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Find what is broken or risky; exit 1 when a finding is at or above --fail-on.",
        discussion: "Rules: " + Rules.all.map(\.id).joined(separator: ", ") + ".")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON (the same as --format json).") var json = false
    @Option(help: "text, json or sarif (SARIF 2.1.0, for code-scanning tools).") var format: Format = .text
    @Option(name: .customLong("fail-on"), help: "error or warning: the least severity that makes the exit status 1.")
    var failOn: Severity = .error
    @Option(name: .customLong("rule"), help: ArgumentHelp("Check only this rule (repeatable).", valueName: "ID"))
    var rules: [String] = []

    func validate() throws {
        for id in rules where Rules.rule(id) == nil {
            let hint = Suggestion.closest(to: id, in: Rules.all.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
            throw ValidationError("unknown rule '\(id)'; \(hint)rules: \(Rules.all.map(\.id).joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingFailures {
            let topology = try sources.load()
            let findings = Checks.run(topology, rules: rules.isEmpty ? nil : Set(rules))
            switch json ? .json : format {
            case .text: FindingReport.writeText(findings, in: topology)
            case .json: FindingReport.writeJSON(findings)
            case .sarif: SarifReport.write(findings, in: topology)
            }
            if findings.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
        }
    }
}

extension Severity: ExpressibleByArgument {}
