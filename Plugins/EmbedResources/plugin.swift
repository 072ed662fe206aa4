import Foundation
import PackagePlugin

/// Compiles a folder of text files into a target at build time, so the binary carries them
/// and works when copied alone (`Bundle.module` on Linux looks beside the binary, then in the
/// `.build` folder it was built in). Every file is an input, so editing one rebuilds; the
/// folder is listed only when SwiftPM plans the build, so adding or removing a file needs a
/// replan (`touch Package.swift`).
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        try Embedding.of(target.name).map { embedding in
            let folder = context.package.directoryURL.appendingPathComponent(embedding.folder)
            // A folder not there yet embeds nothing (an empty list), rather than failing the build.
            let listed = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            let inputs = listed.filter { embedding.fileExtensions.contains($0.pathExtension) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(embedding.typeName).swift")
            return .buildCommand(
                displayName: "Embedding \(embedding.folder) as \(embedding.typeName)",
                executable: try context.tool(named: "EmbedResourcesTool").url,
                arguments: [output.path, embedding.typeName, embedding.doc] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        }
    }
}
