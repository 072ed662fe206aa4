import Analysis
import Topology

/// What the trace prompt accepts: a destination, then optionally the traffic, as
/// `db :3306`, `10.0.1.5 udp:53`, `internet icmp` or `s3 tcp:443`.
enum TraceQuery {
    /// The destination and traffic the text asks for, or why it cannot be read.
    static func parse(_ text: String, from: String) -> Result<TraceRequest, TraceQueryError> {
        var words = text.split(separator: " ").map(String.init)
        var request = TraceRequest(from: from, to: "")
        if words.count > 1, let last = words.last, let traffic = traffic(last) {
            guard case .success(let (proto, port)) = traffic else {
                if case .failure(let error) = traffic { return .failure(error) }
                return .failure(TraceQueryError(message: "cannot read '\(last)'"))
            }
            request.ipProtocol = proto ?? .tcp
            request.port = port
            words.removeLast()
        }
        guard !words.isEmpty else { return .failure(TraceQueryError(message: "trace to what? an id, a name, an address or internet")) }
        request.to = words.joined(separator: " ")
        return .success(request)
    }

    /// `:22`, `udp:53`, `tcp`, `icmp`: nil when the word is not about traffic at all.
    private static func traffic(_ word: String) -> Result<(IPProtocol?, Int?), TraceQueryError>? {
        let parts = word.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let names = ["tcp": IPProtocol.tcp, "udp": .udp, "icmp": .icmp, "all": .all]
        if parts.count == 1 { return names[word.lowercased()].map { .success(($0, nil)) } }
        let proto: IPProtocol?
        if parts[0].isEmpty {
            proto = nil
        } else if let named = names[parts[0].lowercased()] {
            proto = named
        } else {
            return nil
        }
        guard let port = Int(parts[1]), (0...65535).contains(port) else {
            return .failure(TraceQueryError(message: "'\(parts[1])' is not a port (0-65535)"))
        }
        guard proto == nil || proto!.hasPorts else {
            return .failure(TraceQueryError(message: "\(proto!) has no ports"))
        }
        return .success((proto, port))
    }
}

/// Why the trace prompt's text could not be read.
struct TraceQueryError: Error, Equatable {
    let message: String
}
