/// The CloudFormation templates shipped in `Samples/cloudformation/`, loadable as
/// `sample:NAME`. A template named `GROUP-PART` also belongs to the group `GROUP`, and
/// `sample:GROUP` loads every template of it together (`sample:two-stack` loads
/// `two-stack-network` and `two-stack-app`, which export to and import from each other).
public enum CloudFormationSamples {
    /// Groups of more than one template, then each template, by name.
    public static var names: [String] {
        let files = EmbeddedCloudFormationSamples.files.map(\.name)
        var groups: [String] = []
        for name in files {
            guard let group = group(of: name), !groups.contains(group),
                  files.filter({ Self.group(of: $0) == group }).count > 1 else { continue }
            groups.append(group)
        }
        return groups + files
    }

    /// The templates `name` stands for (a template or a group), or nil for none.
    static func files(named name: String) -> [(name: String, text: String)]? {
        let all = EmbeddedCloudFormationSamples.files
        if let one = all.first(where: { $0.name == name }) { return [one] }
        let members = all.filter { group(of: $0.name) == name }
        return members.count > 1 ? members : nil
    }

    /// `two-stack` for `two-stack-network`: the name without its last part.
    static func group(of name: String) -> String? {
        guard let dash = name.lastIndex(of: "-"), dash != name.startIndex else { return nil }
        return String(name[..<dash])
    }
}
