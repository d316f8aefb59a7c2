/// Strongly connected components (Tarjan's algorithm, iterative so deep hierarchies cannot
/// overflow the stack).
enum StronglyConnected {
    /// The components with more than one node, each in discovery order.
    static func cycles(in graph: Adjacency) -> [[Int32]] {
        let count = graph.offsets.count - 1
        var index = [Int32](repeating: -1, count: count)
        var low = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int32] = []
        var work: [(node: Int32, next: Int32)] = []
        var counter: Int32 = 0
        var result: [[Int32]] = []
        for root in 0..<Int32(count) where index[Int(root)] < 0 && !graph.neighbours(root).isEmpty {
            work.append((root, graph.offsets[Int(root)]))
            index[Int(root)] = counter; low[Int(root)] = counter; counter += 1
            stack.append(root); onStack[Int(root)] = true
            while let (node, next) = work.last {
                if next < graph.offsets[Int(node) + 1] {
                    work[work.count - 1].next += 1
                    let target = graph.targets[Int(next)]
                    if index[Int(target)] < 0 {
                        index[Int(target)] = counter; low[Int(target)] = counter; counter += 1
                        stack.append(target); onStack[Int(target)] = true
                        work.append((target, graph.offsets[Int(target)]))
                    } else if onStack[Int(target)] {
                        low[Int(node)] = min(low[Int(node)], index[Int(target)])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[Int(parent)] = min(low[Int(parent)], low[Int(node)]) }
                guard low[Int(node)] == index[Int(node)] else { continue }
                var component: [Int32] = []
                while let member = stack.popLast() {
                    onStack[Int(member)] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 { result.append(component.reversed()) }
            }
        }
        return result
    }
}
