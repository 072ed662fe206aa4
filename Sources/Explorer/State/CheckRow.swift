import Analysis

/// A row of the checks view: a severity heading with its count, or a finding.
public enum CheckRow: Equatable, Sendable {
    case heading(Severity, Int)
    /// A finding, by its index in the model's findings.
    case finding(Int)

    /// Findings (most severe first, as the checks report them) under a heading per severity.
    static func rows(_ findings: [Finding], indices: [Int]) -> [CheckRow] {
        var rows: [CheckRow] = []
        for severity in Severity.allCases.reversed() {
            let group = zip(findings, indices).filter { $0.0.severity == severity }.map(\.1)
            guard !group.isEmpty else { continue }
            rows.append(.heading(severity, group.count))
            rows += group.map(CheckRow.finding)
        }
        return rows
    }
}
