import Foundation
import Importers

/// The plan of `linkscope snapshot`: the list calls of every region, then the per-item
/// calls their output asks for, run up to `--jobs` at once and numbered in plan order.
extension SnapshotCommand {
    /// One call of the plan: the region, the call and, for a per-item call, the item.
    struct Step: Sendable {
        let region: String
        let call: SnapshotCall
        let item: String?

        /// Where its output goes, under the account folder.
        var file: String {
            region + "/" + (item.flatMap { call.perItem?.file(for: call, id: $0) } ?? "\(call.command).json")
        }

        /// How progress lines name it: `ec2 describe-vpc-attribute vpc-1.enableDnsSupport`.
        var label: String {
            "\(call.service) \(call.command)" + (item.map { " \($0)\(call.perItem?.fileSuffix ?? "")" } ?? "")
        }
    }

    /// Runs `steps`, numbered in progress after the `offset` calls planned before them.
    func run(_ steps: [Step], after offset: Int, in folder: URL, aws: AWSCLI, progress: SnapshotProgress) -> [CallResult] {
        BoundedWork.run(count: steps.count, width: jobs, { index -> CallResult in
            let step = steps[index]
            let file = folder.appendingPathComponent(step.file)
            let begin = Date()
            let outcome: Result<AWSCLI.Outcome, Failure>
            do {
                outcome = .success(try aws.run(step.call, region: step.region, item: step.item, to: file))
            } catch let failure as Failure {
                outcome = .failure(failure)
            } catch {
                outcome = .failure(Failure(message: "\(file.path): \(error.localizedDescription)", code: 73))
            }
            return CallResult(outcome: outcome, seconds: Date().timeIntervalSince(begin))
        }, finished: { index, result in
            guard case .success(let outcome) = result.outcome else { return }
            progress.finished(position: offset + index + 1, region: steps[index].region, call: steps[index].label,
                              outcome: outcome, seconds: result.seconds)
        })
    }

    /// The per-item calls: for each region, each per-item call once per item the saved
    /// output of its list call names (none when that call failed).
    static func perItemSteps(_ regions: [String], _ listing: [Step], _ results: [CallResult], in folder: URL,
                                     progress: SnapshotProgress) -> [Step] {
        var saved: Set<String> = []
        for (step, result) in zip(listing, results) {
            if case .success(.saved) = result.outcome { saved.insert(step.file) }
        }
        var steps: [Step] = []
        for region in regions {
            var ids: [SnapshotItemSource: [String]] = [:]
            for call in SnapshotCalls.perItem {
                guard let source = call.perItem?.source, saved.contains("\(region)/\(source.listCommand).json") else { continue }
                if ids[source] == nil {
                    do {
                        ids[source] = try source.ids(inOutputAt: folder.appendingPathComponent("\(region)/\(source.listCommand).json").path)
                    } catch {
                        progress.warn("\(error.message); no \(call.command) calls for it")
                        ids[source] = []
                    }
                }
                steps += ids[source]!.map { Step(region: region, call: call, item: $0) }
            }
        }
        return steps
    }

    /// How one call of the plan went, and how long it took.
    struct CallResult: Sendable {
        let outcome: Result<AWSCLI.Outcome, Failure>
        let seconds: Double
    }
}
