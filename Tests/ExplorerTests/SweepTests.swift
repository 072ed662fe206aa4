import Explorer
import SafeText
import Testing

/// Every view at every width and height, on names in many scripts: each draw finishes,
/// and no line is wider than the screen. Example tests miss the widths where wrapping
/// meets a double-width character at the last column; a sweep does not.
@Suite(.timeLimit(.minutes(5))) struct SweepTests {
    static let hostile: ExplorerModel = try! model("""
    format: linkscope/v1
    name: 東京 ✈️ sweep
    accounts:
      - {id: "111122223333", name: 東京}
      - {id: "222233334444", name: "e\u{301}quipe 👩‍💻 שלום"}
    vpcs:
      - id: vpc-1
        name: 東京東京東京東京
        account: "111122223333"
        region: ap-northeast-1
        cidrs: [10.0.0.0/16]
        dnsSupport: true
        subnets:
          - {id: subnet-1, name: "서울특별시-a", zone: ap-northeast-1a, zoneId: apne1-az1, cidr: 10.0.0.0/24}
          - {id: subnet-2, name: "क्षि-subnet-b", zone: ap-northeast-1c, zoneId: apne1-az4, cidr: 10.0.1.0/24}
      - id: vpc-2
        name: "مرحبا بالعالم 🇯🇵"
        account: "222233334444"
        region: eu-west-1
        cidrs: [10.1.0.0/16]
    loadBalancers:
      - {id: nlb-1, name: 負荷分散装置, type: network, vpc: vpc-1, subnets: [subnet-1, subnet-2]}
    services:
      - id: vpce-svc-0123456789abcdef0
        name: com.amazonaws.vpce.ap-northeast-1.vpce-svc-0123456789abcdef0
        kind: endpoint-service
        type: interface
        owner: "111122223333"
        region: ap-northeast-1
        loadBalancers: [nlb-1]
    endpoints:
      - id: vpce-1
        name: "東京から👩‍💻へ-endpoint"
        type: interface
        vpc: vpc-1
        service: vpce-svc-0123456789abcdef0
        subnets: [subnet-1, subnet-2]
        securityGroups: [sg-東京]
    connections:
      - {id: pcx-1, name: "ピア接続 ↔ peering", type: vpc-peering, between: [vpc-1, vpc-2]}
    """)

    /// Keys that reach each view with something selected and the text panes in use.
    static let journeys = ["Down Down Enter Down Tab", "2 Down Tab Tab", "3 Tab", "4", "5 Down Tab", "6", "?"]

    @Test(arguments: journeys)
    func everyWidthDraws(keys: String) {
        for width in 1...200 {
            check(keys, width: width, height: 24)
        }
    }

    @Test(arguments: journeys)
    func everyHeightDraws(keys: String) {
        for height in 1...60 {
            check(keys, width: 80, height: height)
            check(keys, width: 50, height: height)
        }
    }

    private func check(_ keys: String, width: Int, height: Int) {
        let frame = Screen.draw(state(keys, width: width, height: height, model: Self.hostile))
        let lines = frame.lines
        #expect(lines.count == height)
        for line in lines where DisplayWidth.of(line) > width {
            Issue.record("\(keys) at \(width)x\(height): a line of \(DisplayWidth.of(line)) columns: \(line)")
        }
    }
}
