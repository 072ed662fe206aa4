import Foundation
import TestSupport
import Testing
@testable import Importers
@testable import Topology

/// Inputs that must end in a clear error: never a crash or a hang. A hang fails the
/// suite's time limit; how fast they fail is the benchmarks' business, not a debug build's.
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
    private func failsQuickly(_ bytes: [UInt8], _ expected: String) {
        do {
            _ = try NetworkModel(merging: [NativeLoader.load(bytes: bytes, file: "bad.yaml")])
            Issue.record("loaded")
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.exitCode == 65)
        }
    }

    @Test func emptyFile() {
        failsQuickly([], "bad.yaml:1:1: the file is empty")
        failsQuickly(Array("  \n\n".utf8), "the file is empty")
    }

    @Test func invalidUTF8NamesThePlace() {
        failsQuickly(Array("format: linkscope/v1\nname: caf".utf8) + [0xE9, 0x0A], "bad.yaml:2:10: invalid UTF-8 (byte 0xE9)")
    }

    /// Seeded random text in YAML's own alphabet, after a valid header, so the parser and
    /// the decoder (not the UTF-8 check) meet it: every outcome is a placed error or a load.
    @Test(arguments: 0..<200)
    func randomYAMLIsRefusedWithAPlace(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let alphabet = Array("abcxyz01:-,[]{}&*!|>'\"#%@ \n\t?")
        let body = String((0..<2048).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        do {
            _ = try NetworkModel(merging: [NativeLoader.load(bytes: Array(("format: linkscope/v1\n" + body).utf8),
                                                             file: "bad.yaml")])
        } catch {
            #expect(error.message.hasPrefix("bad.yaml:"), "\(error.message)")
            #expect(error.exitCode == 65)
        }
    }

    @Test func nulByteIsCalledBinary() {
        failsQuickly(Array("format: x\0".utf8), "bad.yaml:1:10: control character NUL in the text; this looks like a binary file")
    }

    @Test func deepNesting() {
        let depth = 200_000
        let text = "format: linkscope/v1\nvpcs: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        failsQuickly(Array(text.utf8), "nested too deeply")
    }

    @Test func deepBlockNesting() {
        let text = "format: linkscope/v1\nvpcs:\n" + String(repeating: "- ", count: 200_000) + "x\n"
        failsQuickly(Array(text.utf8), "nested too deeply")
    }

    @Test func aliasBomb() {
        var lines = ["format: linkscope/v1", "name: &a0 lol"]
        lines.append("description: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]")
        for level in 2...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("x\(level): &a\(level) [\(refs)]")
        }
        failsQuickly(Array(lines.joined(separator: "\n").utf8), "bad.yaml:4:1: unknown key 'x2' in the architecture")
    }

    @Test func quadraticAliasExpansionUnderValidKeysRunsOutOfBudget() {
        // 3,000 aliases of a VPC whose subnets are 3,000 aliases of one subnet: 9 million
        // subnets from 40 kB. The node budget must stop it before any duplicate-id check runs.
        let subnets = "[&m {id: s, zone: a, cidr: 10.0.0.0/24}" + String(repeating: ", *m", count: 3000) + "]"
        var lines = ["format: linkscope/v1", "vpcs:", "  - &v {id: v, region: r, cidrs: [10.0.0.0/16], subnets: \(subnets)}"]
        lines += Array(repeating: "  - *v", count: 3000)
        failsQuickly(Array(lines.joined(separator: "\n").utf8), "expands to far more nodes than it has bytes")
    }
}
