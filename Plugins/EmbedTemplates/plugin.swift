import Foundation
import PackagePlugin

/// Compiles the default templates (`Templates/<locale>/*`) into SummarizeCore, so that the binary works alone and
/// `summarize templates --export` can write them out. The files stay the one place they are edited; the generated
/// Swift source lives in the build folder only.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appendingPathComponent("Templates", isDirectory: true)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltInTemplates.swift")
        let files = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") } ?? []
        return [.buildCommand(
            displayName: "Embedding the default templates",
            executable: try context.tool(named: "template-embedder").url,
            arguments: [templates.path, output.path],
            inputFiles: files,
            outputFiles: [output])]
    }
}
