/// What the plugin compiles into one target: the files of a folder with one extension.
struct Embedding {
    /// The folder, relative to the package.
    let folder: String
    /// The extensions of the files embedded; files of other extensions and subfolders are not.
    let fileExtensions: [String]
    let typeName: String
    /// The generated type's doc comment.
    let doc: String

    /// The embeddings for the target named `target`.
    static func of(_ target: String) throws(UnknownTarget) -> [Embedding] {
        guard let embeddings = byTarget[target] else { throw UnknownTarget(name: target) }
        return embeddings
    }

    /// By target name: the plugin is applied to few targets, and each embeds its own folders.
    private static let byTarget: [String: [Embedding]] = [
        "Guide": [Embedding(folder: "Notes", fileExtensions: ["md"], typeName: "EmbeddedNotes",
                            doc: "The built-in guide notes' files, by topic.")],
        "Importers": [
            Embedding(folder: "Samples", fileExtensions: ["yaml"], typeName: "EmbeddedSamples",
                      doc: "The shipped samples' files, by name."),
            Embedding(folder: "Samples/cloudformation", fileExtensions: ["yaml", "json", "template"],
                      typeName: "EmbeddedCloudFormationSamples",
                      doc: "The shipped CloudFormation templates, by name."),
        ],
        "EmbedResourcesTests": [Embedding(folder: "Tests/EmbedResourcesTests/Fixtures", fileExtensions: ["txt"],
                                          typeName: "EmbeddedFixtures",
                                          doc: "Files with content that is hard to put in a Swift literal, by name.")],
    ]
}

/// The plugin was applied to a target that `Embedding.byTarget` does not list.
struct UnknownTarget: Error, CustomStringConvertible {
    let name: String
    var description: String { "EmbedResources does not know what to embed in target '\(name)'" }
}
