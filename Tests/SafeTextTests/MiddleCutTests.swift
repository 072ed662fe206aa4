import Testing
@testable import SafeText

@Suite struct MiddleCutTests {
    @Test func whatFitsIsUnchanged() {
        #expect(MiddleCut.fit("storefront", width: 10) == "storefront")
    }

    @Test func idsKeepTheirDistinguishingEnd() {
        #expect(MiddleCut.fit("vpce-svc-091579abe22b96e29", width: 16) == "vpce-…be22b96e29")
        #expect(MiddleCut.fit("com.amazonaws.us-east-1.dynamodb", width: 24) == "com.….us-east-1.dynamodb")
    }

    @Test func namesWithoutANearSeparatorKeepARawHead() {
        #expect(MiddleCut.fit("egress-inspection-a", width: 15) == "egre…spection-a")
    }

    @Test(arguments: 0...40)
    func theResultFitsTheWidth(width: Int) {
        for text in ["com.amazonaws.vpce.us-east-1.vpce-svc-091579abe22b96e29", "東京都庁の大阪府ソウル", "x"] {
            #expect(DisplayWidth.of(MiddleCut.fit(text, width: width)) <= width, "\(text) at \(width)")
        }
    }
}
