import Topology

/// Reading meaning out of the names AWS uses: regions in zone names, ARNs, service names
/// and folder names, and its several spellings of enumeration values.
enum SnapshotNames {
    /// `PendingAcceptance`, `pendingAcceptance`, `pending_acceptance` → `pending-acceptance`,
    /// the spelling of the native format.
    static func kebab(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        var previousWasLower = false
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower { out.append(UInt8(ascii: "-")) }
                out.append(b | 0x20)
                previousWasLower = false
            case UInt8(ascii: "_"), UInt8(ascii: " "):
                out.append(UInt8(ascii: "-"))
                previousWasLower = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.append(b)
                previousWasLower = true
            default:
                out.append(b)
                previousWasLower = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for a region name: `us-east-1`, `eu-central-2`, `us-gov-west-1`, `us-isob-east-1`.
    static func isRegion<S: StringProtocol>(_ text: S) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (3...4).contains(parts.count), parts[0].count == 2 else { return false }
        guard let last = parts.last, !last.isEmpty, last.allSatisfy(\.isASCIIDigit) else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    /// The region of an Availability Zone (`us-east-1a`), Local Zone (`us-west-2-lax-1a`)
    /// or Wavelength Zone name.
    static func region(ofZone zone: String) -> String? {
        let trimmed = zone.reversed().drop(while: { $0.isASCII && $0.isLowercase })
        let candidate = String(trimmed.reversed())
        if isRegion(candidate) { return candidate }
        let parts = zone.split(separator: "-")
        for n in [4, 3] where parts.count > n {
            let prefix = parts[0..<n].joined(separator: "-")
            if isRegion(prefix) { return prefix }
        }
        return nil
    }

    /// The region field of an ARN (`arn:aws:elasticloadbalancing:us-east-1:…`).
    static func region(ofARN arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count > 4, parts[0] == "arn", isRegion(parts[3]) else { return nil }
        return String(parts[3])
    }

    /// The account field of an ARN.
    static func account(ofARN arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count > 4, parts[0] == "arn", isAccount(parts[4]) else { return nil }
        return String(parts[4])
    }

    /// The region inside a service name: `com.amazonaws.us-east-1.s3`,
    /// `com.amazonaws.vpce.eu-west-1.vpce-svc-…`.
    static func region(ofServiceName name: String) -> String? {
        name.split(separator: ".").first(where: isRegion).map(String.init)
    }

    /// True for an AWS service's name, `com.amazonaws.REGION.NAME` (not an endpoint service's `com.amazonaws.vpce.…`).
    static func isAWSServiceName(_ name: String) -> Bool {
        guard name.hasPrefix("com.amazonaws."), !name.hasPrefix("com.amazonaws.vpce.") else { return false }
        return region(ofServiceName: name) != nil
    }

    /// The id an endpoint service not described anywhere is known by: the `vpce-svc-…` at
    /// the end of its name, or the whole name.
    static func serviceId(ofName name: String) -> String {
        if let last = name.split(separator: ".").last, last.hasPrefix("vpce-svc-") { return String(last) }
        return name
    }

    /// True for a 12-digit account id.
    static func isAccount<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.count == 12 && text.allSatisfy(\.isASCIIDigit)
    }

    /// The innermost region-named folder of a path (`snap/111122223333/eu-west-1/x.json`).
    static func region(ofPath path: String) -> String? {
        path.split(separator: "/").dropLast().last(where: isRegion).map(String.init)
    }

    /// The innermost account-named (12-digit) folder of a path.
    static func account(ofPath path: String) -> String? {
        path.split(separator: "/").dropLast().last(where: isAccount).map(String.init)
    }

    /// A name from a `Name` tag, or the id when the tag is missing or empty.
    static func display(_ tag: String?, _ id: String) -> String {
        guard let tag, !tag.isEmpty else { return id }
        return tag
    }
}
