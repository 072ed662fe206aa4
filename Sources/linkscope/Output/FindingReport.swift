import SafeText
import Analysis
import Topology

/// `check`'s text and JSON forms, written as they go: a large account can have tens of
/// thousands of findings.
enum FindingReport {
    /// Findings under a heading per severity, then the counts; one `Console.out` a line.
    static func writeText(_ findings: [Finding], in t: NetworkModel) {
        guard !findings.isEmpty else {
            Console.out("No findings: every rule passes.")
            return
        }
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        for severity in Severity.allCases.reversed() {
            guard let count = counts[severity] else { continue }
            Console.out("\(severity.rawValue) (\(count))")
            for finding in findings where finding.severity == severity {
                Console.out("  \(finding.rule)  \(ElementDetail.named(finding.element, in: t))")
                Console.out("    \(Sanitized.line(finding.message))")
                Console.out("    fix: \(finding.hint)")
            }
            Console.out("")
        }
        let summary = Severity.allCases.reversed().map { s -> String in
            let n = counts[s] ?? 0
            return "\(n) \(s.rawValue)\(n == 1 || s == .info ? "" : "s")"
        }
        Console.out("\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(summary.joined(separator: ", "))")
    }

    /// `{"findings": [...]}`, a finding at a time.
    static func writeJSON(_ findings: [Finding]) {
        var w = JSONWriter()
        w.beginObject()
        w.key("findings")
        w.beginArray()
        for f in findings {
            w.value(.object([("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)),
                             ("element", .string(f.element)), ("elements", .array(f.elements.map(JSONValue.string))),
                             ("message", .string(f.message)), ("hint", .string(f.hint)), ("source", .string(f.source))]))
        }
        w.endArray()
        w.endObject()
        w.finish()
    }
}
