import Analysis
import SafeText
import Topology

/// A trace as text (the verdict first, then what it assumes, then the numbered hops, then
/// the reply) or as the JSON of the command-line contract.
enum TraceReport {
    /// The verdict, the traffic, the assumptions, the numbered hops, then the reply's verdict and hops.
    static func text(_ result: TraceResult, in model: NetworkModel) -> String {
        let traffic = result.port.map { "\(result.ipProtocol) \($0)" }
            ?? (result.ipProtocol.hasPorts ? "\(result.ipProtocol) (any port)" : "\(result.ipProtocol)")
        var lines = [verdict(result.forward, what: "reachable"),
                     Sanitized.line("\(traffic) from \(label(result.from, model)) to \(label(result.to, model))")]
        if !result.assumptions.isEmpty {
            lines += ["", "assumptions:"] + result.assumptions.map { "  - " + Sanitized.line($0) }
        }
        lines += [""] + hops(result.forward, model)
        if let reply = result.reply {
            lines += ["", "reply: " + verdict(reply, what: "reachable")] + hops(reply, model)
        }
        return lines.joined(separator: "\n")
    }

    /// The trace JSON of the command-line contract.
    static func json(_ result: TraceResult) -> JSONValue {
        .object([
            ("from", .string(result.from)), ("to", .string(result.to)), ("protocol", .string(result.ipProtocol.description)),
            ("port", result.port.map { .number(Double($0)) } ?? .null), ("reachable", .bool(result.reachable)),
            ("assumptions", .array(result.assumptions.map(JSONValue.string))),
            ("hops", hops(result.forward)), ("blockedBy", block(result.forward.blockedBy)),
            ("return", result.reply.map { reply in
                .object([("reachable", .bool(reply.reachable)), ("hops", hops(reply)), ("blockedBy", block(reply.blockedBy))])
            } ?? .null),
        ])
    }

    /// `reachable`, or `NOT reachable: code: message`.
    private static func verdict(_ path: TracePath, what: String) -> String {
        guard let block = path.blockedBy else { return what }
        return Sanitized.line("NOT \(what): \(block.code.rawValue): \(block.message)")
    }

    /// ` 1. sg-app (app)  allow  tcp 8080 from sg-web  — note`, columns aligned.
    private static func hops(_ path: TracePath, _ model: NetworkModel) -> [String] {
        let labels = path.hops.map { Sanitized.line(label($0.element, model)) }
        let width = min(48, labels.map(DisplayWidth.of).max() ?? 0)
        let actionWidth = path.hops.map(\.action.rawValue.count).max() ?? 0
        let number = String(path.hops.count).count
        return path.hops.enumerated().map { i, hop in
            var line = pad(String(i + 1), number, right: true) + ". " + pad(labels[i], width) + "  "
                + pad(hop.action.rawValue, actionWidth)
            if let rule = hop.rule(besides: labels[i]) { line += "  " + Sanitized.line(rule) }
            return line + "  — " + Sanitized.line(hop.note)
        }
    }

    /// `sg-0abc (web)`, or the id alone.
    private static func label(_ id: String, _ model: NetworkModel) -> String {
        guard let name = model.element(id)?.name, name != id, !name.isEmpty else { return id }
        return "\(id) (\(name))"
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? fill + text : text + fill
    }

    private static func hops(_ path: TracePath) -> JSONValue {
        .array(path.hops.map { hop in
            .object([("element", .string(hop.element)), ("kind", .string(hop.kind)), ("action", .string(hop.action.rawValue)),
                     ("rule", hop.rule.map(JSONValue.string) ?? .null), ("code", hop.code.map { .string($0.rawValue) } ?? .null),
                     ("note", .string(hop.note)), ("topic", .string(hop.topic)), ("assumed", .bool(hop.assumed))])
        })
    }

    private static func block(_ block: TraceBlock?) -> JSONValue {
        guard let block else { return .null }
        return .object([("element", .string(block.element)), ("code", .string(block.code.rawValue)),
                        ("message", .string(block.message))])
    }
}
