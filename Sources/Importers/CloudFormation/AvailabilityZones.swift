/// The Availability Zones `Fn::GetAZs` gives, and the zone id linkscope pairs with each
/// name. Zone ids per region are those AWS lists
/// (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html,
/// read 2026-11-30); the names are those an account usually sees.
///
/// A template names zones, not zone ids, and AWS pairs names with ids per account in its
/// oldest regions (https://docs.aws.amazon.com/global-infrastructure/latest/regions/az-ids.html).
/// linkscope therefore uses one fixed, documented pairing: the n-th zone name with the
/// n-th zone id below. Comparisons across accounts that depend on real zone ids need a
/// subnet's `AvailabilityZoneId`, which is taken as written.
enum AvailabilityZones {
    /// Region → zone letters and zone ids, paired in order.
    static let table: [String: (letters: String, ids: [String])] = [
        "us-east-1": ("abcdef", ids("use1", 1...6)),
        "us-east-2": ("abc", ids("use2", 1...3)),
        "us-west-1": ("ab", ["usw1-az1", "usw1-az3"]),
        "us-west-2": ("abcd", ids("usw2", 1...4)),
        "ca-central-1": ("abd", ["cac1-az1", "cac1-az2", "cac1-az4"]),
        "sa-east-1": ("abc", ids("sae1", 1...3)),
        "eu-west-1": ("abc", ids("euw1", 1...3)),
        "eu-west-2": ("abc", ids("euw2", 1...3)),
        "eu-west-3": ("abc", ids("euw3", 1...3)),
        "eu-central-1": ("abc", ids("euc1", 1...3)),
        "eu-central-2": ("abc", ids("euc2", 1...3)),
        "eu-north-1": ("abc", ids("eun1", 1...3)),
        "eu-south-1": ("abc", ids("eus1", 1...3)),
        "ap-northeast-1": ("acd", ["apne1-az1", "apne1-az2", "apne1-az4"]),
        "ap-northeast-2": ("abcd", ids("apne2", 1...4)),
        "ap-northeast-3": ("abc", ids("apne3", 1...3)),
        "ap-southeast-1": ("abc", ids("apse1", 1...3)),
        "ap-southeast-2": ("abc", ids("apse2", 1...3)),
        "ap-south-1": ("abc", ids("aps1", 1...3)),
        "me-central-1": ("abc", ids("mec1", 1...3)),
        "af-south-1": ("abc", ids("afs1", 1...3)),
    ]

    private static func ids(_ prefix: String, _ numbers: ClosedRange<Int>) -> [String] {
        numbers.map { "\(prefix)-az\($0)" }
    }

    /// The zone names of a region, or nil for a region the table does not hold.
    static func names(in region: String) -> [String]? {
        table[region].map { $0.letters.map { "\(region)\($0)" } }
    }

    /// The zone id paired with a zone name (`us-east-1a` → `use1-az1`).
    static func zoneId(of zone: String) -> String? {
        guard let letter = zone.last, let entry = table[String(zone.dropLast())],
              let at = entry.letters.firstIndex(of: letter) else { return nil }
        return entry.ids[entry.letters.distance(from: entry.letters.startIndex, to: at)]
    }

    /// The zone name paired with a zone id (`use1-az1` → `us-east-1a`).
    static func zone(ofId id: String) -> String? {
        for (region, entry) in table {
            if let at = entry.ids.firstIndex(of: id) {
                return region + String(Array(entry.letters)[at])
            }
        }
        return nil
    }
}
