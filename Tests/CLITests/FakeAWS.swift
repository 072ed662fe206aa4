import Foundation

/// A fake `aws` for the snapshot tests: a shell script in a folder of its own, to put
/// first on PATH. With `FAKE_AWS_SLEEP=S` each describe call takes S seconds and marks
/// its start and end in `trace.log`, so a test can see how many ran at once.
enum FakeAWS {
    /// A fake AWS CLI: prints output by call (ids carry the region; one VPC, transit
    /// gateway route table and customer prefix list a region, for the per-item calls), fails
    /// describe-transit-gateways as AWS does without permission and search-transit-gateway-routes
    /// as an API without it does, and logs its arguments. `FAKE_BAD_VPCS` makes
    /// describe-vpcs print broken JSON.
    static let script = #"""
        #!/bin/bash
        echo "$*" >> "$(dirname "$0")/calls.log"
        if [ -n "$FAKE_AWS_SLEEP" ] && [ "$1" != sts ]; then
          echo start >> "$(dirname "$0")/trace.log"; sleep "$FAKE_AWS_SLEEP"; echo end >> "$(dirname "$0")/trace.log"
        fi
        region="" item="" attribute=""
        args=("$@")
        for ((i = 0; i < $#; i++)); do
          case "${args[$i]}" in
            --region) region=${args[$((i + 1))]} ;;
            --vpc-id|--transit-gateway-route-table-id|--prefix-list-id) item=${args[$((i + 1))]} ;;
            --attribute) attribute=${args[$((i + 1))]} ;;
          esac
        done
        case "$1 $2" in
          "sts get-caller-identity")
            [ -n "$FAKE_STS_FAILS" ] && { echo "Unable to locate credentials." >&2; exit 253; }
            echo '{"UserId": "AIDA1", "Account": "111122223333", "Arn": "arn:aws:iam::111122223333:user/t"}' ;;
          "configure get") exit 1 ;;
          "ec2 describe-vpcs")
            [ -n "$FAKE_BAD_VPCS" ] && { echo '{"Vpcs": [{"VpcId": '; exit 0; }
            echo "{\"Vpcs\": [{\"VpcId\": \"vpc-$region\", \"CidrBlock\": \"10.0.0.0/16\", \"OwnerId\": \"111122223333\"}]}" ;;
          "ec2 describe-vpc-attribute")
            key=$([ "$attribute" = enableDnsSupport ] && echo EnableDnsSupport || echo EnableDnsHostnames)
            echo "{\"VpcId\": \"$item\", \"$key\": {\"Value\": $([ "$key" = EnableDnsSupport ] && echo true || echo false)}}" ;;
          "ec2 describe-transit-gateway-route-tables")
            echo "{\"TransitGatewayRouteTables\": [{\"TransitGatewayRouteTableId\": \"tgw-rtb-$region\", \"TransitGatewayId\": \"tgw-$region\", \"State\": \"available\"}]}" ;;
          "ec2 get-transit-gateway-route-table-associations")
            echo "{\"Associations\": [{\"TransitGatewayAttachmentId\": \"tgw-attach-1\", \"ResourceId\": \"vpc-$region\", \"ResourceType\": \"vpc\", \"State\": \"associated\"}]}" ;;
          "ec2 get-transit-gateway-route-table-propagations") echo '{"TransitGatewayRouteTablePropagations": []}' ;;
          "ec2 search-transit-gateway-routes")
            printf 'An error occurred (InvalidAction) when calling the SearchTransitGatewayRoutes operation: not implemented\n' >&2
            exit 254 ;;
          "ec2 describe-managed-prefix-lists")
            echo "{\"PrefixLists\": [{\"PrefixListId\": \"pl-$region\", \"PrefixListName\": \"office\", \"OwnerId\": \"111122223333\"}, {\"PrefixListId\": \"pl-s3\", \"PrefixListName\": \"com.amazonaws.$region.s3\", \"OwnerId\": \"AWS\"}]}" ;;
          "ec2 get-managed-prefix-list-entries") echo '{"Entries": [{"Cidr": "192.168.0.0/24"}]}' ;;
          "ec2 describe-subnets")
            echo "{\"Subnets\": [{\"SubnetId\": \"subnet-$region\", \"VpcId\": \"vpc-$region\", \"AvailabilityZone\": \"${region}a\"}]}" ;;
          "ec2 describe-transit-gateways")
            printf '\nAn error occurred (UnauthorizedOperation) when calling the DescribeTransitGateways operation: not allowed\n' >&2
            exit 254 ;;
          *) echo '{}' ;;
        esac
        """#

    /// A folder holding the fake `aws`.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkscope-fake-aws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let aws = dir.appendingPathComponent("aws")
        try script.write(to: aws, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: aws.path)
        return dir
    }

    /// The most calls that were running at once, from `trace.log`.
    static func mostAtOnce(in folder: URL) throws -> Int {
        let trace = try String(contentsOf: folder.appendingPathComponent("trace.log"), encoding: .utf8)
        var running = 0, most = 0
        for line in trace.split(separator: "\n") {
            running += line == "start" ? 1 : -1
            most = max(most, running)
        }
        return most
    }
}
