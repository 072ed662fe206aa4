/// The lookup tables of a `NetworkModel`, built once at load time.
struct TopologyIndex: Sendable {
    var byID: [String: ElementRef] = [:]
    /// Lower-cased names; names need not be unique.
    var byName: [String: [ElementRef]] = [:]
    var subnetsOfVpc: [String: [Int]] = [:]
    var routeTablesOfVpc: [String: [Int]] = [:]
    var endpointsOfVpc: [String: [Int]] = [:]
    var loadBalancersOfVpc: [String: [Int]] = [:]
    var consumersOfService: [String: [Int]] = [:]
    var servicesOfLoadBalancer: [String: [Int]] = [:]
    /// Connections an element is an end or attachment of; networks a connection serves.
    var connectionsOf: [String: [Int]] = [:]
    var networksVia: [String: [Int]] = [:]
    var vpcsOfAccount: [String: [Int]] = [:]

    init(_ arch: Architecture) throws(LoadError) {
        var defined: [String: any ModelElement] = [:]
        try register(arch.accounts, as: ElementRef.account, defined: &defined)
        try register(arch.vpcs, as: ElementRef.vpc, defined: &defined)
        try register(arch.subnets, as: ElementRef.subnet, defined: &defined)
        try register(arch.routeTables, as: ElementRef.routeTable, defined: &defined)
        try register(arch.loadBalancers, as: ElementRef.loadBalancer, defined: &defined)
        try register(arch.services, as: ElementRef.service, defined: &defined)
        try register(arch.endpoints, as: ElementRef.endpoint, defined: &defined)
        try register(arch.connections, as: ElementRef.connection, defined: &defined)
        try register(arch.networks, as: ElementRef.network, defined: &defined)
        try checkReferences(arch)

        for (i, vpc) in arch.vpcs.enumerated() { vpcsOfAccount[vpc.account, default: []].append(i) }
        for (i, s) in arch.subnets.enumerated() { subnetsOfVpc[s.vpc, default: []].append(i) }
        for (i, r) in arch.routeTables.enumerated() { routeTablesOfVpc[r.vpc, default: []].append(i) }
        for (i, lb) in arch.loadBalancers.enumerated() { loadBalancersOfVpc[lb.vpc, default: []].append(i) }
        for (i, e) in arch.endpoints.enumerated() {
            endpointsOfVpc[e.vpc, default: []].append(i)
            if let service = e.service { consumersOfService[service, default: []].append(i) }
        }
        for (i, s) in arch.services.enumerated() {
            for lb in s.loadBalancers { servicesOfLoadBalancer[lb, default: []].append(i) }
        }
        for (i, c) in arch.connections.enumerated() {
            for member in Set(c.members) { connectionsOf[member, default: []].append(i) }
        }
        for (i, n) in arch.networks.enumerated() {
            for c in n.via { networksVia[c, default: []].append(i) }
        }
    }

    private mutating func register<E: ModelElement>(_ elements: [E], as ref: (Int) -> ElementRef,
                                               defined: inout [String: any ModelElement]) throws(LoadError) {
        byID.reserveCapacity(byID.count + elements.count)
        for (i, element) in elements.enumerated() {
            if let first = defined[element.id] {
                let place = element.location.map { "\($0): " } ?? ""
                let firstPlace = first.location.map { " at \($0)" } ?? ""
                throw LoadError(.malformed, "\(place)duplicate id '\(element.id)': \(first.kind.noun.article) \(first.kind.noun) with this id is already defined\(firstPlace)")
            }
            defined[element.id] = element
            byID[element.id] = ref(i)
            byName[element.name.lowercased(), default: []].append(ref(i))
        }
    }

    private func checkReferences(_ arch: Architecture) throws(LoadError) {
        for ref in arch.references {
            let place = ref.location.map { "\($0): " } ?? ""
            guard let target = byID[ref.target] else {
                throw LoadError(.malformed, "\(place)\(ref.fromKind.noun) '\(ref.fromId)' refers to unknown \(ref.expected[0].noun) '\(ref.target)'")
            }
            let kind = kind(of: target, in: arch)
            guard ref.expected.contains(kind) else {
                let wanted = ref.expected.map(\.noun).joined(separator: " or ")
                throw LoadError(.malformed, "\(place)\(ref.fromKind.noun) '\(ref.fromId)' field \(ref.field): '\(ref.target)' is \(kind.noun.article) \(kind.noun), not \(wanted.article) \(wanted)")
            }
        }
    }

    private func kind(of ref: ElementRef, in arch: Architecture) -> ElementKind {
        if case .service(let i) = ref { return arch.services[i].kind }
        return ref.kindHint
    }
}

extension ElementRef {
    /// The kind, where the table alone decides it (services need the element).
    var kindHint: ElementKind {
        switch self {
        case .account: return .account
        case .vpc: return .vpc
        case .subnet: return .subnet
        case .routeTable: return .routeTable
        case .loadBalancer: return .loadBalancer
        case .service: return .endpointService
        case .endpoint: return .endpoint
        case .connection: return .connection
        case .network: return .network
        }
    }
}

extension String {
    /// "a" or "an", for the noun this string starts.
    public var article: String {
        guard let first = lowercased().first else { return "a" }
        if self.hasPrefix("VPC") { return "a" }
        return "aeio".contains(first) || hasPrefix("AWS") ? "an" : "a"
    }
}
