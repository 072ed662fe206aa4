import Topology

/// Links the records of a snapshot into an `Architecture`. AWS output leaves much
/// implicit, so this is where it is inferred:
///
/// - the region of each element: from its zone, ARN or service name, else from a
///   region-named folder or what the other files of its folder agree on (`describe-vpcs`
///   has no region at all; a VPC takes its subnets');
/// - the account: `OwnerId`, else `sts get-caller-identity` output or an account-named folder;
/// - names: the `Name` tag, else the id;
/// - elements only referred to: a VPC at the other end of a peering or attached to a
///   transit gateway in another account, an endpoint's service described nowhere. They
///   are added from what the reference says, so a one-account snapshot loads whole, and
///   are replaced by the real description when another folder holds it.
///
/// The same element seen twice (pages that overlap, a shared VPC in two accounts) is kept once.
struct SnapshotAssembler {
    let records: SnapshotRecordSet
    let folders: [String]
    var arch: Architecture

    /// Positions in `arch` by id, for linking and to keep each element once.
    var vpcAt: [String: Int] = [:]
    var connectionAt: [String: Int] = [:]
    var instanceAt: [String: Int] = [:]
    var interfaceAt: [String: Int] = [:]
    var serviceAt: [String: Int] = [:]
    var seen: Set<String> = []
    /// The region each VPC's subnets are in, and the subnets of each VPC in order.
    var subnetRegion: [String: String] = [:]
    var subnetsOfVpc: [String: [String]] = [:]
    /// What the files of each folder agree on.
    var folderRegion: [String: String] = [:]
    var folderAccount: [String: String] = [:]
    /// Zone names seen so far and their regions (a snapshot has few zones and many subnets).
    private var zoneRegions: [String: String?] = [:]

    init(_ records: SnapshotRecordSet, folders: [String]) {
        self.records = records
        self.folders = folders
        let names = folders.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        arch = Architecture(source: folders.joined(separator: ", "), name: "AWS snapshot " + names.joined(separator: " + "))
    }

    mutating func assemble() throws(LoadError) -> Architecture {
        gatherFolderEvidence()
        addAccounts()
        try addVpcs()
        try addSubnets()
        try addRouteTables()
        try addLoadBalancers()
        addServiceConfigurations()
        try addEndpoints()
        try addPeerings()
        addTransitGateways()
        try addVpnConnections()
        try addAttachments()
        try addVpcAttachments()
        addTransitGatewayRouteTables()
        try addInstances()
        try addGateways()
        try addNetworkInterfaces()
        addElasticIps()
        try addSecurityGroups()
        try addNetworkAcls()
        addPrefixLists()
        applyVpcAttributes()
        describe()
        return arch
    }

    // MARK: evidence

    /// The region and account of each folder: from its path when it names them, else the
    /// one value every element read from that folder agrees on.
    private mutating func gatherFolderEvidence() {
        var regions: [String: Set<String>] = [:]
        var accounts: [String: Set<String>] = [:]
        func note(_ origin: SnapshotRecords.Origin, region: String?, account: String?) {
            let folder = records.files[origin.file].folder
            if let region { regions[folder, default: []].insert(region) }
            if let account { accounts[folder, default: []].insert(account) }
        }
        for s in records.subnets { note(s.origin, region: region(ofZone: s.zone), account: s.owner) }
        for v in records.vpcs { note(v.origin, region: nil, account: v.owner) }
        for lb in records.loadBalancers {
            note(lb.origin, region: SnapshotNames.region(ofARN: lb.arn), account: SnapshotNames.account(ofARN: lb.arn))
        }
        for s in records.serviceConfigurations { note(s.origin, region: SnapshotNames.region(ofServiceName: s.serviceName), account: nil) }
        for t in records.transitGateways { note(t.origin, region: t.arn.flatMap(SnapshotNames.region(ofARN:)), account: t.owner) }
        for e in records.endpoints { note(e.origin, region: nil, account: e.owner) }

        let identities = records.identities.sorted { $0.folder.count > $1.folder.count }
        var done: Set<String> = []
        for file in records.files where done.insert(file.folder).inserted {
            if let region = file.pathRegion ?? regions[file.folder].flatMap(\.single) { folderRegion[file.folder] = region }
            let identity = identities.first { file.folder == $0.folder || file.folder.hasPrefix($0.folder + "/") }
            if let account = identity?.account ?? file.pathAccount ?? accounts[file.folder].flatMap(\.single) {
                folderAccount[file.folder] = account
            }
        }
    }

    mutating func region(ofZone zone: String) -> String? {
        if let known = zoneRegions[zone] { return known }
        let region = SnapshotNames.region(ofZone: zone)
        zoneRegions[zone] = region
        return region
    }

    func region(of origin: SnapshotRecords.Origin) -> String? { folderRegion[records.files[origin.file].folder] }
    func account(of origin: SnapshotRecords.Origin) -> String? { folderAccount[records.files[origin.file].folder] }

    /// Notes `id` as added; false when it already was (the later copy is dropped).
    mutating func isNew(_ id: String) -> Bool { seen.insert(id).inserted }

    private mutating func addAccounts() {
        for (_, account) in records.identities where isNew(account) {
            arch.accounts.append(Account(id: account, name: account))
        }
    }

    private mutating func describe() {
        let regions = Set(arch.vpcs.map(\.region)).sorted()
        let accounts = Set(arch.vpcs.map(\.account).filter { !$0.isEmpty }).sorted()
        arch.description = """
            AWS CLI output in \(folders.joined(separator: ", ")): \(accounts.count) account\(accounts.count == 1 ? "" : "s"), \
            regions \(regions.isEmpty ? "none" : regions.joined(separator: ", ")).
            """
    }
}

extension Set {
    /// The only member, when there is exactly one.
    fileprivate var single: Element? { count == 1 ? first : nil }
}
