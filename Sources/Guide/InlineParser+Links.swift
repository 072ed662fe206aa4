import Foundation

/// Links within a block: `[[path]]`, `[[path|label]]`, `[[path\|label]]`, `[label](target)`,
/// `![alt](image)` and `<https://…>`.
extension InlineParser {
    /// `[[path]]`, `[[path|label]]`, `[[path\|label]]` or `[label](target)` starting at `i`,
    /// and the index after it; nil (text as written) when there is none.
    mutating func link(at i: Int, in range: Range<Int>) -> (inline: Inline, end: Int)? {
        if i + 1 < range.upperBound, chars[i + 1] == "[" { return wikilink(at: i, in: range) }
        guard let closeBracket = matching("[", "]", from: i, in: range) else { return nil }
        let paren = closeBracket + 1
        guard paren < range.upperBound, chars[paren] == "(" else { return nil }
        guard let closeParen = matching("(", ")", from: paren, in: range) else {
            warn(at: paren, "unclosed '(' of a link; shown as written")
            return nil
        }
        var labelParser = InlineParser(chars: chars, lines: lines, file: file)
        let label = labelParser.parse(i + 1..<closeBracket, [], depth: 0).plainText
        warnings += labelParser.warnings
        let target = Self.target(String(chars[paren + 1..<closeParen]))
        return (.link(label: label.isEmpty ? target.address : label, target: target.link), closeParen + 1)
    }

    private mutating func wikilink(at i: Int, in range: Range<Int>) -> (inline: Inline, end: Int)? {
        let start = i + 2
        var close: Int?
        var k = start
        while k + 1 < range.upperBound {
            if chars[k] == "]", chars[k + 1] == "]" { close = k; break }
            if chars[k] == "[", chars[k + 1] == "[" { break } // a second `[[` first: this one never closes
            k += 1
        }
        guard let close else {
            warn(at: i, "unclosed '[['; shown as written")
            return nil
        }
        let inner = String(chars[start..<close])
        let (path, label) = Self.splitWikilink(inner)
        let name = Self.lastComponent(of: path)
        guard !name.isEmpty else {
            warn(at: i, "empty wikilink '[[\(inner)]]'; shown as written")
            return (.text("[[\(inner)]]", []), close + 2)
        }
        let shown = label?.trimmingSpaces ?? ""
        return (.link(label: shown.isEmpty ? name : shown, target: .topic(name.lowercased())), close + 2)
    }

    /// Splits at the first `\|` (the escaped form used inside tables) or `|`.
    private static func splitWikilink(_ inner: String) -> (path: String, label: String?) {
        if let bar = inner.range(of: "\\|") ?? inner.range(of: "|") {
            return (String(inner[..<bar.lowerBound]), String(inner[bar.upperBound...]))
        }
        return (inner, nil)
    }

    /// The topic name a path points at: its last component, without a `#heading` or
    /// `^block` anchor and without `.md`.
    static func lastComponent(of path: String) -> String {
        var name = Substring(path)
        if let anchor = name.firstIndex(where: { $0 == "#" || $0 == "^" }) { name = name[..<anchor] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        var result = name.trimmingSpaces
        if result.lowercased().hasSuffix(".md") { result.removeLast(3) }
        return result.removingPercentEncodingIfValid
    }

    /// What `(target)` of a Markdown link names: a web address, or another note when it is a
    /// relative `.md` path (vaults link notes that way too).
    private static func target(_ raw: String) -> (link: LinkTarget, address: String) {
        var address = raw.trimmingSpaces
        if address.hasPrefix("<"), let end = address.firstIndex(of: ">") {
            address = String(address[address.index(after: address.startIndex)..<end])
        } else if let space = address.firstIndex(of: " ") {
            address = String(address[..<space]) // drop a `"title"`
        }
        let isWeb = address.contains("://") || address.lowercased().hasPrefix("mailto:")
        let path = address.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        if !isWeb, path.lowercased().hasSuffix(".md") {
            return (.topic(lastComponent(of: path).lowercased()), address)
        }
        return (.url(address), address)
    }

    /// `<https://…>`: a web address written as its own label.
    func autolink(at i: Int, in range: Range<Int>) -> (inline: Inline, end: Int)? {
        guard let close = (i + 1..<range.upperBound).first(where: { chars[$0] == ">" || chars[$0] == " " }),
              chars[close] == ">" else { return nil }
        let address = String(chars[i + 1..<close])
        guard address.hasPrefix("http://") || address.hasPrefix("https://") else { return nil }
        return (.link(label: address, target: .url(address)), close + 1)
    }

    /// The index of the bracket closing the one at `i`, counting nested pairs.
    private func matching(_ open: Character, _ close: Character, from i: Int, in range: Range<Int>) -> Int? {
        var depth = 0
        var k = i
        while k < range.upperBound {
            if chars[k] == "\\" { k += 2; continue }
            if chars[k] == open { depth += 1 }
            if chars[k] == close {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }
}

extension String {
    /// `Private%20Link` → `Private Link`; text that is not valid percent-encoding stays as it is.
    var removingPercentEncodingIfValid: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return self }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
