import Testing
@testable import Importers
@testable import Topology

/// The pull parser on its own: JSON's grammar, strings and escapes, paths in errors.
@Suite struct SnapshotReaderTests {
    /// Runs `body` on a reader over `text`, as if read from `t.json`.
    private func read<R>(_ text: String, _ body: (inout JSONPullReader) throws(LoadError) -> R) throws(LoadError) -> R {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(LoadError) -> R in
            var r = JSONPullReader(UnsafeBufferPointer(buffer), file: "t.json")
            return try body(&r)
        }
    }

    private func skipError(_ text: String) -> String? {
        do {
            try read(text) { (r: inout JSONPullReader) throws(LoadError) in
                try r.skipValue()
                guard r.atEnd() else { throw r.syntaxError("trailing text") }
            }
            return nil
        } catch {
            return error.message
        }
    }

    @Test func stringsDecodeEscapesAndKeepControlCharacters() throws {
        let s = try read(#""a\"b\\c\/d\n\u001b[0m \u00e9 \ud83d\ude00 \ud800x""#) { (r: inout JSONPullReader) throws(LoadError) in try r.string() }
        #expect(s == "a\"b\\c/d\n\u{1B}[0m é 😀 \u{FFFD}x")
        #expect(try read(#""plain ascii""#) { (r: inout JSONPullReader) throws(LoadError) in try r.string() } == "plain ascii")
        #expect(try read("\"caf\u{E9} \u{1F600}\"") { (r: inout JSONPullReader) throws(LoadError) in try r.string() } == "café 😀")
    }

    @Test func skipsEveryKindOfValue() {
        #expect(skipError(#"{"a": [1, -2.5e+3, 0, true, false, null, "x", {"b": {}}, []], "c": "\u0041"}"#) == nil)
    }

    @Test func refusesWhatJSONDoesNotAllow() {
        #expect(skipError("[1,]")?.contains("t.json:1:4: JSON syntax: expected a value, found ']'") == true)
        #expect(skipError("{\"a\" 1}")?.contains("1:6: JSON syntax: expected ':' after the member name, found '1'") == true)
        #expect(skipError("[01]")?.contains("1:2: JSON syntax: numbers may not start with 0") == true)
        #expect(skipError("[1.]")?.contains("expected digits after the decimal point") == true)
        #expect(skipError("[tru]")?.contains("1:2: JSON syntax: expected a value, found 't'") == true)
        #expect(skipError("[\"a\tb\"]")?.contains("1:4: JSON syntax: a control character (U+0009) inside a string must be escaped") == true)
        #expect(skipError(#"["\x"]"#)?.contains("1:3: JSON syntax: unknown escape '\\x' in a string") == true)
        #expect(skipError(#"["\u12"]"#)?.contains("'\\u' needs four hexadecimal digits") == true)
        #expect(skipError("[1] 2")?.contains("1:5: JSON syntax: trailing text") == true)
        #expect(skipError("")?.contains("the file ends where a value was expected") == true)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(skipError("[\"é\", x]")?.contains("t.json:1:7:") == true)
    }

    /// Records met in order count their column on from the last one; the answer must be the
    /// one counting from the line's start gives, across lines and multi-byte characters.
    @Test func recordLocationsMatchCountingFromTheLineStart() throws {
        let text = "[{\"a\": \"é😀\"}, {\"b\": 1},\n  {\"c\": \"ü\"},   {\"d\": 2}]"
        let places = try read(text) { (r: inout JSONPullReader) throws(LoadError) -> [String] in
            var places: [String] = []
            try r.beginArray()
            while try r.nextElement() {
                let counted = r.location(of: r.mark)
                let located = r.recordLocation()
                guard counted == located else { return ["\(counted) != \(located)"] }
                places.append("\(located.line):\(located.column)")
                try r.skipValue()
            }
            return places
        }
        #expect(places == ["1:2", "1:15", "2:3", "2:17"])
    }

    @Test func shapeErrorsGiveThePathAndWhatWasFound() {
        do {
            try read(#"{"A": [{"B": 1}, {"B": {"C": [true]}}]}"#) { (r: inout JSONPullReader) throws(LoadError) in
                try r.beginObject()
                _ = try r.nextKey()
                try r.beginArray()
                _ = try r.nextElement()
                try r.skipValue()
                _ = try r.nextElement()
                try r.beginObject()
                _ = try r.nextKey()
                try r.beginObject()
                _ = try r.nextKey()
                _ = try r.strings()
            }
            Issue.record("read")
        } catch {
            #expect(error.message == "t.json:1:31: A[1].B.C[0]: expected a string, found a boolean")
        }
    }

    @Test func nameTagsAndMemberListsReadTheUsualAWSShapes() throws {
        let name = try read(#"[{"Key": "team", "Value": "x"}, {"Key": "Name", "Value": "app"}]"#) { (r: inout JSONPullReader) throws(LoadError) in
            try r.nameTag()
        }
        #expect(name == "app")
        let ids = try read(#"[{"GroupId": "sg-1", "GroupName": "a"}, {"GroupName": "b"}, {"GroupId": null}]"#) { (r: inout JSONPullReader) throws(LoadError) in
            try r.memberStrings("GroupId")
        }
        #expect(ids == ["sg-1"])
    }
}
