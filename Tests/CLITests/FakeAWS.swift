import Foundation

/// A fake `aws` for the snapshot tests: a shell script in a folder of its own, to put
/// first on PATH. With `FAKE_AWS_SLEEP=S` each describe call takes S seconds and marks
/// its start and end in `trace.log`, so a test can see how many ran at once.
enum FakeAWS {
    /// A fake AWS CLI: prints output by call (ids carry the region), fails
    /// describe-transit-gateways as AWS does without permission, and logs its arguments.
    static let script = #"""
        #!/bin/bash
        echo "$*" >> "$(dirname "$0")/calls.log"
        if [ -n "$FAKE_AWS_SLEEP" ] && [ "$1" != sts ]; then
          echo start >> "$(dirname "$0")/trace.log"; sleep "$FAKE_AWS_SLEEP"; echo end >> "$(dirname "$0")/trace.log"
        fi
        region=""
        args=("$@")
        for ((i = 0; i < $#; i++)); do [ "${args[$i]}" = "--region" ] && region=${args[$((i + 1))]}; done
        case "$1 $2" in
          "sts get-caller-identity")
            [ -n "$FAKE_STS_FAILS" ] && { echo "Unable to locate credentials." >&2; exit 253; }
            echo '{"UserId": "AIDA1", "Account": "111122223333", "Arn": "arn:aws:iam::111122223333:user/t"}' ;;
          "configure get") exit 1 ;;
          "ec2 describe-vpcs")
            echo "{\"Vpcs\": [{\"VpcId\": \"vpc-$region\", \"CidrBlock\": \"10.0.0.0/16\", \"OwnerId\": \"111122223333\"}]}" ;;
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
