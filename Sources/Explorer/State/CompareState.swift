import Analysis

/// View 4's state: the two ends (ids or AWS service short names), the advisor's verdicts
/// for them, and the selected row. Without both ends the view shows the catalogue.
public struct CompareState: Sendable {
    public var from: String?
    public var to: String?
    public private(set) var comparison: Comparison?
    public var list = ListState()

    /// Judges the pair when both ends are set; returns why an end could not be used.
    mutating func evaluate(with advisor: Advisor) -> String? {
        list = ListState()
        comparison = nil
        guard let from, let to else { return nil }
        do {
            comparison = try advisor.compare(from: from, to: to)
            return nil
        } catch {
            return Self.describe(error)
        }
    }

    /// Why an end cannot be used, with the close names to try.
    static func describe(_ error: AdvisorEndError) -> String {
        let hint = error.suggestions.isEmpty ? "" : "; did you mean \(error.suggestions.prefix(3).joined(separator: ", "))?"
        return error.message + hint
    }

    /// The rows: the ranked assessments, or the whole catalogue.
    var rowCount: Int { comparison?.assessments.count ?? OptionCatalogue.all.count }

    /// The option of the selected row.
    var selectedOption: ConnectivityOption? {
        if let comparison { return comparison.assessments[safe: list.selected]?.option }
        return OptionCatalogue.all[safe: list.selected]
    }

    var selectedAssessment: OptionAssessment? { comparison?.assessments[safe: list.selected] }
}
