import ArgumentParser
import Importers
import Topology

/// The `--source` option every command that reads an architecture takes, and what a
/// CloudFormation template among the sources is evaluated with.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "An architecture file (.yaml, .yml, .json), a CloudFormation template, a folder of AWS CLI JSON, or sample:NAME; repeat to merge several. Default: the built-in sample.",
        valueName: "SOURCE"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "A CloudFormation template parameter's value, over its default; repeat for several.", valueName: "KEY=VALUE"))
    var parameter: [String] = []

    @Option(name: .long, help: ArgumentHelp("The region CloudFormation templates are read for (AWS::Region, Fn::GetAZs).",
                                            valueName: "REGION"))
    var region: String = LoadOptions.defaultRegion

    @Option(name: .long, help: ArgumentHelp("The account CloudFormation templates are read for (AWS::AccountId).",
                                            valueName: "ACCOUNT"))
    var account: String = LoadOptions.placeholderAccount

    @Flag(name: .long, help: "Fail (exit 65) instead of warning when a template has an import or parameter linkscope cannot resolve.")
    var strict = false

    func validate() throws {
        for item in parameter where !item.contains("=") || item.hasPrefix("=") {
            throw ValidationError("--parameter takes KEY=VALUE, not '\(item)'")
        }
        guard account.count == 12, account.allSatisfy(\.isASCIIDigit) else {
            throw ValidationError("--account takes a 12-digit account id, not '\(account)'")
        }
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        guard (3...4).contains(parts.count), parts.last?.allSatisfy(\.isASCIIDigit) == true,
              parts.dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }) else {
            throw ValidationError("--region takes a region name such as us-east-1, not '\(region)'")
        }
    }

    /// What the importers are given besides the sources.
    var options: LoadOptions {
        var values: [String: String] = [:]
        for item in parameter {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return LoadOptions(parameters: values, region: region, account: account, strict: strict)
    }

    /// Loads the sources (and `extra` ones), printing each warning once on stderr.
    func load(adding extra: [String] = []) throws -> NetworkModel {
        let model = try ImporterRegistry.load(source + extra, options: options)
        for warning in model.warnings { Console.err(warning.description) }
        return KeptUntilExit.keep(model)
    }
}
