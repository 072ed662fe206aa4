import Topology

/// Folders of AWS CLI JSON output (`linkscope snapshot`), loaded together as one source.
struct SnapshotImporter: Importer {
    let format = "AWS CLI snapshot"
    let usage = "a folder of the JSON that aws ec2/elbv2 describe-* calls print (linkscope snapshot --out DIR)"

    func recognises(_ source: SourceCandidate) -> Bool { source.isFolder }

    func load(_ specs: [String]) throws(LoadError) -> [Architecture] {
        [try SnapshotLoader.load(folders: specs)]
    }
}
