@testable import Importers
@testable import Topology

/// Loads templates given as (file name, text) together, as one command's sources would.
func loadTemplates(_ files: [(String, String)], options: LoadOptions = LoadOptions()) throws(LoadError) -> NetworkModel {
    try NetworkModel(merging: [CloudFormationImporter.load(files.map { ($0.0, Array($0.1.utf8)) }, options: options)])
}

/// Loads one template, named `file`.
func loadTemplate(_ text: String, file: String = "stack.yaml", options: LoadOptions = LoadOptions()) throws(LoadError) -> NetworkModel {
    try loadTemplates([(file, text)], options: options)
}

/// The message loading a template fails with, or nil when it loads.
func templateError(_ text: String, file: String = "stack.yaml", options: LoadOptions = LoadOptions()) -> String? {
    do {
        _ = try loadTemplate(text, file: file, options: options)
        return nil
    } catch {
        return error.message
    }
}

/// Every output of a template, evaluated, written compactly: text as is, lists in
/// brackets, `@id` for a resource, `?text` for a symbolic value.
func outputs(_ text: String, file: String = "stack.yaml", options: LoadOptions = LoadOptions()) throws(LoadError) -> [String: String] {
    let template = try TemplateReader.read(try TemplateParser.parse(Array(text.utf8), file: file), file: file)
    try StaticReferences.check(template)
    let stacks = try StackSet([template], options: options)
    var out: [String: String] = [:]
    for output in template.outputs { out[output.name] = rendered(try stacks.evaluators[0].value(output.value)) }
    return out
}

func rendered(_ value: TemplateValue) -> String {
    switch value.shape {
    case .text(let text): return text
    case .resource(let id): return "@" + id
    case .symbol(let text): return "?" + text
    case .noValue: return "(none)"
    case .list(let items): return "[" + items.map(rendered).joined(separator: ", ") + "]"
    case .map(let entries): return "{" + entries.map { "\($0.key): \(rendered($0.value))" }.joined(separator: ", ") + "}"
    }
}

/// The smallest template: one VPC.
let oneVpc = """
    AWSTemplateFormatVersion: "2010-09-09"
    Resources:
      Vpc:
        Type: AWS::EC2::VPC
        Properties:
          CidrBlock: 10.0.0.0/16

    """
