import Foundation
import PackagePlugin

/// Compiles the data files under `Dictionaries/` into the `Suminuri` module as Swift source,
/// so that the default dictionaries travel inside every binary and library build.
@main
struct EmbedDictionariesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dictionaries = context.package.directoryURL.appending(path: "Dictionaries")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDictionaries.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dictionaries, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "tsv" {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) dictionary files",
                executable: try context.tool(named: "DictionaryEmbedder").url,
                arguments: [dictionaries.path(), output.path()],
                inputFiles: inputs.sorted { $0.path() < $1.path() },
                outputFiles: [output]
            )
        ]
    }
}
