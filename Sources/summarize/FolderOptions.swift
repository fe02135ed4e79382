import ArgumentParser
import Foundation
import SummarizeCore

/// Where the data, templates and output live; by default the folders of the current directory.
struct FolderOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The folder of data files.", valueName: "dir"))
    var dataPath = "Data"

    @Option(name: .customLong("templates"), help: ArgumentHelp("The folder of templates, one subfolder per locale.", valueName: "dir"))
    var templatesPath = "Templates"

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder reports are written to.", valueName: "dir"))
    var outputPath = "Output"

    func validate() throws {
        try Arguments.refuseEmpty([(dataPath, "--data"), (templatesPath, "--templates"), (outputPath, "--output")])
    }

    var data: URL { URL(fileURLWithPath: dataPath, isDirectory: true) }
    var templates: URL { URL(fileURLWithPath: templatesPath, isDirectory: true) }
    var output: URL { URL(fileURLWithPath: outputPath, isDirectory: true) }
}
