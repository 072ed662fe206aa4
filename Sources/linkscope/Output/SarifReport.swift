import Analysis
import Topology

/// `check --format sarif`: a SARIF 2.1.0 log, so CI systems (code scanning) show findings
/// on the architecture file, at the line that defines each element.
enum SarifReport {
    /// Writes the log to stdout, a result at a time.
    static func write(_ findings: [Finding], in t: NetworkModel) {
        let rules = Rules.all.map { rule -> JSONValue in
            .object([("id", .string(rule.id)), ("name", .string(rule.id)),
                     ("shortDescription", .object([("text", .string(rule.title))])),
                     ("help", .object([("text", .string(rule.hint))])),
                     ("helpUri", .string(rule.source)),
                     ("defaultConfiguration", .object([("level", .string(level(rule.severity)))]))])
        }
        let ruleIndex = Dictionary(Rules.all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var w = JSONWriter()
        w.beginObject()
        w.key("$schema")
        w.string("https://json.schemastore.org/sarif-2.1.0.json")
        w.key("version")
        w.string("2.1.0")
        w.key("runs")
        w.beginArray()
        w.beginObject()
        w.key("tool")
        w.value(.object([("driver", .object([("name", .string("linkscope")),
                                             ("informationUri", .string("https://docs.aws.amazon.com/vpc/latest/privatelink/")),
                                             ("rules", .array(rules))]))]))
        w.key("results")
        w.beginArray()
        for finding in findings { w.value(result(finding, ruleIndex: ruleIndex[finding.rule] ?? 0, in: t)) }
        w.endArray()
        w.endObject()
        w.endArray()
        w.endObject()
        w.finish()
    }

    /// One finding as a SARIF result, located at the line defining its element.
    private static func result(_ finding: Finding, ruleIndex: Int, in t: NetworkModel) -> JSONValue {
        var result: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", .number(Double(ruleIndex))),
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

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
