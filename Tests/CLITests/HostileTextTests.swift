import Foundation
import Testing

/// Every string a model file or a guide note can hold is set to terminal escapes, C1
/// controls and bidi controls, then every command runs on them: none of those characters
/// may reach stdout or stderr raw, whichever formatter printed them.
@Suite struct HostileTextTests {
    /// As YAML writes it: an OSC that retitles the terminal (ESC ] 2 ; … BEL), CSI (0x9B),
    /// NEL and DCS (C1), then RLO, LRI, the Arabic letter mark and RLM.
    static let yaml = #"\e]2;PWNED\a\x9B31m\N\x90\u202E\u2066\u061C\u200F"#
    /// The same characters raw: notes are read as they are, and ids go on the command line.
    static let raw = "\u{1B}]2;PWNED\u{7}\u{9B}31m\u{85}\u{90}\u{202E}\u{2066}\u{61C}\u{200F}"
    static let forbidden = Set(raw.unicodeScalars).subtracting("]2;PWNED31m".unicodeScalars)

    /// Every element's id, as `show` takes it.
    static let ids = ["111122223333", "444455556666"]
        + ["vpc-a", "vpc-b", "subnet-a", "subnet-b", "rtb-a", "nlb-", "svc-", "s3-", "vpce-", "vpce-gw-", "pcx-", "tgw-",
           "vpn-", "dc-"].map { $0 + raw }

