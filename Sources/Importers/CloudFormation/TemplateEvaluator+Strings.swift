import Foundation
import Topology

/// The functions that build and take apart strings and lists, and `Fn::FindInMap`. A
/// symbolic part makes the whole result symbolic: what it stands for is not known.
extension TemplateEvaluator {
    func sub(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        var textNode = argument
        var variables: [String: TemplateValue] = [:]
        if case .list(let items) = argument.shape {
            guard items.count == 2, let entries = items[1].entries else {
                throw LoadError.at(argument.place, "Fn::Sub takes a string, or a list of a string and a mapping of variables")
            }
            textNode = items[0]
            for entry in entries { variables[entry.key] = try value(entry.value) }
        }
        guard let text = textNode.text else {
            throw LoadError.at(textNode.place, "Fn::Sub takes a string, found \(textNode.described)")
        }
        var pieces: [TemplateValue] = []
        for part in SubText.parts(text) {
            switch part {
            case .literal(let literal):
                pieces.append(TemplateValue(.text(literal), at: textNode.place))
            case .variable(let name):
                if let own = variables[name] {
                    pieces.append(own)
                } else if name.contains(".") {
                    let attribute = TemplateNode(shape: .text(name), place: textNode.place)
                    pieces.append(try value(TemplateNode(shape: .call(.getAtt, attribute), place: textNode.place)))
                } else {
                    pieces.append(try reference(name, at: textNode.place))
                }
            }
        }
        return try concatenate(pieces, separator: "", what: "Fn::Sub", at: place)
    }

    func join(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let items = try arguments(argument, .join, count: 2)
        guard let separator = items[0].text ?? (items[0].shape.isNull ? "" : nil) else {
            throw LoadError.at(items[0].place, "Fn::Join takes a separator string first")
        }
        let list = try value(items[1])
        switch list.shape {
        case .list(let values): return try concatenate(values, separator: separator, what: "Fn::Join", at: place)
        case .symbol: return TemplateValue(list.shape, at: place)
        case .text, .map, .resource, .noValue:
            throw LoadError.at(items[1].place, "Fn::Join joins a list, found \(list.described)")
        }
    }

    func split(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let items = try arguments(argument, .split, count: 2)
        guard let separator = items[0].text, !separator.isEmpty else {
            throw LoadError.at(items[0].place, "Fn::Split takes a non-empty separator first")
        }
        let string = try value(items[1])
        switch string.shape {
        case .text(let text):
            let parts = text.components(separatedBy: separator).map { TemplateValue(.text($0), at: place) }
            return TemplateValue(.list(parts), at: place)
        case .symbol, .resource: return TemplateValue(.symbol("Split:\(string.flatText!)"), at: place)
        case .list, .map, .noValue: throw LoadError.at(items[1].place, "Fn::Split splits a string, found \(string.described)")
        }
    }

    func select(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let items = try arguments(argument, .select, count: 2)
        let indexValue = try value(items[0])
        guard let text = indexValue.flatText, let index = Int(text), index >= 0 else {
            throw LoadError.at(items[0].place, "Fn::Select takes an index (0, 1, …) first, found \(indexValue.described)")
        }
        let list = try value(items[1])
        switch list.shape {
        case .list(let values):
            guard index < values.count else {
                throw LoadError.at(items[0].place, "Fn::Select index \(index) is past the end of a list of \(values.count)")
            }
            return values[index]
        case .symbol(let symbol): return TemplateValue(.symbol("\(symbol)[\(index)]"), at: place)
        case .text, .map, .resource, .noValue:
            throw LoadError.at(items[1].place, "Fn::Select selects from a list, found \(list.described)")
        }
    }

    func base64(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let string = try value(argument)
        switch string.shape {
        case .text(let text): return TemplateValue(.text(Data(text.utf8).base64EncodedString()), at: place)
        case .symbol, .resource: return TemplateValue(.symbol("Base64:\(string.flatText!)"), at: place)
        case .list, .map, .noValue: throw LoadError.at(argument.place, "Fn::Base64 encodes a string, found \(string.described)")
        }
    }

    func findInMap(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        guard case .list(let items) = argument.shape, items.count == 3 || items.count == 4 else {
            throw LoadError.at(argument.place, "Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey], found \(argument.described)")
        }
        var keys: [(String, SourceLocation)] = []
        for item in items.prefix(3) {
            let key = try value(item)
            guard case .text(let text) = key.shape else {
                return TemplateValue(.symbol("FindInMap:\(key.flatText ?? "?")"), at: place)
            }
            keys.append((text, item.place))
        }
        guard let map = template.mappings[keys[0].0] else {
            throw missing(keys[0], among: Array(template.mappings.keys), "no mapping")
        }
        let top = map.entries ?? []
        guard let level = top.first(where: { $0.key == keys[1].0 })?.value else {
            throw missing(keys[1], among: top.map(\.key), "mapping '\(keys[0].0)' has no key")
        }
        let second = level.entries ?? []
        guard let found = second.first(where: { $0.key == keys[2].0 })?.value else {
            throw missing(keys[2], among: second.map(\.key), "mapping '\(keys[0].0)', key '\(keys[1].0)' has no")
        }
        return try value(found)
    }

    private func missing(_ key: (String, SourceLocation), among candidates: [String], _ what: String) -> LoadError {
        let hint = Suggestion.closest(to: key.0, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
        return LoadError.at(key.1, "Fn::FindInMap: \(what) '\(key.0)'\(hint)")
    }

    /// Strings and resource ids put together; symbolic when any part is.
    private func concatenate(_ values: [TemplateValue], separator: String, what: String,
                             at place: SourceLocation) throws(LoadError) -> TemplateValue {
        var text = ""
        var symbolic = false
        for (i, v) in values.enumerated() {
            guard let piece = v.flatText else {
                throw LoadError.at(v.place, "\(what) puts strings together, found \(v.described)")
            }
            if i > 0 { text += separator }
            text += piece
            symbolic = symbolic || v.isSymbolic
        }
        return TemplateValue(symbolic ? .symbol(text) : .text(text), at: place)
    }
}

extension TemplateNode.Shape {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
