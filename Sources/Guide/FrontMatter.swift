import Foundation

/// The fields a note's front matter may give. Obsidian publishing writes it as one JSON
/// object (the seed does); hand-written vaults usually use YAML `key: value` lines. Only
/// the few keys the guide shows are read, and anything unreadable is skipped with a warning
/// so the note itself still shows.
struct FrontMatter {
    var title: String?
    var summary: String?
    var asOf: String?

    /// The front matter at the top of `lines` and the index of the first body line. Without
    /// an opening `---` line there is no front matter and the body is everything.
    static func read(_ lines: [String], file: String, warnings: inout [String]) -> (FrontMatter, body: Int) {
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            return (FrontMatter(), 0)
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            warnings.append("\(file):1: the front matter has no closing '---' line; it is shown as text")
            return (FrontMatter(), 0)
        }
        let content = Array(lines[1..<close])
        let isJSON = content.first { !$0.trimmingSpaces.isEmpty }?
            .trimmingSpaces.hasPrefix("{") ?? false
        let matter = isJSON ? json(content, file: file, warnings: &warnings) : yaml(content, file: file, warnings: &warnings)
        return (matter, close + 1)
    }

    private static func isFence(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed == "---" || trimmed == "..."
    }

    /// The seed's form: `{"title":"Private Link", …}` on one or more lines (line 2 of the file onwards).
    private static func json(_ content: [String], file: String, warnings: inout [String]) -> FrontMatter {
        let data = Data(content.joined(separator: "\n").utf8)
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            warnings.append("\(file):2: the front matter is not a valid JSON object; it is ignored")
            return FrontMatter()
        }
        var fields: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case let text as String: fields[key] = text
            case let number as Int: fields[key] = String(number)
            case let number as Double: fields[key] = String(number)
            default: continue // lists, objects and flags (`dg-publish`) are not shown
            }
        }
        return FrontMatter(fields)
    }

    /// Simple YAML: one `key: value` per line; lists, nested maps and comments are skipped,
    /// since the guide shows none of them.
    private static func yaml(_ content: [String], file: String, warnings: inout [String]) -> FrontMatter {
        var fields: [String: String] = [:]
        for (offset, line) in content.enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("- ") || trimmed == "-"
                || line.first?.isWhitespace == true {
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                warnings.append("\(file):\(offset + 2): the front matter line is not 'key: value'; it is ignored")
                continue
            }
            let key = trimmed[..<colon].trimmingSpaces
            let value = trimmed[trimmed.index(after: colon)...].trimmingSpaces
            if !key.isEmpty, !value.isEmpty { fields[key] = unquoted(value) }
        }
        return FrontMatter(fields)
    }

    /// `"a \"b\""` → `a "b"`, `'it''s'` → `it's`; anything else as written.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        let inner = String(value.dropFirst().dropLast())
        return first == "'" ? inner.replacingOccurrences(of: "''", with: "'")
            : inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }

    private init() {}

    /// Picks the guide's keys, accepting the spellings vaults commonly use.
    private init(_ fields: [String: String]) {
        title = fields["title"]
        summary = fields["summary"] ?? fields["description"]
        asOf = fields["asOf"] ?? fields["as-of"] ?? fields["as_of"] ?? fields["asof"]
    }
}