    /// Every key of the file format that takes free text holds the characters; the rest
    /// (account ids, enumerations, CIDRs, flags) cannot.
    static let model = #"""
    format: linkscope/v1
    name: "model \#(yaml)"
    description: "about \#(yaml)\nsecond line \#(yaml)"
    accounts:
      - {id: "111122223333", name: "provider \#(yaml)"}
      - {id: "444455556666", name: "consumer \#(yaml)"}
    vpcs:
      - id: "vpc-a\#(yaml)"
        name: "vpc a \#(yaml)"
        account: "111122223333"
        region: "us-east-1\#(yaml)"
        cidrs: [10.0.0.0/16]
        dnsSupport: true
        dnsHostnames: true
        subnets:
          - {id: "subnet-a\#(yaml)", name: "subnet a \#(yaml)", zone: "zone \#(yaml)", zoneId: "zone-id \#(yaml)", cidr: 10.0.1.0/24}
        routeTables:
          - id: "rtb-a\#(yaml)"
            name: "rtb a \#(yaml)"
            subnets: ["subnet-a\#(yaml)"]
            routes:
              - {destination: "destination \#(yaml)", target: "target \#(yaml)"}
              - {destination: 10.1.0.0/16, target: "pcx-\#(yaml)"}
      - id: "vpc-b\#(yaml)"
        name: "vpc b \#(yaml)"
        account: "444455556666"
        region: "us-east-1\#(yaml)"
        cidrs: [10.1.0.0/16]
        subnets:
          - {id: "subnet-b\#(yaml)", name: "subnet b \#(yaml)", zone: "zone \#(yaml)", zoneId: "zone-id \#(yaml)", cidr: 10.1.1.0/24}
    loadBalancers:
      - {id: "nlb-\#(yaml)", name: "nlb \#(yaml)", type: network, vpc: "vpc-a\#(yaml)", subnets: ["subnet-a\#(yaml)"], scheme: internal}
    services:
      - id: "svc-\#(yaml)"
        name: "com.amazonaws.vpce.\#(yaml)"
        kind: endpoint-service
        owner: "owner \#(yaml)"
        type: interface
        region: "us-east-1\#(yaml)"
        loadBalancers: ["nlb-\#(yaml)"]
        acceptanceRequired: true
        allowedPrincipals: ["arn:aws:iam::444455556666:\#(yaml)"]
        supportedRegions: ["region \#(yaml)"]
        privateDnsName: "api.\#(yaml).example"
      - {id: "s3-\#(yaml)", name: "com.amazonaws.us-east-1\#(yaml).s3", kind: aws-service, type: gateway, region: "us-east-1\#(yaml)"}
    endpoints:
      - id: "vpce-\#(yaml)"
        name: "endpoint \#(yaml)"
        type: interface
        vpc: "vpc-b\#(yaml)"
        service: "svc-\#(yaml)"
        subnets: ["subnet-b\#(yaml)"]
        securityGroups: ["sg-\#(yaml)"]
        privateDns: true
        state: pending-acceptance
        policy: "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"\#(yaml)\"}]}\n\#(yaml)"
      - {id: "vpce-gw-\#(yaml)", name: "gateway endpoint \#(yaml)", type: gateway, vpc: "vpc-a\#(yaml)", service: "s3-\#(yaml)",
         routeTables: ["rtb-a\#(yaml)"]}
    connections:
      - {id: "pcx-\#(yaml)", name: "peering \#(yaml)", type: vpc-peering, between: ["vpc-a\#(yaml)", "vpc-b\#(yaml)"], region: "us-east-1\#(yaml)"}
      - {id: "tgw-\#(yaml)", name: "tgw \#(yaml)", type: transit-gateway, region: "us-east-1\#(yaml)", attachments: ["vpc-a\#(yaml)", "vpn-\#(yaml)"]}
      - {id: "vpn-\#(yaml)", name: "vpn \#(yaml)", type: vpn, state: available}
    networks:
      - {id: "dc-\#(yaml)", name: "data centre \#(yaml)", cidrs: [192.168.0.0/16], via: ["vpn-\#(yaml)"]}
    """#

    /// A note with the characters in every part the guide shows, and an unclosed `**` so
    /// a warning naming the file goes to stderr.
    static let note = """
    ---
    title: Title \(raw)
    summary: Summary \(raw)
    asOf: 2026-01-01 \(raw)
    ---
    # Heading \(raw)
    ## What \(raw)
    Body \(raw) with **bold \(raw)**, [[vpc|link \(raw)]], [[missing \(raw)]] and [web \(raw)](https://example.com/\(raw)).

    > [!info \(raw)] Callout \(raw)
    >- item \(raw)

    An **unclosed \(raw)

    ## Related
    - [[vpc-peering|peer \(raw)]]
    """

    /// The note's topic: its file name, lower-cased.
    static let topic = "topic-\(raw)".lowercased()

    /// The model file and the notes folder, written afresh for each test.
    struct Files {
        let model: String
        let notes: String

        init() throws {
            model = try temporaryFile("hostile.yaml", HostileTextTests.model)
            notes = URL(fileURLWithPath: try temporaryFile("\(HostileTextTests.topic).md", HostileTextTests.note))
                .deletingLastPathComponent().path
        }
    }

    /// Runs `linkscope arguments` and fails when either output holds a forbidden character
    /// or the raw bytes of ESC, BEL or CSI; `shows` says the output must show the data.
    @discardableResult
    func expectEscaped(_ arguments: [String], status: Set<Int32> = [0], shows: Bool = true) throws -> Run {
        let run = try linkscope(arguments: arguments)
        let command = "linkscope " + arguments.joined(separator: " ").debugDescription
        #expect(status.contains(run.status), "\(command) exited \(run.status): \(run.stderr.debugDescription)")
        for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
            let found = Set(text.unicodeScalars).intersection(Self.forbidden)
            #expect(found.isEmpty, "\(command): \(stream) holds \(found.map { String($0.value, radix: 16) }.sorted())")
            let bytes = Array(text.utf8)
            let csi = zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B }
            #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !csi, "\(command): \(stream) holds raw bytes")
        }
        if shows { #expect((run.stdout + run.stderr).lowercased().contains("pwned"), "\(command) showed no data") }
        return run
    }

    @Test func listAndShowEveryElement() throws {
        let files = try Files()
        let source = ["--source", files.model]
        for kind in ["accounts", "vpcs", "subnets", "route-tables", "endpoints", "services", "load-balancers", "connections",
                     "networks"] {
            try expectEscaped(["list", kind] + source)
            try expectEscaped(["list", kind, "--json"] + source)
        }
        try expectEscaped(["show"] + source)
        try expectEscaped(["show", "--json"] + source)
        for id in Self.ids {
            try expectEscaped(["show", id] + source)
            try expectEscaped(["show", id, "--json"] + source)
        }
        try expectEscaped(["show", "vpc-c" + Self.raw] + source, status: [65])
        try expectEscaped(["samples"], shows: false)
    }

    @Test func checkAndCompare() throws {
        let source = ["--source", try Files().model]
        try expectEscaped(["check"] + source, status: [0, 1])
        try expectEscaped(["check", "--json"] + source, status: [0, 1])
        try expectEscaped(["check", "--format", "sarif"] + source, status: [0, 1])
        let vpcA = "vpc-a" + Self.raw, vpcB = "vpc-b" + Self.raw
        for (from, to) in [(vpcA, vpcB), (vpcB, "svc-" + Self.raw), (vpcA, "s3-" + Self.raw), (vpcA, "dc-" + Self.raw)] {
            try expectEscaped(["compare", from, to] + source)
            try expectEscaped(["compare", from, to, "--json"] + source)
        }
        try expectEscaped(["compare", "vpc-c" + Self.raw, vpcB] + source, status: [65])
    }

    @Test func guideAndRender() throws {
        let files = try Files()
        let notes = ["--notes", files.notes]
        try expectEscaped(["guide"] + notes)
        try expectEscaped(["guide", "--json"] + notes)
        let text = try expectEscaped(["guide", Self.topic] + notes)
        #expect(text.stderr.contains("unclosed '**'"))
        try expectEscaped(["guide", Self.topic, "--json"] + notes)
        for keys in ["", "Down Down Enter", "2", "3", "4", "5", "6", "?"] {
            try expectEscaped(["render", "--keys", keys, "--source", files.model] + notes, shows: !["4", "6", "?"].contains(keys))
        }
    }

    /// A load error quotes the file's text.
    @Test func loadErrors() throws {
        let broken = Self.model.replacingOccurrences(of: "vpc: \"vpc-b", with: "vpc: \"vpc-404")
        try expectEscaped(["list", "endpoints", "--source", try temporaryFile("broken.yaml", broken)], status: [65])
    }

    /// The defect this suite was written for: `show` printed a VPC's region raw, so this
    /// file retitled the terminal.
    @Test func aRegionThatRetitlesTheTerminalIsShownEscaped() throws {
        let path = try temporaryFile("retitle.yaml", #"""
        format: linkscope/v1
        name: retitle
        vpcs:
          - {id: vpc-1, region: "us-east-1\e]2;PWNED\a", cidrs: [10.0.0.0/16]}
        """#)
        let escaped = #"us-east-1\e]2;PWNED\u{7}"#
        #expect(try expectEscaped(["show", "vpc-1", "--source", path]).stdout.contains("region   \(escaped)\n"))
        #expect(try expectEscaped(["show", "--source", path]).stdout.contains("regions: \(escaped)\n"))
        let json = try expectEscaped(["show", "vpc-1", "--json", "--source", path]).stdout
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["region"] as? String == "us-east-1\u{1B}]2;PWNED\u{7}", "JSON escapes must decode to the data")
    }
}
