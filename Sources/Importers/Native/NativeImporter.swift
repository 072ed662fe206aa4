import Topology

/// Architecture files in linkscope's own format, recognised by their `format:
/// linkscope/…` key (YAML or JSON), whatever the file is called.
struct NativeImporter: Importer {
    let format = "linkscope architecture"
    let usage = "a YAML or JSON file that starts with 'format: \(NativeDecoder.formatVersion)'"

    func recognises(_ source: SourceCandidate) -> Bool {
        !source.isFolder && Self.declaresFormat(String(decoding: source.head, as: UTF8.self))
    }

    func load(_ specs: [String]) throws(LoadError) -> [Architecture] {
        var out: [Architecture] = []
        for spec in specs { out.append(try NativeLoader.load(path: spec)) }
        try NativePlacement.place(&out)
        return out
    }

    /// True when the text has a `format` key whose value starts with `linkscope/`, in
    /// YAML (`format: linkscope/v1`, quoted or not) or JSON (`"format": "linkscope/v1"`).
    /// The version is left to the decoder, which names the one it reads.
    static func declaresFormat(_ text: String) -> Bool {
        text.contains(#/(^|[{,])[ \t]*["']?format["']?[ \t]*:[ \t]*["']?linkscope\//#.anchorsMatchLineEndings())
    }
}
