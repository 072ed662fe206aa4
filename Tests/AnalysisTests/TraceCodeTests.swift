import Analysis
import Foundation
import Testing
import Topology

/// One rule broken in a working design: the trace from `from` to `to` gets through on the
/// design, and stops with `code` at `element` once `breakage` is applied (from
/// `blockedFrom` and to `blockedTo` where the rule is about who may use a path at all).
struct TraceBreakage: CustomTestStringConvertible, Sendable {
    let code: TraceCode
    let from: String
    let to: String
    var port: Int? = 443
    var setup: @Sendable (inout Architecture) -> Void = { _ in }
    let breakage: @Sendable (inout Architecture) -> Void
    var blockedFrom: String? = nil
    var blockedTo: String? = nil
    let element: String
    var action: HopAction = .drop

    var testDescription: String { "\(code.rawValue): \(blockedFrom ?? from) → \(blockedTo ?? to) stops at \(element)" }

    func design(_ broken: Bool) -> (inout Architecture) -> Void {
        { a in
            setup(&a)
            if broken { breakage(&a) }
        }
    }
}

@Suite struct TraceCodeTests {
    static let breakages: [TraceBreakage] = [
        TraceBreakage(code: .noRoute, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.routeTables[0].routes.removeLast(2) }, element: "rtb-a"),
        TraceBreakage(code: .blackholeRoute, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.routeTables[0].routes[1].isBlackhole = true }, element: "rtb-a"),
        TraceBreakage(code: .securityGroupIngress, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.securityGroups[2].ingress = [] }, element: "sg-db", action: .deny),
        TraceBreakage(code: .securityGroupEgress, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.securityGroups[0].egress = [] }, element: "sg-web", action: .deny),
        TraceBreakage(code: .networkAclIngress, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.networkAcls[1].entries.removeAll { !$0.egress } }, element: "acl-b", action: .deny),
        TraceBreakage(code: .networkAclEgress, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.networkAcls[0].entries.removeAll { $0.egress } }, element: "acl-a", action: .deny),
        TraceBreakage(code: .noPublicAddress, from: "i-web", to: "internet",
                 breakage: { $0.instances[0].publicIp = nil }, element: "igw-a"),
        TraceBreakage(code: .privateAddressViaInternetGateway, from: "i-web", to: "onprem", setup: TraceLab.vpn,
                 breakage: { $0.routeTables[0].routes.removeLast() }, element: "igw-a"),
        TraceBreakage(code: .gatewayEndpointScope, from: "i-web", to: "s3",
                 setup: { TraceLab.vpn(&$0); TraceLab.gatewayEndpoint(&$0) },
                 breakage: { _ in }, blockedFrom: "onprem", element: "vpce-s3"),
        TraceBreakage(code: .endpointZoneNotServed, from: "i-app", to: "svc-1", setup: TraceLab.interfaceEndpoint,
                 breakage: { $0.endpoints[0].subnets = ["sub-a3"] }, element: "vpce-1"),
        TraceBreakage(code: .endpointNotAvailable, from: "i-app", to: "svc-1", setup: TraceLab.interfaceEndpoint,
                 breakage: { $0.endpoints[0].state = .failed }, element: "vpce-1"),
        TraceBreakage(code: .endpointNotAccepted, from: "i-app", to: "svc-1", setup: TraceLab.interfaceEndpoint,
                 breakage: { $0.endpoints[0].state = .pendingAcceptance }, element: "vpce-1"),
        TraceBreakage(code: .transitGatewayNoRoute, from: "i-web", to: "i-db", port: 5432, setup: TraceLab.transitGateway,
                 breakage: { $0.transitGatewayRouteTables[0].propagations = ["vpc-a"] }, element: "tgw-rtb-1"),
        TraceBreakage(code: .transitGatewayNotAssociated, from: "i-web", to: "i-db", port: 5432, setup: TraceLab.transitGateway,
                 breakage: { $0.transitGatewayRouteTables[0].associations = ["vpc-b"] }, element: "tgw-1"),
        TraceBreakage(code: .transitGatewayNotAttachedInZone, from: "i-web", to: "i-db", port: 5432, setup: TraceLab.transitGateway,
                 breakage: { $0.connections[0].attachmentSubnets?["vpc-a"] = ["sub-a3"] }, element: "tgw-1"),
        TraceBreakage(code: .peeringNoReturnRoute, from: "i-web", to: "i-db", port: 5432,
                 breakage: { $0.routeTables[1].routes.removeLast() }, element: "rtb-b"),
        TraceBreakage(code: .peeringTransit, from: "i-web", to: "internet",
                 breakage: { $0.routeTables[1].routes.append(.init(destination: "0.0.0.0/0", target: "pcx-ab")) },
                 blockedFrom: "i-db", element: "pcx-ab"),
        TraceBreakage(code: .natInbound, from: "i-app", to: "internet", setup: TraceLab.natGateway,
                 breakage: { _ in }, blockedFrom: "internet", blockedTo: "nat-a", element: "nat-a"),
        TraceBreakage(code: .connectionDown, from: "i-web", to: "onprem", setup: TraceLab.vpn,
                 breakage: { $0.connections[1].state = .down }, element: "vpn-1"),
        TraceBreakage(code: .vpnNoRoute, from: "i-web", to: "onprem", setup: TraceLab.vpn,
                 breakage: { $0.connections[1].staticRoutes = []; $0.networks[0].via = [] }, element: "vpn-1"),
        TraceBreakage(code: .noPath, from: "i-app", to: "svc-1", setup: TraceLab.interfaceEndpoint,
                 breakage: { $0.endpoints = []; $0.networkInterfaces = [] }, element: "svc-1"),
    ]

    @Test func everyCodeHasABreakage() {
        #expect(Set(Self.breakages.map(\.code)) == Set(TraceCode.allCases))
    }

    @Test func readmeListsEveryCodeWithItsMeaning() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardizedFileURL, encoding: .utf8)
        for code in TraceCode.allCases {
            #expect(readme.contains("| `\(code.rawValue)` | \(code.meaning) |"), "\(code.rawValue)")
        }
    }

    @Test(arguments: breakages) func theDesignGetsThrough(_ b: TraceBreakage) throws {
        let result = try TraceLab.trace(b.from, b.to, port: b.port, b.design(false))
        #expect(result.reachable, "\(result.forward.blockedBy?.message ?? "")")
        #expect(result.reply?.reachable == true, "\(result.reply?.blockedBy?.message ?? "")")
    }

    @Test(arguments: breakages) func theBreakageStopsIt(_ b: TraceBreakage) throws {
        let result = try TraceLab.trace(b.blockedFrom ?? b.from, b.blockedTo ?? b.to, port: b.port, b.design(true))
        expectBlocked(result.forward, b.code, at: b.element, b.action)
        #expect(result.reply == nil)
    }
}
