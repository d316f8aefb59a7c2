// Prints the results of many deterministic lookups and suggestions, to check that a change to the
// lookup index keeps its behaviour: run it before and after, and compare the two outputs.
//
//   swift run -c release --package-path Benchmarks lookup-dump EVERY-NTH-CONCEPT FILE… > out.txt
//
// Queries come from the labels and notations of every n-th concept: as written, upper-cased,
// words reversed, words joined, single words, prefixes, and typos (a letter dropped, swapped,
// doubled or replaced); some also with a limit, a language, a scheme, and as suggestions.
// The matched label of a fuzzy result is printed too; drop it before comparing outputs of versions
// before 2026-11-25, which picked among equally good labels of one concept at random.
#if canImport(Glibc)
import Glibc
#endif
import VaktaalFormats
import VaktaalModel

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, let every = Int(arguments[0]), every > 0 else {
    print("usage: lookup-dump EVERY-NTH-CONCEPT FILE…")
    exit(2)
}
let vocabulary = try VocabularyLoader.loadVocabulary(paths: Array(arguments.dropFirst()))
let index = LookupIndex(vocabulary)
var output = ""

@MainActor func show(_ tag: String, _ query: String, _ results: [LookupMatch]) {
    output += "Q \(tag) «\(query)»\n"
    for match in results {
        output += "  \(match.kind) \(match.score) \(match.concept) «\(match.label)» \(match.language ?? "-") \(match.labelKind)\n"
    }
    if output.utf8.count > 1 << 20 {
        print(output, terminator: "")
        output = ""
    }
}

/// The label itself and the ways a user may mistype or shorten it.
func variants(of label: String) -> [String] {
    var result = [label, label.uppercased()]
    let words = label.split(separator: " ").map(String.init)
    if words.count > 1 {
        result.append(words.reversed().joined(separator: " "))
        result.append(words[0] + words[1] + (words.count > 2 ? " " + words[2...].joined(separator: " ") : ""))
        result.append(words.joined())
        result += [words[0], words.last!, words.dropLast().joined(separator: " ")]
    }
    let characters = Array(label)
    for length in [2, 3, 4, 6, 9, 13] where length < characters.count { result.append(String(characters[..<length])) }
    if characters.count > 4 { result.append(String(characters.dropLast(2))) }
    for (position, word) in words.prefix(2).enumerated() {
        let letters = Array(word)
        guard letters.count >= 4 else { continue }
        let middle = letters.count / 2
        func replacing(_ new: [Character]) -> String {
            var changed = words
            changed[position] = String(new)
            return changed.joined(separator: " ")
        }
        var dropped = letters
        dropped.remove(at: middle)
        var swapped = letters
        swapped.swapAt(middle, middle - 1)
        var doubled = letters
        doubled.insert(letters[middle], at: middle)
        var replaced = letters
        replaced[middle] = "x"
        var twice = dropped
        twice.remove(at: 1)
        result += [dropped, swapped, doubled, replaced, twice].map(replacing)
    }
    return result
}

for (number, concept) in vocabulary.concepts.enumerated() where number % every == 0 {
    let labels = concept.allLabels(.preferred).prefix(6).map(\.value) + concept.allLabels(.alternative).prefix(2).map(\.value)
        + concept.notations.prefix(1).map(\.lexicalForm)
    for label in labels {
        for (variant, query) in variants(of: label).enumerated() {
            show("plain", query, index.lookup(query))
            guard variant % 3 == 0 else { continue }
            show("limit3", query, index.lookup(query, limit: 3))
            show("nl", query, index.lookup(query, language: "nl"))
            if let scheme = vocabulary.schemes(of: concept).first ?? vocabulary.schemes.first?.iri {
                show("scheme", query, index.lookup(query, schemes: [scheme]))
            }
            show("suggest", query, index.suggestions(query))
        }
    }
}
for query in ["inspiciënt", "MIG/MAG-lassen", "mig mag lasen", "hardsoldern", "frezzen", "koperleiding", "h", "a",
              "xyzzy qwerty", "Ελλάδα", "εκπαίδευση", "образование", "ОБРАЗОВАНИЕ", "Straße", "Œuvre", "æble", "ĳzer",
              "water vervuiling", "watervervuiling", "lucht verontreiniging", "luchtverontreiniging"] {
    show("fixed", query, index.lookup(query))
    show("fixed-suggest", query, index.suggestions(query))
}
print(output, terminator: "")
