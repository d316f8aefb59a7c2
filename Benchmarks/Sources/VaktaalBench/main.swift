// Times loading (through a graph, and streamed as the CLI loads), index building, lookup and
// translation on one vocabulary, in process.
//
//   swift run -c release --package-path Benchmarks vaktaal-bench /tmp/vaktaal-bench/big.rdf [TARGET-NAMESPACE]
//
// Queries are drawn deterministically from the vocabulary's own preferred labels: exact lookups
// use a label as it is, fuzzy lookups the same label with one letter dropped from its first word,
// translations go from the concept's scheme to TARGET-NAMESPACE (default: the generator's second
// scheme, http://data.example.org/other/).
#if canImport(Glibc)
import Glibc
#endif
import VaktaalFormats
import VaktaalModel

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first, !path.hasPrefix("-") else {
    print("usage: vaktaal-bench FILE [TARGET-NAMESPACE]")
    exit(2)
}
let target = arguments.dropFirst().first ?? "http://data.example.org/other/"
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ samples: [Duration]) -> String {
    let sorted = samples.sorted()
    let value = seconds(sorted[sorted.count / 2]) * 1e6
    return value >= 1000 ? "\((value / 10).rounded() / 100) ms" : "\((value * 10).rounded() / 10) µs"
}

var graph = Graph()
let parse: Duration
do {
    let start = clock.now
    graph = try VocabularyLoader.loadGraph(path: path)
    parse = clock.now - start
} catch {
    print("vaktaal-bench: \(error)")
    exit(1)
}
var vocabulary = Vocabulary()
let model = clock.measure { vocabulary = Vocabulary(graph: graph) }
var streamed = Vocabulary()
let streamedLoad = clock.measure { streamed = try! VocabularyLoader.loadVocabulary(paths: [path]) }
precondition(streamed.concepts.count == vocabulary.concepts.count)
streamed = Vocabulary()
var index: LookupIndex!
let build = clock.measure { index = LookupIndex(vocabulary) }
var translator: Translator!
let prepare = clock.measure { translator = Translator(vocabulary: vocabulary) }

let sample = stride(from: 0, to: vocabulary.concepts.count, by: max(1, vocabulary.concepts.count / 200)).map { vocabulary.concepts[$0] }
let labels = sample.compactMap { $0.prefLabel("nl") }
let typos = labels.map { label -> String in
    var words = label.split(separator: " ").map(String.init)
    if var first = words.first, first.count > 4 {
        first.remove(at: first.index(first.startIndex, offsetBy: first.count / 2))
        words[0] = first
    }
    return words.joined(separator: " ")
}

var found = 0
let exact = labels.map { label in clock.measure { found += index.lookup(label, limit: 10).isEmpty ? 0 : 1 } }
var fuzzyFound = 0
let fuzzy = typos.map { query in clock.measure { fuzzyFound += index.lookup(query, limit: 10).isEmpty ? 0 : 1 } }
var translated = 0
let translate = labels.map { label in clock.measure { translated += ((try? translator.translate(label, to: target)) ?? []).isEmpty ? 0 : 1 } }

print("file: \(path)")
print("triples \(graph.count), concepts \(vocabulary.concepts.count), labels indexed \(index.labelCount)")
print("parse to graph      \(seconds(parse)) s")
print("graph to model      \(seconds(model)) s")
print("streamed load       \(seconds(streamedLoad)) s (RDF/XML bytes into the store, then the model: what the CLI does)")
print("index build         \(seconds(build)) s")
print("translator prepare  \(seconds(prepare)) s")
print("exact lookup        median \(median(exact)) over \(labels.count) queries (\(found) found)")
print("fuzzy lookup        median \(median(fuzzy)) over \(typos.count) queries (\(fuzzyFound) found)")
print("translate           median \(median(translate)) over \(labels.count) terms (\(translated) translated)")
