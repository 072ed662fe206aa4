import Testing
@testable import Guide

/// Inline markup: emphasis, code, images, web links and wikilinks in every form.
@Suite struct InlineParserTests {
    private func inlines(_ text: String) -> [Inline] {
        InlineParser.parse([(text, 1)], file: "test.md").inlines
    }

    private func warnings(_ text: String) -> [String] {
        InlineParser.parse([(text, 7)], file: "test.md").warnings
    }

    @Test func boldItalicAndCode() {
        #expect(inlines("a **b** c") == [.text("a ", []), .text("b", .bold), .text(" c", [])])
        #expect(inlines("*i* and _j_") == [.text("i", .italic), .text(" and ", []), .text("j", .italic)])
        #expect(inlines("__b__") == [.text("b", .bold)])
        #expect(inlines("***both***") == [.text("both", [.bold, .italic])])
        #expect(inlines("**bold *nested* bold**") == [
            .text("bold ", .bold), .text("nested", [.bold, .italic]), .text(" bold", .bold),
        ])
        #expect(inlines("run `aws s3 ls` now") == [.text("run ", []), .text("aws s3 ls", .code), .text(" now", [])])
        #expect(inlines("``a ` b``") == [.text("a ` b", .code)])
    }

    @Test func underscoresInsideWordsAndLoneStarsStayText() {
        #expect(inlines("TCP_UDP and snake_case_name") == [.text("TCP_UDP and snake_case_name", [])])
        #expect(inlines("5 * 3 = 15") == [.text("5 * 3 = 15", [])])
        #expect(warnings("TCP_UDP, 5 * 3").isEmpty)
    }

    @Test func backslashEscapesMarkup() {
        #expect(inlines(#"\*not italic\* \[x]"#) == [.text("*not italic* [x]", [])])
    }

    @Test func imagesShowTheirAltText() {
        #expect(inlines("![Private Link.png](/img/Private%20Link.png)") == [.image(alt: "Private Link.png")])
        #expect(inlines("![[diagram.png]]") == [.image(alt: "diagram.png")])
    }

    @Test func webLinksKeepLabelAndAddress() {
        #expect(inlines("see [AWS **docs**](https://docs.aws.amazon.com/x \"title\") now") == [
            .text("see ", []), .link(label: "AWS docs", target: .url("https://docs.aws.amazon.com/x")), .text(" now", []),
        ])
        #expect(inlines("<https://aws.amazon.com>") == [.link(label: "https://aws.amazon.com", target: .url("https://aws.amazon.com"))])
        #expect(inlines("[other note](../vpc.md)") == [.link(label: "other note", target: .topic("vpc"))])
        #expect(inlines("[1] is not a link") == [.text("[1] is not a link", [])])
    }

    @Test func wikilinksInEveryForm() {
        let path = "aws/Networking-Content-Delivery/VPC/Atomic-Elements/vpc-peering"
        #expect(inlines("[[\(path)]]") == [.link(label: "vpc-peering", target: .topic("vpc-peering"))])
        #expect(inlines("[[\(path)|peering]]") == [.link(label: "peering", target: .topic("vpc-peering"))])
        #expect(inlines("[[\(path)\\|peering]]") == [.link(label: "peering", target: .topic("vpc-peering"))])
        #expect(inlines("[[Transit-Gateway]]") == [.link(label: "Transit-Gateway", target: .topic("transit-gateway"))])
        #expect(inlines("[[vpc#Where|where]]") == [.link(label: "where", target: .topic("vpc"))])
        #expect(inlines("[[folder/Private%20Link.md]]") == [.link(label: "Private Link", target: .topic("private link"))])
    }

    @Test func wikilinksInsideBoldStayLinks() {
        #expect(inlines("**see [[vpc|the VPC]]**") == [.text("see ", .bold), .link(label: "the VPC", target: .topic("vpc"))])
    }

    @Test func linesOfAParagraphKeepTheirNumbersInWarnings() {
        let result = InlineParser.parse([("fine", 3), ("broken **here", 4)], file: "n.md")
        #expect(result.inlines.plainText == "fine broken **here")
        #expect(result.warnings == ["n.md:4: unclosed '**'"])
    }
}
