@testable import Importers
@testable import Topology

/// Loads YAML text as if from `arch.yaml`.
func load(_ yaml: String, file: String = "arch.yaml") throws(LoadError) -> NetworkModel {
    try NetworkModel(merging: [NativeLoader.load(bytes: Array(yaml.utf8), file: file)])
}

/// The message a YAML text fails with, or nil when it loads.
func loadError(_ yaml: String) -> LoadError? {
    do {
        _ = try load(yaml)
        return nil
    } catch {
        return error
    }
}

/// A small valid architecture the tests extend.
let minimal = """
format: linkscope/v1
name: minimal
accounts:
  - id: "111122223333"
    name: provider
vpcs:
  - id: vpc-a
    name: app
    account: "111122223333"
    region: us-east-1
    cidrs: [10.0.0.0/16]
    subnets:
      - {id: subnet-a1, zone: us-east-1a, zoneId: use1-az1, cidr: 10.0.1.0/24}
      - {id: subnet-a2, zone: us-east-1b, zoneId: use1-az2, cidr: 10.0.2.0/24}
    routeTables:
      - id: rtb-a
        subnets: [subnet-a1]
        routes:
          - {destination: 10.0.0.0/16, target: local}
loadBalancers:
  - {id: nlb-1, name: api-nlb, type: network, vpc: vpc-a, subnets: [subnet-a1, subnet-a2]}
services:
  - id: vpce-svc-1
    name: com.amazonaws.vpce.us-east-1.vpce-svc-1
    kind: endpoint-service
    type: interface
    region: us-east-1
    loadBalancers: [nlb-1]
  - {id: com.amazonaws.us-east-1.s3, kind: aws-service, region: us-east-1}
endpoints:
  - id: vpce-1
    name: api
    type: interface
    vpc: vpc-a
    service: vpce-svc-1
    subnets: [subnet-a1]
  - {id: vpce-2, type: gateway, vpc: vpc-a, service: com.amazonaws.us-east-1.s3, routeTables: [rtb-a]}

"""
