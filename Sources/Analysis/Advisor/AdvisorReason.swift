/// One reason for or against an option for a pair: the rule applied, the verdict, a
/// sentence for people, and the ids of the elements involved (so views can link them).
public struct AdvisorReason: Sendable, Hashable {
    /// Whether the reason speaks for or against the option.
    public enum Verdict: String, Sendable, Codable {
        case `for`, against
    }

    /// The rule that produced the reason.
    public let rule: AdvisorRule
    /// For or against the option.
    public let verdict: Verdict
    /// True when the reason rules the option out; false for a caveat (an AZ not covered,
    /// something the provider must build first) that lowers the option's fit.
    public let blocking: Bool
    /// One sentence; element names from the data are not sanitised here (views do it).
    public let message: String
    /// Ids of the elements the reason is about.
    public let elements: [String]

    /// A reason in favour.
    public static func pro(_ rule: AdvisorRule, _ message: String, _ elements: [String] = []) -> AdvisorReason {
        AdvisorReason(rule: rule, verdict: .for, blocking: false, message: message, elements: elements)
    }

    /// A reason that rules the option out.
    public static func ruledOut(_ rule: AdvisorRule, _ message: String, _ elements: [String] = []) -> AdvisorReason {
        AdvisorReason(rule: rule, verdict: .against, blocking: true, message: message, elements: elements)
    }

    /// A reason against that does not rule the option out.
    public static func caveat(_ rule: AdvisorRule, _ message: String, _ elements: [String] = []) -> AdvisorReason {
        AdvisorReason(rule: rule, verdict: .against, blocking: false, message: message, elements: elements)
    }

    /// `+` for, `!` caveat, `✗` ruled out: how text views prefix the reason.
    public var mark: String { verdict == .for ? "+" : (blocking ? "✗" : "!") }
}
