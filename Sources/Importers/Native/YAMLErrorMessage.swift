import Topology
import Yams

/// Turns the YAML parser's errors into `FILE:LINE:COLUMN: message` load errors.
enum YAMLErrorMessage {
    static func loadError(_ error: YamlError, file: String) -> LoadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let place = SourceLocation(file: file, line: mark.line, column: mark.column)
            return .at(place, sentence(problem, context: context?.text))
        case let .reader(problem, offset, _, _):
            return LoadError(.malformed, "\(file): \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        case let .duplicatedKeysInMapping(duplicates, context):
            let place = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            return .at(place, "key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        default:
            return LoadError(.malformed, "\(file): \(error)")
        }
    }

    private static func sentence(_ problem: String, context: String?) -> String {
        if problem.hasPrefix("Maximum nesting level") {
            return "nested too deeply (more than 1000 levels); an architecture needs only a few"
        }
        guard let context, !context.isEmpty else { return "YAML syntax: \(problem)" }
        return "YAML syntax: \(problem) (\(context))"
    }
}
