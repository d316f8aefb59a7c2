/// A directed graph over resource numbers in compressed adjacency form, built from the edges of
/// some roles: `forward` roles point from subject to object, `backward` roles the other way
/// (so `narrower` read backward is `broader`).
struct Adjacency {
    let offsets: [Int32]
    let targets: [Int32]

    init(nodeCount: Int, edges: [ValidationIndex.Edge], forward: RoleMask, backward: RoleMask) {
        var pairs: [(Int32, Int32)] = []
        for edge in edges {
            if forward.contains(edge.role.mask) { pairs.append((edge.from, edge.to)) }
            if backward.contains(edge.role.mask) { pairs.append((edge.to, edge.from)) }
        }
        self.init(nodeCount: nodeCount, pairs: pairs)
    }

    init(nodeCount: Int, pairs: [(Int32, Int32)]) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for (from, _) in pairs { counts[Int(from) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var targets = [Int32](repeating: 0, count: pairs.count)
        for (from, to) in pairs {
            targets[Int(next[Int(from)])] = to
            next[Int(from)] += 1
        }
        offsets = counts
        self.targets = targets
    }

    /// The graph with every edge turned around.
    var reversed: Adjacency {
        var pairs: [(Int32, Int32)] = []
        pairs.reserveCapacity(targets.count)
        for node in 0..<(offsets.count - 1) {
            for target in neighbours(Int32(node)) { pairs.append((target, Int32(node))) }
        }
        return Adjacency(nodeCount: offsets.count - 1, pairs: pairs)
    }

    /// The nodes a node points to.
    func neighbours(_ node: Int32) -> ArraySlice<Int32> {
        targets[Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])]
    }

    /// The distinct nodes a node points to, itself left out.
    func distinctNeighbours(_ node: Int32) -> [Int32] {
        var result: [Int32] = []
        for target in neighbours(node) where target != node && !result.contains(target) { result.append(target) }
        return result
    }
}
