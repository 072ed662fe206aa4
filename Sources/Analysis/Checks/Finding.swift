import Topology

/// How bad a finding is. Ordered: `error` is the most severe.
public enum Severity: String, CaseIterable, Sendable, Comparable, Codable {
    case info, warning, error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Something a check found: which rule, how bad, the element it is about (and any others
/// involved), what is wrong, how to fix it, and where the rule comes from.
public struct Finding: Sendable, Equatable {
    public let rule: String
    public let severity: Severity
    /// The element the finding is about; the explorer marks it.
    public let element: String
    /// Every element involved, `element` first.
    public let elements: [String]
    public let message: String
    public let hint: String
    public let source: String

    public init(rule: String, severity: Severity, element: String, elements: [String] = [], message: String,
                hint: String, source: String) {
        self.rule = rule
        self.severity = severity
        self.element = element
        self.elements = [element] + elements.filter { $0 != element }
        self.message = message
        self.hint = hint
        self.source = source
    }
}
