import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// `VocabularyDiff` on two versions written by `gen-vocabulary.py` (`--drift 3`), checked against
/// the counts the generator's own logic implies: a small Python oracle imports the generator,
/// replays `make_concepts` and `drift` with the same seeds, and counts the changes on its
/// in-memory concepts (not on the RDF), the way the generator's `write` turns them into SKOS.
@Suite struct DiffGeneratedDriftTests {
    static let generator = SharedData.repositoryRoot + "/../shared/tools/gen-vocabulary.py"
    static let concepts = 500, languages = 2, drift = 3

    static let oracle = """
    import copy, importlib.util, json, random, sys
    spec = importlib.util.spec_from_file_location("gen", sys.argv[1])
    gen = importlib.util.module_from_spec(spec); spec.loader.exec_module(gen)
    count, nlangs, percent, seed = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), 58
    langs = gen.LANGS[:nlangs]
    concepts = gen.make_concepts(random.Random(seed), count, langs)
    old = {c["id"]: c for c in copy.deepcopy(concepts)}
    new_list = gen.drift(random.Random(seed + 1), concepts, percent, langs)
    new = {c["id"]: c for c in new_list}
    old_list = sorted(old.values(), key=lambda c: int(c["id"][1:]))
    common = old.keys() & new.keys()
    def pairs(cs, key):
        if key == "broader":
            return {(c["id"], c["broader"]) for c in cs if c["broader"]}
        return {(c["id"], t) for c in cs for t in c[key]}
    def delta(key):
        a, b = pairs(old.values(), key), pairs(new.values(), key)
        return len(b - a), len(a - b)
    def tops(cs):
        return {c["id"] for c in cs[:8]} | {c["id"] for c in cs if not c["broader"]}
    def maps(cs):
        result = {}
        for c in cs:
            for kind, target in c["match"]:
                result.setdefault((c["id"], target), set()).add(kind)
        return result
    mo, mn = maps(old.values()), maps(new.values())
    def changed(i):
        a, b = old[i], new[i]
        return any(a[k] != b[k] for k in ("pref", "alt", "definition", "deprecated", "broader", "related"))
    to, tn = tops(old_list), tops(new_list)
    result = {
        "added": len(new.keys() - old.keys()), "removed": len(old.keys() - new.keys()),
        "changed": sum(1 for i in common if changed(i)),
        "relabelled": sum(1 for i in common for l in langs if old[i]["pref"][l] != new[i]["pref"][l]),
        "deprecated": sum(1 for i in common if new[i]["deprecated"] and not old[i]["deprecated"]),
        "moved": sum(1 for i in common if old[i]["broader"] and new[i]["broader"] and old[i]["broader"] != new[i]["broader"]),
        "broaderAdded": delta("broader")[0], "broaderRemoved": delta("broader")[1],
        "relatedAdded": delta("related")[0], "relatedRemoved": delta("related")[1],
        "topAdded": len(tn - to), "topRemoved": len(to - tn),
        "mappingsAdded": len(mn.keys() - mo.keys()), "mappingsRemoved": len(mo.keys() - mn.keys()),
        "mappingsRetyped": sum(1 for k in mo.keys() & mn.keys() if mo[k] != mn[k]),
    }
    print(json.dumps(result))
    """

    @discardableResult
    static func run(_ arguments: [String], output: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        } else {
            process.standardOutput = pipe
        }
        try process.run()
        let data = output == nil ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func countsMatchTheGeneratorsDrift() throws {
        let directory = NSTemporaryDirectory() + "vaktaal-diff-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let size = ["--concepts", "\(Self.concepts)", "--langs", "\(Self.languages)", "--skosxl"]
        try Self.run([Self.generator] + size, output: directory + "/v1.rdf")
        try Self.run([Self.generator] + size + ["--drift", "\(Self.drift)"], output: directory + "/v2.rdf")
        let json = try Self.run(["-c", Self.oracle, Self.generator, "\(Self.concepts)", "\(Self.languages)", "\(Self.drift)"])
        let expected = try JSONDecoder().decode([String: Int].self, from: Data(json.utf8))

        let diff = VocabularyDiff(old: try VocabularyLoader.loadCompactVocabulary(paths: [directory + "/v1.rdf"]),
                                  new: try VocabularyLoader.loadCompactVocabulary(paths: [directory + "/v2.rdf"]))
        let summary = diff.summary
        let n = Self.concepts * Self.drift / 100
        #expect(summary.concepts.added == n && expected["added"] == n)
        #expect(summary.concepts.removed == n && expected["removed"] == n)
        #expect(summary.concepts.changed == expected["changed"])
        #expect(summary.prefLabels == .init(changed: expected["relabelled"]!, languagesAdded: 0, languagesDropped: 0))
        #expect(summary.deprecated == expected["deprecated"])
        #expect(summary.moved == expected["moved"])
        #expect(summary.broader == .init(added: expected["broaderAdded"]!, removed: expected["broaderRemoved"]!))
        #expect(summary.hierarchy == summary.broader)
        #expect(summary.related == .init(added: expected["relatedAdded"]!, removed: expected["relatedRemoved"]!))
        #expect(summary.topConcepts == .init(added: expected["topAdded"]!, removed: expected["topRemoved"]!))
        let mappings = summary.mappingTotal
        #expect(mappings == .init(added: expected["mappingsAdded"]!, removed: expected["mappingsRemoved"]!,
                                  changed: expected["mappingsRetyped"]!))
        #expect(Array(summary.mappings.keys) == ["http://data.example.org/other"])
        #expect(summary.altLabels == .init() && summary.notes.isEmpty && summary.notations == 0)
        #expect(summary.inScheme == .init(added: n, removed: n))
        #expect(diff.schemes.first?.properties == [PropertyChange(property: "owl:versionInfo", added: ["\"2\""], removed: ["\"1\""])])
        // The drift really exercises every kind of change.
        for key in ["relabelled", "deprecated", "moved", "broaderAdded", "relatedRemoved", "mappingsAdded"] {
            #expect(expected[key, default: 0] > 0, "\(key)")
        }
    }
}
