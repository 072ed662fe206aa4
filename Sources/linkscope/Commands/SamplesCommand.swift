import ArgumentParser
import Foundation
import Importers
import Topology

/// `linkscope samples`: the reference architectures compiled into the binary.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples", abstract: "List the shipped sample architectures (load one with --source sample:NAME).")

    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let samples = try Samples.names.map { name in (name, try Samples.load(name)) }
            if json {
                JSONValue.array(samples.map { name, arch in
                    .object([("name", .string(name)), ("source", .string("sample:\(name)")), ("title", .string(arch.name)),
                             ("description", .string(arch.description))])
                }).emit()
                return
            }
            var table = TextTable("SAMPLE", "TITLE", "SUMMARY")
            for (name, arch) in samples {
                table.add([name, arch.name, firstSentence(of: arch.description)])
            }
            table.write()
        }
    }

    /// Up to the first full stop that ends a sentence (not the dot inside `192.168.0.0/16`).
    private func firstSentence(of text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard let end = flat.range(of: ". ") else { return flat }
        return String(flat[..<end.upperBound]).trimmingCharacters(in: .whitespaces)
    }
}
