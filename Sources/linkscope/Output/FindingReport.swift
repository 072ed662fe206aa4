import SafeText
import Analysis
import Topology

/// `check`'s text and JSON forms.
enum FindingReport {
    static func text(_ findings: [Finding], in t: NetworkModel) -> String {
        guard !findings.isEmpty else { return "No findings: every rule passes." }
        var lines: [String] = []
        for severity in Severity.allCases.reversed() {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            lines.append("\(severity.rawValue) (\(group.count))")
            for finding in group {
                lines.append("  \(finding.rule)  \(ElementDetail.named(finding.element, in: t))")
                lines.append("    \(Sanitized.line(finding.message))")
                lines.append("    fix: \(finding.hint)")
            }
            lines.append("")
        }
        let counts = Severity.allCases.reversed().map { s -> String in
            let n = findings.filter { $0.severity == s }.count
            return "\(n) \(s.rawValue)\(n == 1 || s == .info ? "" : "s")"
        }
        lines.append("\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(counts.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }

    static func json(_ findings: [Finding]) -> JSONValue {
        .object([("findings", .array(findings.map { f in
            .object([("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)), ("element", .string(f.element)),
                     ("elements", .array(f.elements.map(JSONValue.string))), ("message", .string(f.message)),
                     ("hint", .string(f.hint)), ("source", .string(f.source))])
        }))])
    }
}
