import Analysis
import Topology

/// `check --format sarif`: a SARIF 2.1.0 log, so CI systems (code scanning) show findings
/// on the architecture file, at the line that defines each element.
enum SarifReport {
    static func log(_ findings: [Finding], in t: NetworkModel) -> JSONValue {
        let rules = Rules.all.map { rule -> JSONValue in
            .object([("id", .string(rule.id)), ("name", .string(rule.id)),
                     ("shortDescription", .object([("text", .string(rule.title))])),
                     ("help", .object([("text", .string(rule.hint))])),
                     ("helpUri", .string(rule.source)),
                     ("defaultConfiguration", .object([("level", .string(level(rule.severity)))]))])
        }
        let results = findings.map { finding -> JSONValue in
            var result: [(String, JSONValue)] = [
                ("ruleId", .string(finding.rule)),
                ("ruleIndex", .number(Double(Rules.all.firstIndex { $0.id == finding.rule } ?? 0))),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message + " " + finding.hint))])),
            ]
            var location: [(String, JSONValue)] = []
            if let place = t.element(finding.element)?.location, !place.file.hasPrefix("sample:") {
                location.append(("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(place.file))])),
                    ("region", .object([("startLine", .number(Double(place.line))),
                                        ("startColumn", .number(Double(place.column)))])),
                ])))
            }
            location.append(("logicalLocations", .array(finding.elements.map { id in
                .object([("name", .string(id)), ("kind", .string("resource"))])
            })))
            result.append(("locations", .array([.object(location)])))
            return .object(result)
        }
        let driver: JSONValue = .object([("name", .string("linkscope")),
                                         ("informationUri", .string("https://docs.aws.amazon.com/vpc/latest/privatelink/")),
                                         ("rules", .array(rules))])
        return .object([("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")), ("version", .string("2.1.0")),
                        ("runs", .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])]))])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
