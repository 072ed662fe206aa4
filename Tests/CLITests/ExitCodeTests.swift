import Foundation
import Testing

@Suite struct ExitCodeTests {
    @Test func unknownReferenceExits65WithFileLineColumn() throws {
        let path = try temporaryFile("arch.yaml", """
        format: linkscope/v1
        name: broken
        vpcs:
          - id: vpc-1
            region: us-east-1
            cidrs: [10.0.0.0/16]
        endpoints:
          - id: ep-1
            type: interface
            vpc: vpc-404
        """)
        let run = try linkscope("list", "endpoints", "--source", path)
        #expect(run.status == 65)
        #expect(run.stderr == "\(path):10:10: endpoint 'ep-1' refers to unknown VPC 'vpc-404'\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func missingFileExits66() throws {
        let run = try linkscope("list", "vpcs", "--source", "/nonexistent/arch.yaml")
        #expect(run.status == 66)
        #expect(run.stderr.contains("/nonexistent/arch.yaml: no such file or folder"))
    }

    @Test func aSourceNoImporterRecognisesExits65AndListsTheFormats() throws {
        let path = try temporaryFile("inventory.yaml", "hosts: [a, b]\n")
        let run = try linkscope("list", "vpcs", "--source", path)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("\(path): not a source linkscope can read; it reads\n"))
        for format in ["shipped sample", "AWS CLI snapshot", "linkscope architecture"] {
            #expect(run.stderr.contains("  \(format): "), "\(format)")
        }
    }

    @Test func usageErrorsExit64() throws {
        #expect(try linkscope("list", "widgets").status == 64)
        #expect(try linkscope("show", "--bogus").status == 64)
    }

    @Test func controlCharactersInNamesArePrintedEscaped() throws {
        let path = try temporaryFile("evil.yaml", """
        format: linkscope/v1
        name: "evil \\e]0;x\\a"
        vpcs:
          - id: vpc-1
            name: "owned \\e]0;x\\a"
            region: us-east-1
            cidrs: [10.0.0.0/16]
        """)
        let list = try linkscope("list", "vpcs", "--source", path)
        #expect(list.stdout.contains("owned \\e]0;x\\u{7}"))
        #expect(!list.stdout.contains("\u{1B}") && !list.stdout.contains("\u{07}"))
        let show = try linkscope("show", "vpc-1", "--source", path)
        #expect(show.stdout.contains("vpc-1  owned \\e]0;x\\u{7}"))
        #expect(!show.stdout.contains("\u{1B}"))
        let overview = try linkscope("show", "--source", path)
        #expect(overview.stdout.hasPrefix("evil \\e]0;x\\u{7}"))
        let json = try linkscope("list", "vpcs", "--json", "--source", path)
        #expect(json.stdout.contains("owned \\u001b]0;x\\u0007"))
        #expect(!json.stdout.contains("\u{1B}"))
    }
}
