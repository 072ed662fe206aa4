import Testing
@testable import Guide

/// The seed note, exactly as written in the user's vault, is the format's reference input.
@Suite struct SeedNoteTests {
    @Test func parsesWithoutWarnings() throws {
        let note = try Fixtures.seed()
        #expect(note.warnings.isEmpty)
        #expect(note.topic == "private-link")
        #expect(note.title == "Private Link")
        #expect(note.asOf == nil)
        #expect(note.summary.hasPrefix("PrivateLink enables private connectivity across VPCs, accounts, and regions"))
    }

    @Test func hasTheImageThenItsSections() throws {
        let note = try Fixtures.seed()
        #expect(note.sections.map(\.heading) == ["", "What", "When", "Where", "Why", "Related Services/Resources", "References"])
        #expect(note.sections[0].blocks.map(\.described) == ["p(Private Link.png)"])
    }

    @Test func keyComponentsCalloutKeepsItsLevels() throws {
        let what = try #require(try Fixtures.seed().section(startingWith: "What"))
        #expect(what.blocks.map(\.described) == [
            "p(PrivateLink enables private connectivity across VPCs, accounts, and regions without traversing the public "
                + "internet, VPN, or Direct Connect. In Reality, we refer to following services backed by private link.)",
            "c[info](Key Components:){b0(Endpoints (Consumer side):),b1(Interface endpoint),"
                + "b1(Gateway Endpoint: ONLY for S3 and DynamoDB access, and Private Link is NOT used),"
                + "b1(Gateway Load Balancer Endpoint),b0(Endpoint services (Provider side):),"
                + "b1(Network Load Balancer),b1(Gateway Load Balancer)}",
        ])
        guard case .callout(_, _, let items) = what.blocks[1], case .bullet(_, let first) = items[0] else {
            Issue.record("expected a callout of bullets"); return
        }
        #expect(first == [.text("Endpoints (Consumer side)", .bold), .text(":", [])])
    }

    @Test func whereLinksPeeringAndRelatedLinksLoadBalancers() throws {
        let note = try Fixtures.seed()
        #expect(note.section(startingWith: "Where")?.topicLinks.map(\.topic) == ["vpc-peering", "transit-gateway-peering"])
        #expect(note.section(startingWith: "Related")?.topicLinks.map(\.topic) == ["network-load-balancer", "gateway-load-balancer"])
        #expect(note.urlLinks.map(\.url) == ["https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html"])
    }

    @Test func libraryListsRelatedLinkedTopicsAndSources() throws {
        let note = try Fixtures.seed()
        let library = GuideLibrary.builtIn
        #expect(library.related(note).map(\.topic) == ["network-load-balancer", "gateway-load-balancer"])
        #expect(library.linkedTopics(note).map(\.topic)
            == ["network-load-balancer", "gateway-load-balancer", "vpc-peering", "transit-gateway-peering"])
        #expect(library.sources(note).map(\.label) == ["AWS Private Link"])
    }
}
