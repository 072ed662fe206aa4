import Topology

/// One CloudFormation template, its sections read and checked for shape, not yet evaluated.
struct Template: Sendable {
    /// A declared parameter.
    struct Parameter: Sendable {
        let name: String
        let place: SourceLocation
        /// `String`, `Number`, `CommaDelimitedList`, `List<AWS::EC2::Subnet::Id>`,
        /// `AWS::SSM::Parameter::Value<String>`…
        let type: String
        let defaultValue: TemplateNode?
        let allowedValues: [String]?

        /// List types take a comma-separated value and give a list.
        var isList: Bool { type == "CommaDelimitedList" || type.hasPrefix("List<") }
        /// SSM parameter types: the value is a parameter store name, resolved at deploy.
        var isSSM: Bool { type.hasPrefix("AWS::SSM::Parameter::Value<") }
    }

    /// A resource: `Type`, `Properties` and the attributes that decide whether and when it exists.
    struct Resource: Sendable {
        let logicalId: String
        let place: SourceLocation
        let type: String
        let typePlace: SourceLocation
        let properties: TemplateNode?
        let condition: (name: String, place: SourceLocation)?
        let dependsOn: [(name: String, place: SourceLocation)]
    }

    /// An output, and the name it is exported under when it is.
    struct Output: Sendable {
        let name: String
        let place: SourceLocation
        let value: TemplateNode
        let exportName: TemplateNode?
        let condition: (name: String, place: SourceLocation)?
    }

    /// The file as named in messages (a path, or `sample:NAME`).
    let file: String
    /// `AWS::StackName`: the file's name without folder and extension.
    let stackName: String
    var description = ""
    var parameters: [String: Parameter] = [:]
    var mappings: [String: TemplateNode] = [:]
    var conditions: [String: TemplateNode] = [:]
    var resources: [Resource] = []
    var resourceAt: [String: Int] = [:]
    var outputs: [Output] = []
    /// `Transform` macros (SAM, includes): not applied, so what they would add is missing.
    var transforms: [(name: String, place: SourceLocation)] = []

    init(file: String) {
        self.file = file
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let name = base.hasPrefix("sample:") ? String(base.dropFirst("sample:".count)) : base
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            stackName = String(name[..<dot])
        } else {
            stackName = name
        }
    }

    func resource(_ logicalId: String) -> Resource? { resourceAt[logicalId].map { resources[$0] } }
}
