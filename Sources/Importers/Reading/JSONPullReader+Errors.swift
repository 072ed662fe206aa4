import Topology

/// The reader's errors. Every one starts `FILE:LINE:COLUMN:`; shape errors then give the
/// JSON path (`VpcEndpoints[3].SubnetIds`) and what was expected and found, syntax errors
/// what is wrong with the text.
extension JSONPullReader {
    /// The place of a mark as `FILE:LINE:COLUMN`, the column counted in characters.
    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: Self.column(in: bytes, from: (mark.lineStart, 1), to: mark.offset))
    }

    /// The place of each record as the reader moves on: counts on from the last place on the
    /// same line, so a file written on one line costs its length, not its length squared.
    mutating func recordLocation() -> SourceLocation {
        let mark = mark
        let known = lastColumn.lineStart == mark.lineStart && lastColumn.offset <= mark.offset
        let column = Self.column(in: bytes, from: known ? (lastColumn.offset, lastColumn.column) : (mark.lineStart, 1),
                                 to: mark.offset)
        lastColumn = (mark.lineStart, mark.offset, column)
        return SourceLocation(file: file, line: mark.line, column: column)
    }

    /// The column at `offset`, counting characters (UTF-8 lead bytes) on from a known one.
    private static func column(in bytes: UnsafeBufferPointer<UInt8>, from start: (offset: Int, column: Int),
                               to offset: Int) -> Int {
        var column = start.column
        for i in start.offset..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The JSON path of the current value: `Vpcs[2].CidrBlockAssociationSet[0].CidrBlock`.
    var pathText: String {
        var out = ""
        for step in path where step.index >= 0 {
            if step.isArray {
                out += "[\(step.index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[step.keyStart..<step.keyEnd]), as: UTF8.self)
            }
        }
        return out
    }

    /// The text is not JSON.
    func syntaxError(_ what: String) -> LoadError {
        let inside = pathText.isEmpty ? "" : " (in \(pathText))"
        return LoadError.at(location(of: mark), "JSON syntax: \(what)\(inside)")
    }

    /// The value here is JSON but not the kind AWS prints at this path.
    mutating func wrongShape(_ expected: String) -> LoadError {
        let c = peek()
        if c == 0 { return syntaxError("the file ends where a value was expected") }
        return LoadError.at(location(of: mark), "\(pathText.orRoot): expected \(expected), found \(describeValue(c))")
    }

    /// An object that lacks a member AWS always prints (`mark`: where the object starts).
    func missing(_ key: String, at mark: Mark) -> LoadError {
        LoadError.at(location(of: mark), "\(pathText.orRoot): missing \"\(key)\"")
    }

    /// A value of the right kind that makes no sense (`mark`: where the value starts).
    func badValue(_ what: String, at mark: Mark) -> LoadError {
        LoadError.at(location(of: mark), "\(pathText.orRoot): \(what)")
    }

    /// A byte as a syntax error shows it.
    func found(_ c: UInt8) -> String {
        if c == 0, position >= bytes.count { return "the end of the file" }
        if (0x21...0x7E).contains(c) { return "'\(Unicode.Scalar(c))'" }
        return "byte 0x\(String(c, radix: 16, uppercase: true))"
    }

    private func describeValue(_ c: UInt8) -> String {
        switch c {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default: return found(c)
        }
    }
}

extension String {
    /// The path, or a word for the top of the document.
    fileprivate var orRoot: String { isEmpty ? "the top level" : self }
}
