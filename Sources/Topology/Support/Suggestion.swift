/// "Did you mean" for names people type by hand: the closest candidate within a small
/// edit distance, or nil when nothing is close enough to be a typo.
public enum Suggestion {
    /// The candidate closest to `word`, if its distance is at most a third of the word's length (at least 1).
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word.lowercased(), candidate.lowercased())
            let bestSoFar = best?.1 ?? Int.max
            if d <= limit, d < bestSoFar { best = (candidate, d) }
        }
        return best?.0
    }

    /// The candidates within `limit` edits of `word`, closest first.
    public static func near(_ word: String, in candidates: some Sequence<String>, limit: Int = 3, count: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let scored: [(name: String, distance: Int)] = candidates.map { ($0, distance(lowered, $0.lowercased())) }
        let close = scored.filter { $0.distance <= limit }
        let ranked = close.sorted { a, b in a.distance == b.distance ? a.name < b.name : a.distance < b.distance }
        return ranked.prefix(count).map(\.name)
    }

    /// Levenshtein distance, counting a swap of neighbours as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](0...b.count), previous = before, current = before
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let edit: Int = min(previous[j] + 1, current[j - 1] + 1)
                current[j] = min(edit, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            before = previous
            previous = current
        }
        return current[b.count]
    }
}
