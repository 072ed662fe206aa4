import Testing
@testable import Importers
@testable import Topology

/// Regions, accounts and enumeration values read out of AWS's names.
@Suite struct SnapshotNamesTests {
    @Test func kebabCasesEveryAWSSpelling() {
        #expect(SnapshotNames.kebab("PendingAcceptance") == "pending-acceptance")
        #expect(SnapshotNames.kebab("pendingAcceptance") == "pending-acceptance")
        #expect(SnapshotNames.kebab("GatewayLoadBalancer") == "gateway-load-balancer")
        #expect(SnapshotNames.kebab("Available") == "available")
        #expect(SnapshotNames.kebab("pending-acceptance") == "pending-acceptance")
        #expect(SnapshotNames.kebab("active_impaired") == "active-impaired")
    }

    @Test func regionsComeFromZonesARNsServiceNamesAndFolders() {
        #expect(SnapshotNames.region(ofZone: "us-east-1a") == "us-east-1")
        #expect(SnapshotNames.region(ofZone: "us-west-2-lax-1a") == "us-west-2")
        #expect(SnapshotNames.region(ofZone: "us-gov-west-1b") == "us-gov-west-1")
        #expect(SnapshotNames.region(ofARN: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/x/1") == "eu-west-1")
        #expect(SnapshotNames.account(ofARN: "arn:aws:ec2:eu-west-1:111122223333:transit-gateway/tgw-1") == "111122223333")
        #expect(SnapshotNames.region(ofARN: "arn:aws:iam::111122223333:user/x") == nil)
        #expect(SnapshotNames.region(ofServiceName: "com.amazonaws.vpce.ap-southeast-2.vpce-svc-1") == "ap-southeast-2")
        #expect(SnapshotNames.region(ofServiceName: "com.amazonaws.us-east-1.s3") == "us-east-1")
        #expect(SnapshotNames.region(ofPath: "snap/111122223333/eu-central-1/describe-vpcs.json") == "eu-central-1")
        #expect(SnapshotNames.account(ofPath: "snap/111122223333/eu-central-1/describe-vpcs.json") == "111122223333")
        #expect(SnapshotNames.region(ofPath: "us-east-1.json") == nil)
    }

    @Test func awsServiceNamesAreToldFromEndpointServiceNames() {
        #expect(SnapshotNames.isAWSServiceName("com.amazonaws.us-east-1.s3"))
        #expect(!SnapshotNames.isAWSServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-1"))
        #expect(SnapshotNames.serviceId(ofName: "com.amazonaws.vpce.us-east-1.vpce-svc-0abc") == "vpce-svc-0abc")
        #expect(SnapshotNames.serviceId(ofName: "aws.partner.example") == "aws.partner.example")
    }
}
