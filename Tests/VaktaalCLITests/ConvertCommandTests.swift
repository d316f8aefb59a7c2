import Foundation
import Testing
import VaktaalFormats
import VaktaalModel

@Suite struct ConvertCommandTests {
    @Test func rdfxmlToNTriplesAndBackIsLossless() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let source = CLIRunner.repositoryRoot + "/Vocabularies/hub.rdf"
        let nt = directory + "/hub.nt", rdf = directory + "/hub.rdf", json = directory + "/hub.json"
        #expect(try CLIRunner.run(["convert", source, "--to", "ntriples", "-o", nt]).status == 0)
        #expect(try CLIRunner.run(["convert", nt, "--to", "rdfxml", "-o", rdf]).status == 0)
        #expect(try CLIRunner.run(["convert", rdf, "--to", "json", "-o", json]).status == 0)
        let original = try VocabularyLoader.loadGraph(path: source)
        #expect(try VocabularyLoader.loadGraph(path: nt).isIsomorphic(to: original))
        #expect(try VocabularyLoader.loadGraph(path: rdf).isIsomorphic(to: original))
        #expect(try VocabularyLoader.loadGraph(path: json).isIsomorphic(to: original))
    }

    /// Another ESCO release imports; the files it skips are named on standard error, one warning
    /// a line, and the conversion succeeds.
    @Test func escoReleaseWarningsGoToStandardError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let fixtures = CLIRunner.repositoryRoot + "/Tests/VaktaalFormatsTests/Fixtures/ESCO/"
        let newer = try CLIRunner.run(["convert", fixtures + "v1.2", "--to", "ntriples", "-o", directory + "/v1.2.nt"])
        #expect(newer.status == 0)
        let lines = newer.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains(".csv:1: warning: ESCO CSV: ") && $0.hasSuffix("skipped") })
        #expect(newer.stderr.contains("v1.2/en/greenShareOcc_en.csv:1: warning:"))
        #expect(newer.stderr.contains("v1.2/en/dictionary_en.csv:1: warning:"))
        let older = try CLIRunner.run(["convert", fixtures + "v1.0", "--to", "ntriples", "-o", directory + "/v1.0.nt"])
        #expect(older.status == 0)
        #expect(older.stderr.isEmpty)
        #expect(try VocabularyLoader.loadGraph(path: directory + "/v1.0.nt").count > 100)
    }

    @Test func writesToStandardOutputWithoutOutputOption() throws {
        let result = try CLIRunner.run(["convert", CLIRunner.shared("qskos/src/test/resources/cycles.rdf"), "--to", "ntriples"])
        #expect(result.status == 0)
        let graph = try NTriplesReader.read(Array(result.stdout.utf8), file: "stdout")
        #expect(graph.count > 0)
    }

    @Test func turtleNamedRDFIsRejectedClearly() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory + "/out.nt"
        let result = try CLIRunner.run(["convert", CLIRunner.shared("skosify/examples/dctype.out.rdf"), "--to", "ntriples", "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("dctype.out.rdf:1:1"))
        #expect(result.stderr.contains("Turtle"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func malformedXMLNamesLineColumnWithCaret() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/bad.rdf"
        try """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
          <skos:Concept rdf:about="http://ex.org/a">
            <skos:prefLabel>unclosed
          </skos:Concept>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.rdf:5:"))
        #expect(result.stderr.contains("^"))
        #expect(result.stdout.isEmpty)
    }

    @Test func undefinedPrefixIsAnError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/prefix.rdf"
        try """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <skos:Concept rdf:about="http://ex.org/a"/>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("prefix.rdf:2:"))
        #expect(result.stderr.contains("skos"))
    }

    @Test func illegalRDFXMLConstructIsAnError() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/li.rdf"
        try """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:li rdf:about="http://ex.org/a"/>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("li.rdf:2:"))
        #expect(result.stderr.contains("rdf:li cannot be used as a node element"))
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let secret = directory + "/secret.txt"
        try "TOP-SECRET".write(toFile: secret, atomically: true, encoding: .utf8)
        let input = directory + "/xxe.rdf"
        try """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file://\(secret)"> ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">
          <rdf:Description rdf:about="http://ex.org/a"><ex:p>&secret;</ex:p></rdf:Description>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(!result.stdout.contains("TOP-SECRET"))
        #expect(result.stderr.contains("xxe.rdf:4"))
    }

    @Test func internalEntitiesAreExpanded() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/entities.rdf"
        try """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ <!ENTITY skos "http://www.w3.org/2004/02/skos/core#"> <!ENTITY ex "http://ex.org/"> ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="&skos;">
          <skos:Concept rdf:about="&ex;a"><skos:prefLabel xml:lang="nl">a &amp; b</skos:prefLabel></skos:Concept>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<http://ex.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"a & b\"@nl ."))
    }

    @Test func entityExpansionBombIsRejected() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/bomb.rdf"
        var entities = "<!ENTITY e0 \"haha\">"
        for level in 1...12 { entities += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        try """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ \(entities) ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">
          <rdf:Description rdf:about="http://ex.org/a"><ex:p>&e12;</ex:p></rdf:Description>
        </rdf:RDF>
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bomb.rdf:"))
    }

    @Test func failedExportLeavesTheOldFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory + "/existing.rdf"
        try "old content".write(toFile: output, atomically: true, encoding: .utf8)
        let input = directory + "/pred.nt"
        try "<http://ex.org/a> <http://ex.org/123> \"x\" .\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", input, "--to", "rdfxml", "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("http://ex.org/123"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["existing.rdf", "pred.nt"])
    }

    @Test func unknownExtensionAsksForFrom() throws {
        let result = try CLIRunner.run(["convert", CLIRunner.repositoryRoot + "/README.md", "--to", "ntriples"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--from"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["convert"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
        #expect(try CLIRunner.run(["--help"]).status == 0)
    }
}

@Suite struct ConvertBaseTests {
    @Test func baseMustBeAnAbsoluteIRI() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory + "/relative.ttl"
        try "<a> <http://ex.org/p> \"x\" .\n".write(toFile: input, atomically: true, encoding: .utf8)
        for base in ["not an iri", "relative/path", "http://ex.org/a b"] {
            let result = try CLIRunner.run(["convert", input, "--base", base, "--to", "ntriples"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("is not an absolute IRI"))
            #expect(result.stdout.isEmpty)
        }
        let fine = try CLIRunner.run(["convert", input, "--base", "https://ex.org/v/", "--to", "ntriples"])
        #expect(fine.stdout == "<https://ex.org/v/a> <http://ex.org/p> \"x\" .\n")
    }
}
