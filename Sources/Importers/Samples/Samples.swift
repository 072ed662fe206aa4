import Topology

/// The reference architectures compiled into the binary, loadable as `sample:NAME`.
public enum Samples {
    /// The sample used when no source is given.
    public static let defaultName = "default"

    /// The names of the shipped samples, default first.
    public static var names: [String] {
        let all = EmbeddedSamples.files.map(\.name)
        return all.filter { $0 == defaultName } + all.filter { $0 != defaultName }
    }

    /// The file text of a sample.
    public static func text(_ name: String) -> String? {
        EmbeddedSamples.files.first { $0.name == name }?.text
    }

    /// Loads a sample by name; an unknown name lists the known ones.
    public static func load(_ name: String) throws(LoadError) -> Architecture {
        guard let text = text(name) else {
            let all = names + CloudFormationSamples.names
            let hint = Suggestion.closest(to: name, in: all).map { "did you mean 'sample:\($0)'? " } ?? ""
            throw LoadError(.unreadable, "sample:\(name): no such sample; \(hint)the samples are \(all.joined(separator: ", "))")
        }
        return try NativeLoader.load(bytes: Array(text.utf8), file: "sample:\(name)")
    }
}
