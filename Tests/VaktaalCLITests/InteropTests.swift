import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

/// Whether the interoperability checks run.
enum Interop {
    static let enabled = ProcessInfo.processInfo.environment["VAKTAAL_INTEROP"] == "1"
}

/// Independent implementations read what Vaktaal writes: rdflib (RDF/XML, N-Triples), rapper
/// (RDF/XML, N-Triples) and pyld (JSKOS as JSON-LD). Enabled in CI (`VAKTAAL_INTEROP=1`); when
/// enabled, a missing tool is a failure, not a skip.
@Suite(.enabled(if: Interop.enabled, "set VAKTAAL_INTEROP=1 to run against rdflib, rapper and pyld"))
struct InteropTests {
    struct Sample: CustomStringConvertible, Sendable {
        let name: String
        let paths: [String]
        var description: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "shipped vocabularies", paths: [CLIRunner.repositoryRoot + "/Vocabularies"]),
        Sample(name: "GEMET nl 4.0.1", paths: [CLIRunner.shared("gemet/v4.0.1_2017-11-27/gemet-nl.rdf")]),
        Sample(name: "STW (qSKOS)", paths: [CLIRunner.shared("qskos/src/test/resources/stw.rdf")]),
        Sample(name: "EU table (skos-history)", paths: [CLIRunner.shared("skos-history/examples/test_load/data/v2/subdivisions-skos.rdf")]),
        Sample(name: "EuroVoc fragment, SKOS-XL", paths: [CLIRunner.shared("skos-history/examples/test_query/data/new/test.rdf")]),
    ]

    /// Writes the sample as RDF/XML, N-Triples and JSON into a fresh folder.
    static func written(_ sample: Sample) throws -> (graph: Graph, folder: String) {
        let graph = try VocabularyLoader.loadMergedGraph(paths: sample.paths)
        let folder = try CLIRunner.temporaryDirectory()
        for (name, format) in [("out.rdf", RDFFormat.rdfxml), ("out.nt", .ntriples), ("out.json", .json)] {
            let output = try OutputFile(path: folder + "/" + name)
            try GraphWriter.write(graph, format: format, to: output)
            try output.commit()
        }
        return (graph, folder)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(executable: executable, arguments)
    }

    @Test(arguments: samples)
    func rdflibReadsOurRDFXMLAndNTriples(_ sample: Sample) throws {
        let (_, folder) = try Self.written(sample)
        let script = CLIRunner.repositoryRoot + "/Tests/interop/rdflib_isomorphic.py"
        let xml = try Self.run("python3", [script, folder + "/out.rdf", "xml", folder + "/out.nt"])
        #expect(xml.status == 0, "\(xml.stdout)\(xml.stderr)")
        let nt = try Self.run("python3", [script, folder + "/out.nt", "nt", folder + "/out.nt"])
        #expect(nt.status == 0, "\(nt.stdout)\(nt.stderr)")
    }

    @Test(arguments: samples)
    func rapperReadsOurRDFXML(_ sample: Sample) throws {
        let (graph, folder) = try Self.written(sample)
        let result = try Self.run("rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", folder + "/out.rdf", "http://example.invalid/"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try NTriplesReader.read(Array(result.stdout.utf8), file: "rapper output")
        #expect(parsed.isIsomorphic(to: graph))
    }

    @Test(arguments: samples)
    func pyldExpandsOurJSONToTheSameSKOSTriples(_ sample: Sample) throws {
        let (_, folder) = try Self.written(sample)
        let result = try Self.run("python3", [CLIRunner.repositoryRoot + "/Tests/interop/jskos_jsonld_check.py",
                                             folder + "/out.json", folder + "/out.nt", CLIRunner.shared("jskos/context.json")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func rdflibAgreesOnTurtleReadAndWritten() throws {
        let result = try Self.run("python3", [CLIRunner.repositoryRoot + "/Tests/interop/turtle_check.py", CLIRunner.binary])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
