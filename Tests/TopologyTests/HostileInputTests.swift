import Foundation
import Testing
@testable import Importers
@testable import Topology

/// Inputs that must end in a clear error within a second: never a crash or a hang.
@Suite struct HostileInputTests {
    private func failsQuickly(_ bytes: [UInt8], _ expected: String) {
        let start = Date()
        do {
            _ = try NetworkModel(merging: [NativeLoader.load(bytes: bytes, file: "bad.yaml")])
            Issue.record("loaded")
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.exitCode == 65)
        }
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func emptyFile() {
        failsQuickly([], "bad.yaml:1:1: the file is empty")
        failsQuickly(Array("  \n\n".utf8), "the file is empty")
    }

    @Test func invalidUTF8NamesThePlace() {
        failsQuickly(Array("format: linkscope/v1\nname: caf".utf8) + [0xE9, 0x0A], "bad.yaml:2:10: invalid UTF-8 (byte 0xE9)")
    }

    @Test func binaryGarbage() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let start = Date()
        do {
            _ = try NativeLoader.load(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00] + bytes, file: "bad.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.message.hasPrefix("bad.yaml:1:"))
        }
        #expect(Date().timeIntervalSince(start) < 1)
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
