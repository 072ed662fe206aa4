import Foundation
import Testing

/// The command line reads every accepted way of writing a link, and AWS's own spellings,
/// the way the file format documents them.
@Suite struct ConnectionFormCommandTests {
    static let directConnectToAVPC = """
    format: linkscope/v1
    vpcs:
      - id: vpc-app
        region: us-east-1
        cidrs: [10.0.0.0/16]
        subnets:
          - {id: s1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
    endpoints:
      - {id: ep-sts, type: Interface, vpc: vpc-app, service: com.amazonaws.us-east-1.sts, subnets: [s1], state: pendingAcceptance}
    services:
      - {id: com.amazonaws.us-east-1.sts, region: us-east-1}
    connections:
      - {id: dx-1, type: direct-connect, region: us-east-1, attachments: [vpc-app]}
    networks:
      - {id: ONPREM, cidrs: [192.168.0.0/16], via: [dx-1]}

    """

    @Test func aDirectConnectListingTheVPCAsAnAttachmentCarriesOnPremisesToAnInterfaceEndpoint() throws {
        let path = try temporaryFile("dx.yaml", Self.directConnectToAVPC)
        let run = try linkscope("compare", "ONPREM", "s3", "--json", "--source", path)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let options = try #require(json["options"] as? [[String: Any]])
        let endpoint = try #require(options.first { $0["id"] as? String == "interface-endpoint" })
        #expect(endpoint["feasible"] as? Bool == true)
        let reasons = endpoint["reasons"] as? [[String: Any]] ?? []
        #expect(reasons.contains { ($0["message"] as? String)?.contains("reaches vpc-app over dx-1") == true })
    }

    @Test func awsSpellingsLoadAndPrintTheDocumentedOnes() throws {
        let path = try temporaryFile("dx.yaml", Self.directConnectToAVPC)
        let run = try linkscope("show", "ep-sts", "--source", path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("state            pending-acceptance"))
        #expect(run.stdout.contains("type             interface"))
        #expect(!run.stdout.contains("pendingAcceptance"))
    }
}
