/// Breadth-first reachability that reuses its visited marks between searches, so each search
/// costs only what it visits.
struct Reachability {
    private var marks: [UInt32]
    private var generation: UInt32 = 0
    private var queue: [Int32] = []

    init(nodeCount: Int) {
        marks = [UInt32](repeating: 0, count: nodeCount)
    }

    /// Whether `target` can be reached from `start` in one step or more.
    mutating func reaches(_ graph: Adjacency, from start: Int32, to target: Int32) -> Bool {
        visitAll(graph, from: [start]) { $0 == target }
    }

    /// The nodes on a shortest path of one step or more from `start` to `target`, both included.
    func path(_ graph: Adjacency, from start: Int32, to target: Int32) -> [Int32]? {
        var previous: [Int32: Int32] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in graph.neighbours(node) where previous[next] == nil {
                previous[next] = node
                if next == target {
                    var path = [target]
                    var cursor = node
                    while cursor != start { path.append(cursor); cursor = previous[cursor]! }
                    return [start] + path.reversed()
                }
                queue.append(next)
            }
        }
        return nil
    }

    /// Visits every node reachable from `starts` in one step or more, stopping when `stop` says so.
    /// - Returns: Whether `stop` returned true.
    @discardableResult
    mutating func visitAll(_ graph: Adjacency, from starts: [Int32], stop: (Int32) -> Bool) -> Bool {
        generation &+= 1
        if generation == 0 {
            marks = [UInt32](repeating: 0, count: marks.count)
            generation = 1
        }
        queue.removeAll(keepingCapacity: true)
        for start in starts {
            for next in graph.neighbours(start) where marks[Int(next)] != generation {
                marks[Int(next)] = generation
                queue.append(next)
            }
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if stop(node) { return true }
            for next in graph.neighbours(node) where marks[Int(next)] != generation {
                marks[Int(next)] = generation
                queue.append(next)
            }
        }
        return false
    }
}
