import Foundation

/// What a user might write instead of linkscope's pull reader: Foundation's `JSONDecoder`
/// decoding the same fields of the same files into `Decodable` structs (VPCs, subnets and
/// endpoints, nearly all of a snapshot's bytes). Decoding only, no linking or indexing.
enum DecoderBaseline {
    struct Tag: Decodable { let Key: String; let Value: String }
    struct CidrAssociation: Decodable { let CidrBlock: String? }
    struct Vpc: Decodable {
        let VpcId: String, OwnerId: String?, CidrBlock: String?
        let CidrBlockAssociationSet: [CidrAssociation]?, Tags: [Tag]?
    }
    struct Subnet: Decodable {
        let SubnetId: String, VpcId: String, AvailabilityZone: String, AvailabilityZoneId: String?
        let CidrBlock: String?, OwnerId: String?, SubnetArn: String?, Tags: [Tag]?
    }
    struct Group: Decodable { let GroupId: String }
    struct Endpoint: Decodable {
        let VpcEndpointId: String, VpcEndpointType: String, VpcId: String, ServiceName: String?, ServiceRegion: String?
        let State: String?, PrivateDnsEnabled: Bool?, PolicyDocument: String?, OwnerId: String?, Tags: [Tag]?
        let SubnetIds: [String]?, Groups: [Group]?, RouteTableIds: [String]?
    }
    struct File: Decodable {
        let Vpcs: [Vpc]?, Subnets: [Subnet]?, VpcEndpoints: [Endpoint]?
    }

    /// Decodes every `.json` file under `folder`; returns how many VPCs, subnets and
    /// endpoints it found (so the work cannot be skipped).
    static func decode(folder: String) throws -> Int {
        let decoder = JSONDecoder()
        var count = 0
        for path in files(under: folder) {
            let file = try decoder.decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            count += (file.Vpcs?.count ?? 0) + (file.Subnets?.count ?? 0) + (file.VpcEndpoints?.count ?? 0)
        }
        return count
    }

    /// The `.json` files under `folder`, sorted.
    static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        let items = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var out: [String] = []
        while let url = items?.nextObject() as? URL {
            if url.pathExtension == "json" { out.append(url.path) }
        }
        return out.sorted()
    }
}
