import Topology

/// `Fn::GetAZs` and `Fn::Cidr`.
extension TemplateEvaluator {
    func getAZs(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let asked = try value(argument)
        let name: String
        switch asked.shape {
        case .text(let text): name = text.isEmpty ? region : text
        case .noValue: name = region
        case .symbol(let symbol): return TemplateValue(.symbol("GetAZs:\(symbol)"), at: place)
        case .list, .map, .resource: throw LoadError.at(argument.place, "Fn::GetAZs takes a region name, found \(asked.described)")
        }
        guard let zones = AvailabilityZones.names(in: name) else {
            let known = AvailabilityZones.table.keys.sorted()
            let hint = Suggestion.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw LoadError.at(place, "Fn::GetAZs: linkscope does not know the zones of region '\(name)'\(hint); it knows \(known.joined(separator: ", ")); write the zones out instead")
        }
        return TemplateValue(.list(zones.map { TemplateValue(.text($0), at: place) }), at: place)
    }

    func cidr(_ argument: TemplateNode, at place: SourceLocation) throws(LoadError) -> TemplateValue {
        let items = try arguments(argument, .cidr, count: 3)
        let values = [try value(items[0]), try value(items[1]), try value(items[2])]
        if let symbolic = values.first(where: \.isSymbolic) {
            return TemplateValue(.symbol("Cidr:\(symbolic.flatText!)"), at: place)
        }
        guard let blockText = values[0].flatText else {
            throw LoadError.at(items[0].place, "Fn::Cidr takes an address block first, found \(values[0].described)")
        }
        let block: CIDR
        switch CIDR.parse(blockText) {
        case .success(let cidr): block = cidr
        case .failure(let error): throw LoadError.at(values[0].place, "Fn::Cidr: invalid CIDR '\(blockText)': \(error.reason)")
        }
        guard let count = values[1].flatText.flatMap({ Int($0) }) else {
            throw LoadError.at(items[1].place, "Fn::Cidr takes a count second, found \(values[1].described)")
        }
        guard let bits = values[2].flatText.flatMap({ Int($0) }) else {
            throw LoadError.at(items[2].place, "Fn::Cidr takes the host bits third, found \(values[2].described)")
        }
        switch CidrSplit.split(block, count: count, bits: bits) {
        case .success(let networks):
            return TemplateValue(.list(networks.map { TemplateValue(.text($0.description), at: place) }), at: place)
        case .failure(let error):
            throw LoadError.at(place, "Fn::Cidr: \(error.reason)")
        }
    }
}
