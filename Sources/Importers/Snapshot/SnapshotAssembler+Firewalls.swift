import Topology

/// Security groups and network ACLs, decoded whole; only their VPC may need adding.
extension SnapshotAssembler {
    mutating func addSecurityGroups() throws(LoadError) {
        for g in records.securityGroups where isNew(g.element.id) {
            try ensureVpc(g.element.vpc, account: nil, region: nil, for: g.origin)
            arch.securityGroups.append(g.element)
        }
    }

    mutating func addNetworkAcls() throws(LoadError) {
        for a in records.networkAcls where isNew(a.element.id) {
            try ensureVpc(a.element.vpc, account: nil, region: nil, for: a.origin)
            arch.networkAcls.append(a.element)
        }
    }
}
