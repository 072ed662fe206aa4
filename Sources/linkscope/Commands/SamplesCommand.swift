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
            // The native samples, then the CloudFormation ones (groups that load several
            // templates together first), each as `--source sample:NAME` would load it.
            var samples = try Samples.names.map { name in
                let arch = try Samples.load(name)
                return (name: name, format: "linkscope", title: arch.name, description: arch.description)
            }
            for name in CloudFormationSamples.names {
                let model = try ImporterRegistry.load(["sample:\(name)"])
                samples.append((name: name, format: "cloudformation", title: model.name, description: model.description))
            }
            if json {
                JSONValue.array(samples.map { sample in
                    .object([("name", .string(sample.name)), ("source", .string("sample:\(sample.name)")),
                             ("format", .string(sample.format)), ("title", .string(sample.title)),
                             ("description", .string(sample.description))])
                }).emit()
                return
            }
            var table = TextTable("SAMPLE", "FORMAT", "TITLE", "SUMMARY")
            for sample in samples {
                table.add([sample.name, sample.format, sample.title, firstSentence(of: sample.description)])
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
