import Foundation
import PackagePlugin

/// Compiles the data files under `Dictionaries/` into the scanner's final tables, as a blob
/// embedded by a generated C file of the target, so that the default dictionaries travel
/// inside every binary and library build and cost no work at start-up.
@main
struct EmbedDictionariesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dictionaries = context.package.directoryURL.appending(path: "Dictionaries")
        let source = context.pluginWorkDirectoryURL.appending(path: "tables.c")
        let blob = context.pluginWorkDirectoryURL.appending(path: "tables.bin")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dictionaries, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "tsv" {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Compiling \(inputs.count) dictionary files into tables",
                executable: try context.tool(named: "DictionaryEmbedder").url,
                arguments: [dictionaries.path(), source.path(), blob.path()],
                inputFiles: inputs.sorted { $0.path() < $1.path() },
                // The blob is written beside the C file that embeds it; only the C file is a
                // source of the target.
                outputFiles: [source]
            )
        ]
    }
}
