import Topology

/// Transit gateway route tables with their associations, propagations and static routes
/// (each from a per-table call), and prefix lists (from up to three calls each).
extension SnapshotAssembler {
    /// Route tables of transit gateways. Attachments are named as the transit gateway's
    /// `attachments` name them: by the VPC, VPN or Direct Connect gateway they attach, and a
    /// peering by its attachment id.
    mutating func addTransitGatewayRouteTables() {
        var names: [String: String] = [:]
        for a in records.attachments {
            if let name = memberName(.init(attachment: a.id, resourceType: a.resourceType, resourceId: a.resourceId), names) {
                names[a.id] = name
            }
        }
        for a in records.vpcAttachments { names[a.id] = a.vpc }
        var items: [String: [SnapshotRecords.TableItemsRecord]] = [:]
        for item in records.tableItems { items[item.table, default: []].append(item) }

        for t in records.transitGatewayRouteTables where isNew(t.element.id) {
            var table = t.element
            _ = ensureTransitGateway(table.transitGateway, region: region(of: t.origin))
            for item in items[table.id] ?? [] {
                for name in item.associations.compactMap({ memberName($0, names) }) where !table.associations.contains(name) {
                    table.associations.append(name)
                }
                for name in item.propagations.compactMap({ memberName($0, names) }) where !table.propagations.contains(name) {
                    table.propagations.append(name)
                }
                for route in item.routes {
                    let targets: [String?] = route.isBlackhole ? [nil] : route.attachments.compactMap { memberName($0, names) }
                    for target in targets {
                        let r = TransitGatewayRouteTable.Route(destination: route.destination, target: target)
                        if !table.routes.contains(r) { table.routes.append(r) }
                    }
                }
            }
            arch.transitGatewayRouteTables.append(table)
        }
    }

    /// What an attachment is called in the model; nil for kinds linkscope has no element
    /// for (Connect, network function and Cloud WAN attachments).
    private func memberName(_ ref: SnapshotRecords.AttachmentRef, _ names: [String: String]) -> String? {
        switch ref.resourceType {
        case "vpc", "vpn", "direct-connect-gateway": return ref.resourceId ?? ref.attachment.flatMap { names[$0] }
        case "peering": return ref.attachment
        case nil: return ref.attachment.flatMap { names[$0] } ?? ref.resourceId
        default: return nil
        }
    }

    /// Prefix lists, one per id whichever calls described it: the name and owner from
    /// `describe-managed-prefix-lists`, the CIDRs from `describe-prefix-lists` or the entries.
    mutating func addPrefixLists() {
        var at: [String: Int] = [:]
        for p in records.prefixLists {
            let index: Int
            if let known = at[p.id] {
                index = known
            } else {
                guard isNew(p.id) else { continue }
                index = arch.prefixLists.count
                at[p.id] = index
                arch.prefixLists.append(PrefixList(id: p.id, name: p.id, cidrs: [], location: p.origin.location))
            }
            if let name = p.name, !name.isEmpty {
                arch.prefixLists[index].name = name
                // AWS's own lists cover a service: describe-prefix-lists lists only those; the
                // managed-list call marks them with the owner "AWS".
                if p.isServiceList || p.owner == "AWS" { arch.prefixLists[index].awsService = name }
            }
            for cidr in p.cidrs where !arch.prefixLists[index].cidrs.contains(cidr) { arch.prefixLists[index].cidrs.append(cidr) }
        }
    }
}
