import Foundation
import Topology

/// CloudFormation templates (YAML with short-form tags, or JSON), recognised by what they
/// hold: `AWSTemplateFormatVersion`, or `Resources` whose entries have `Type: AWS::…`.
/// Every template of one command loads at once, so exports join stacks; the shipped
/// CloudFormation samples (`sample:NAME`) load with them.
struct CloudFormationImporter: Importer {
    let format = "CloudFormation template"
    var usage: String {
        let samples = CloudFormationSamples.names
        let named = samples.isEmpty ? "" : "; or sample:NAME, one of \(samples.joined(separator: ", "))"
        return "a YAML or JSON template with AWSTemplateFormatVersion or Resources of Type AWS::…\(named)"
    }

    func recognises(_ source: SourceCandidate) -> Bool {
        if source.spec.hasPrefix(SampleImporter.prefix) {
            return CloudFormationSamples.files(named: String(source.spec.dropFirst(SampleImporter.prefix.count))) != nil
        }
        return !source.isFolder && Self.looksLikeTemplate(String(decoding: source.head, as: UTF8.self))
    }

    func load(_ specs: [String]) throws(LoadError) -> [Architecture] {
        try load(specs, options: LoadOptions())
    }

    func load(_ specs: [String], options: LoadOptions) throws(LoadError) -> [Architecture] {
        var files: [(name: String, bytes: [UInt8])] = []
        for spec in specs { files += try Self.read(spec) }
        return [try Self.load(files, options: options)]
    }

    /// The templates `files` hold (each a name for messages and its bytes), as one
    /// architecture: checked one by one, then evaluated together.
    static func load(_ files: [(name: String, bytes: [UInt8])], options: LoadOptions) throws(LoadError) -> Architecture {
        var templates: [Template] = []
        for (file, bytes) in files {
            let template = try TemplateReader.read(try TemplateParser.parse(bytes, file: file), file: file)
            try StaticReferences.check(template)
            templates.append(template)
        }
        var assembler = ModelAssembler(try StackSet(templates, options: options))
        return try assembler.assemble()
    }

    /// True for the text of a template: a top-level `AWSTemplateFormatVersion` key, or a
    /// `Resources` key and a `Type` naming an `AWS::` resource type, in YAML or JSON spellings.
    static func looksLikeTemplate(_ text: String) -> Bool {
        let key = { (name: String) in #"(^|[{,])[ \t]*["']?"# + name + #"["']?[ \t]*:"# }
        if text.firstMatch(of: try! Regex(key("AWSTemplateFormatVersion")).anchorsMatchLineEndings()) != nil { return true }
        guard text.firstMatch(of: try! Regex(key("Resources")).anchorsMatchLineEndings()) != nil else { return false }
        return text.contains(#/["']?Type["']?[ \t]*:[ \t]*["']?AWS::/#)
    }

    /// The files a source stands for, as (name in messages, bytes): one file, or the
    /// templates of a shipped sample.
    private static func read(_ spec: String) throws(LoadError) -> [(name: String, bytes: [UInt8])] {
        if spec.hasPrefix(SampleImporter.prefix) {
            let name = String(spec.dropFirst(SampleImporter.prefix.count))
            return (CloudFormationSamples.files(named: name) ?? []).map { ("sample:\($0.name)", Array($0.text.utf8)) }
        }
        guard let data = FileManager.default.contents(atPath: spec) else {
            throw LoadError(.unreadable, "\(spec): cannot be read (check its permissions)")
        }
        return [(spec, [UInt8](data))]
    }
}
