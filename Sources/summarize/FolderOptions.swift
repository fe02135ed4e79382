import ArgumentParser
import Foundation
import SummarizeCore

/// Where the data, templates and output live; by default the folders of the current directory.
struct FolderOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The folder of data files.", valueName: "dir"),
            completion: .directory)
    var dataPath = "Data"

    @Option(name: .customLong("templates"), help: ArgumentHelp("The house style's templates, one subfolder per locale; each file replaces the built-in one of the same name (default: Templates, if it exists).", valueName: "dir"),
            completion: .directory)
    var templatesPath: String?

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder reports are written to.", valueName: "dir"),
            completion: .directory)
    var outputPath = "Output"

    func validate() throws {
        try Arguments.refuseEmpty([(dataPath, "--data"), (templatesPath ?? "Templates", "--templates"), (outputPath, "--output")])
    }

    var data: URL { URL(fileURLWithPath: dataPath, isDirectory: true) }
    /// The house style's templates: the folder named, which must exist, or `Templates/` if there is one.
    var templates: TemplateSet.Folder {
        TemplateSet.Folder(URL(fileURLWithPath: templatesPath ?? "Templates", isDirectory: true), isRequired: templatesPath != nil)
    }
    var output: URL { URL(fileURLWithPath: outputPath, isDirectory: true) }
}
