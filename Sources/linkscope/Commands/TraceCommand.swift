import Analysis
import ArgumentParser
import Topology

/// `linkscope trace FROM TO`: does traffic get from FROM to TO, hop by hop, and if not,
/// which rule stops it; the reply is a verdict of its own. Exit 1 when it does not get there.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace traffic from FROM to TO hop by hop: what lets it through, what stops it, and whether the reply gets back.",
        discussion: """
        FROM and TO are ids or names of an instance, network interface, subnet, VPC, load balancer, endpoint, \
        service (or an AWS service short name such as s3), on-premises network or NAT gateway; an IPv4 address; \
        or 'internet'. A subnet or VPC stands for the first usable address in it. Without --port, the trace \
        asks whether traffic on some port gets through. Where the model lacks what a hop needs, the hop is \
        assumed to allow and the verdict lists the assumption. Exit 0 when the traffic gets there, 1 when not.
        """)

    @Argument(help: ArgumentHelp("Where traffic starts: an id, a name, an IPv4 address or 'internet'.", valueName: "FROM"))
    var from: String
    @Argument(help: ArgumentHelp("Where it goes: an id, a name, an IPv4 address or 'internet'.", valueName: "TO"))
    var to: String
    @Option(help: ArgumentHelp("The destination port (1-65535, tcp and udp); without it, any port.", valueName: "N"))
    var port: Int?
    @Option(name: .customLong("protocol"), help: ArgumentHelp("tcp, udp, icmp or all.", valueName: "PROTOCOL"))
    var ipProtocol: String = "tcp"
    @OptionGroup var sources: SourceOptions
    @Flag(help: "Print JSON.") var json = false

    /// The protocols a trace takes, by the names `--protocol` accepts.
    static let protocols: [String: IPProtocol] = ["tcp": .tcp, "udp": .udp, "icmp": .icmp, "all": .all]

    func validate() throws {
        guard let parsed = Self.protocols[ipProtocol.lowercased()] else {
            throw ValidationError("--protocol must be tcp, udp, icmp or all, not '\(ipProtocol)'")
        }
        if let port {
            guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535, not \(port)") }
            guard parsed.hasPorts else { throw ValidationError("--port applies to tcp and udp, not \(parsed)") }
        }
    }

    func run() throws {
        try reportingFailures {
            let model = try sources.load()
            let request = TraceRequest(from: from, to: to, ipProtocol: Self.protocols[ipProtocol.lowercased()] ?? .tcp, port: port)
            let result: TraceResult
            do {
                result = try Tracer(model).trace(request)
            } catch let error as TraceError {
                let hint = error.suggestions.isEmpty ? "" : "; did you mean \(error.suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
                throw Failure.input(error.message + hint)
            }
            if json { TraceReport.json(result).emit() } else { Console.out(TraceReport.text(result, in: model)) }
            if !result.reachable { throw ExitCode(1) }
        }
    }
}
