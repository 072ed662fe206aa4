import SafeText
import Analysis
import ArgumentParser
import Topology

/// `linkscope compare FROM TO`: every connectivity option for a source and a destination,
/// whether it could connect them and why, what already exists, and the estimated monthly
/// cost; `--options` prints the catalogue itself with the sources of its figures.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare every connectivity option for a source and a destination: feasible or not, why, and the cost.",
        discussion: """
        FROM and TO are ids or names of a VPC, a subnet, an endpoint service, an AWS service (or its short \
        name, such as s3: the one in FROM's region) or an on-premises network. Traffic starts at FROM. Costs \
        are estimates from list prices (us-east-1); ~ marks one that uses a price no AWS page confirmed.
        """)

    @Argument(help: ArgumentHelp("Where traffic starts: an id or a name.", valueName: "FROM")) var from: String?
    @Argument(help: ArgumentHelp("Where it goes: an id, a name, or an AWS service short name.", valueName: "TO")) var to: String?
    @Flag(name: .customLong("options"), help: "Print the catalogue of options, their figures and sources.") var catalogue = false
    @Option(name: .customLong("gb-per-month"), help: ArgumentHelp("Traffic for the cost estimate.", valueName: "N"))
    var gbPerMonth: Double = 100
    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard catalogue || (from != nil && to != nil) else { throw ValidationError("give FROM and TO, or --options") }
        guard gbPerMonth.isFinite, gbPerMonth >= 0 else { throw ValidationError("--gb-per-month must be 0 or more") }
    }

    func run() throws {
        try reportingFailures {
            if catalogue {
                if json { Self.catalogueJSON().emit() } else { Console.out(Self.catalogueText()) }
                return
            }
            let advisor = Advisor(topology: try sources.load())
            let comparison: Comparison
            do {
                comparison = try advisor.compare(from: from ?? "", to: to ?? "", gbPerMonth: gbPerMonth)
            } catch let error as AdvisorEndError {
                let hint = error.suggestions.isEmpty ? "" : "; did you mean \(error.suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
                throw Failure.input(error.message + hint)
            }
            if json { Self.json(comparison).emit() } else { Console.out(Self.text(comparison)) }
        }
    }

    // MARK: - A comparison

    static func text(_ c: Comparison) -> String {
        var lines = ["FROM  \(describe(c.from))", "TO    \(describe(c.to))"]
        var facts: [String] = []
        if !c.overlaps.isEmpty { facts.append("overlapping CIDRs " + c.overlaps.map { "\($0.from) ~ \($0.to)" }.joined(separator: ", ")) }
        if let cross = c.crossRegion { facts.append(cross ? "cross-region" : "same region") }
        if let cross = c.crossAccount { facts.append(cross ? "cross-account" : "same account") }
        if !facts.isEmpty { lines.append("      " + facts.joined(separator: "; ")) }
        var table = TextTable("OPTION", "FEASIBLE", "EST. $/MONTH", "MAIN REASON")
        for a in c.assessments {
            let feasible = a.feasible ? (a.exists ? "✓ built" : "✓") : "✗"
            table.add([a.id.rawValue, feasible, a.cost?.shortText ?? "-", shortened(a.mainReason?.message ?? "")])
        }
        lines += ["", table.rendered()]
        for a in c.assessments {
            lines += ["", "\(a.id.rawValue): \(a.option.title)\(a.feasible ? "" : " (not feasible)")"]
            lines += a.reasons.map { "  \($0.mark) [\($0.rule.rawValue)] \(Sanitized.line($0.message))" }
            if let cost = a.cost, let usd = cost.monthlyUSD {
                let parts = cost.lines.map(\.explanation)
                lines.append("  cost: " + (parts.isEmpty ? "" : parts.joined(separator: " + ") + " = ") + CostEstimate.dollars(usd)
                             + (cost.usesUnconfirmedPrices ? " (uses unconfirmed prices)" : ""))
            } else if let cost = a.cost {
                lines.append("  cost: unknown; " + cost.notes.joined(separator: "; "))
            }
        }
        lines += ["", "Recommendation: " + Sanitized.line(c.recommendation), "",
                  "Estimates from list prices in \(c.prices.region) as of \(c.prices.asOf) for \(format(c.gbPerMonth)) GB/month; "
                      + "~ marks an estimate using a price no AWS page confirmed, ? an unknown price. "
                      + "'linkscope compare --options' lists every figure with its source."]
        return lines.joined(separator: "\n")
    }

    static func json(_ c: Comparison) -> JSONValue {
        .object([
            ("from", end(c.from)), ("to", end(c.to)), ("gbPerMonth", .number(c.gbPerMonth)),
            ("pair", .object([
                ("crossRegion", c.crossRegion.map(JSONValue.bool) ?? .null),
                ("crossAccount", c.crossAccount.map(JSONValue.bool) ?? .null),
                ("overlappingCidrs", .array(c.overlaps.map { .object([("from", .string("\($0.from)")), ("to", .string("\($0.to)"))]) })),
            ])),
            ("options", .array(c.assessments.map(option))),
            ("recommendation", .string(c.recommendation)),
            ("prices", .object([("region", .string(c.prices.region)), ("asOf", .string(c.prices.asOf))])),
        ])
    }

    private static func option(_ a: OptionAssessment) -> JSONValue {
        let o = a.option
        return .object([
            ("id", .string(o.id.rawValue)), ("title", .string(o.title)), ("feasible", .bool(a.feasible)),
            ("exists", .bool(a.exists)), ("existing", .array(a.existing.map(JSONValue.string))),
            ("reasons", .array(a.reasons.map { r in
                .object([("rule", .string(r.rule.rawValue)), ("verdict", .string(r.verdict.rawValue)),
                         ("blocking", .bool(r.blocking)), ("message", .string(r.message)),
                         ("elements", .array(r.elements.map(JSONValue.string)))])
            })),
            ("monthlyCostUSD", a.cost?.monthlyUSD.map { .number(($0 * 100).rounded() / 100) } ?? .null),
            ("costUsesUnconfirmedPrices", .bool(a.cost?.usesUnconfirmedPrices ?? false)),
        ] + properties(o))
    }

    private static func end(_ e: AdvisorEnd) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(e.id)), ("kind", .string(e.kind.rawValue)), ("name", .string(e.name))]
        if let region = e.region { members.append(("region", .string(region))) }
        if let account = e.account { members.append(("account", .string(account))) }
        return .object(members)
    }

    private static func describe(_ e: AdvisorEnd) -> String {
        let place = [e.region, e.account.map { "account \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let name = e.name == e.id ? e.id : "\(e.name) (\(e.id))"
        return Sanitized.line("\(e.kind.noun) \(name)" + (place.isEmpty ? "" : ", \(place)"))
    }

    // MARK: - The catalogue

    static func catalogueText() -> String {
        var table = TextTable("OPTION", "DIRECTION", "TRANSITIVE", "OVERLAP", "X-ACCOUNT", "X-REGION", "LAYER", "PRICING")
        for o in OptionCatalogue.all {
            table.add([o.id.rawValue, o.direction.rawValue, o.transitive.mark, o.overlappingCidrs.mark, o.crossAccount.mark,
                       o.crossRegion.mark, o.layer, o.pricingModel])
        }
        var lines = [table.rendered(), "", "✓ yes  ✗ no  ~ depends  – not applicable  ? unconfirmed"]
        for o in OptionCatalogue.all {
            lines += ["", "\(o.id.rawValue): \(o.title)"]
            for (label, s) in supports(o) where !s.note.isEmpty { lines.append("  \(label): \(s.note)") }
            for f in o.bandwidth + o.quotas { lines.append("  \(f.label): \(f.shownValue)  [\(f.source), \(f.asOf)]") }
        }
        let prices = PriceTable.usEast1
        lines += ["", "Prices (\(prices.region), as of \(prices.asOf)):"]
        for p in prices.all { lines.append("  \(p.label): \(p.figure.shownValue)  [\(p.figure.source), \(p.figure.asOf)]") }
        return lines.joined(separator: "\n")
    }

    static func catalogueJSON() -> JSONValue {
        let options: [JSONValue] = OptionCatalogue.all.map { o in
            .object([("id", .string(o.id.rawValue)), ("title", .string(o.title))] + properties(o) + [
                ("notes", .object(supports(o).map { ($0.0, .string($0.1.note)) })),
                ("bandwidth", .array(o.bandwidth.map(figure))), ("quotas", .array(o.quotas.map(figure))),
                ("pricingModel", .string(o.pricingModel)), ("sources", .array(o.sources.map(JSONValue.string))),
            ])
        }
        let prices = PriceTable.usEast1
        return .object([
            ("options", .array(options)),
            ("prices", .object([("region", .string(prices.region)), ("asOf", .string(prices.asOf)),
                                ("hoursPerMonth", .number(prices.hoursPerMonth)),
                                ("items", .array(prices.all.map { p in
                                    .object([("label", .string(p.label)), ("usd", .number(p.usd)), ("unit", .string(p.unit)),
                                             ("source", .string(p.figure.source)), ("asOf", .string(p.figure.asOf)),
                                             ("confirmed", .bool(p.figure.confirmed))])
                                }))])),
        ])
    }

    private static func properties(_ o: ConnectivityOption) -> [(String, JSONValue)] {
        [("direction", .string(o.direction.rawValue))] + supports(o).map { ($0.0, .string($0.1.answer.rawValue)) }
            + [("layer", .string(o.layer))]
    }

    private static func supports(_ o: ConnectivityOption) -> [(String, OptionSupport)] {
        [("transitive", o.transitive), ("overlappingCidrs", o.overlappingCidrs), ("crossRegion", o.crossRegion),
         ("crossAccount", o.crossAccount)]
    }

    private static func figure(_ f: OptionFigure) -> JSONValue {
        .object([("label", .string(f.label)), ("value", .string(f.value)), ("source", .string(f.source)),
                 ("asOf", .string(f.asOf)), ("confirmed", .bool(f.confirmed))])
    }

    private static func shortened(_ text: String, to limit: Int = 96) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
