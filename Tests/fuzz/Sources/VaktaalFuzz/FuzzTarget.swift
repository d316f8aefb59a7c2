#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VaktaalFormats
import VaktaalModel

// libFuzzer entry points for Vaktaal's readers. The reader is chosen by the environment variable
// VAKTAAL_FUZZ_READER, one of RDFFormat's raw values: rdfxml, ntriples, turtle, json, ndjson,
// sssom, csv (the spreadsheet layout) or esco.
//
// A reader that throws is doing its job; a trap, an AddressSanitizer report, a time-out or a huge
// allocation is a finding. Errors are also turned into their description, as the CLI prints them
// (the offending line and a caret under the column).

/// The reader under test.
private let format: RDFFormat = {
    let name = getenv("VAKTAAL_FUZZ_READER").map { String(cString: $0) } ?? ""
    guard let format = RDFFormat(rawValue: name) else {
        let known = RDFFormat.allCases.map(\.rawValue).joined(separator: ", ")
        report("vaktaal-fuzz: set VAKTAAL_FUZZ_READER to one of \(known)")
        exit(2)
    }
    return format
}()

/// Called by libFuzzer once before the first input: names the reader (and stops with status 2
/// when VAKTAAL_FUZZ_READER names none).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    report("vaktaal-fuzz: reader \(format.rawValue)")
    return 0
}

/// Called by libFuzzer for each input: hands the bytes to the reader; always returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    // An array of exactly the input's size, so that AddressSanitizer sees a read past its end.
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    do {
        try read(bytes)
    } catch {
        _ = String(describing: error)
    }
    return 0
}

/// Hands the bytes to the reader as `VocabularyLoader.loadGraph(path:format:)` does for a file of
/// that format, but from memory (the readers of text formats all take bytes).
private func read(_ bytes: [UInt8]) throws {
    let file = "fuzz." + format.fileExtension
    let base = "file:///fuzz/" + file
    switch format {
    case .rdfxml:
        var triples = 0
        _ = try RDFXMLReader.read(bytes, file: file, base: base) { _ in triples += 1 }
    case .ntriples:
        _ = try NTriplesReader.read(bytes, file: file)
    case .turtle:
        _ = try TurtleReader.read(bytes, file: file, base: base)
    case .json, .ndjson:
        _ = try JSKOSReader.read(bytes, file: file).graph()
    case .csv:
        _ = try SpreadsheetReader.read(bytes, file: file)
    case .sssom:
        _ = try SSSOMReader.readGraph(bytes, file: file)
    case .esco:
        try ESCOInput.shared.read(bytes)
    case .snapshot:
        // Checksums refuse nearly every mutation here; SnapshotDamageTests changes bytes and
        // reseals the checksums, which is what reaches the checks behind them.
        let snapshot = try bytes.withUnsafeBytes { try VocabularySnapshot(decoding: $0) }
        _ = try snapshot.lookupIndex().lookup("lassen", limit: 3)
        _ = Vocabulary(try snapshot.vocabulary())
    }
}

/// Writes a line to standard error (file descriptor 2: the C `stderr` variable is not
/// concurrency-safe in Swift 6).
func report(_ line: String) {
    let text = Array((line + "\n").utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
