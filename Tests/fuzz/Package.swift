// swift-tools-version: 6.1
// libFuzzer targets for Vaktaal's readers, kept out of the main package (nothing depends on this
// one). Build and run them all with `bash Tests/fuzz/run.sh [SECONDS]`; by hand:
//   swift build -c release --package-path Tests/fuzz --scratch-path .build-fuzz \
//       --sanitize fuzzer --sanitize address
//   VAKTAAL_FUZZ_READER=turtle .build-fuzz/release/vaktaal-fuzz CORPUS_FOLDER
import PackageDescription

let package = Package(
    name: "VaktaalFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Vaktaal", path: "../..")],
    targets: [
        // One binary for every reader, the reader chosen by VAKTAAL_FUZZ_READER: one link instead
        // of eight, and each reader is still fuzzed on its own, with a corpus of its own.
        .executableTarget(
            name: "vaktaal-fuzz",
            dependencies: [
                .product(name: "VaktaalModel", package: "Vaktaal"),
                .product(name: "VaktaalFormats", package: "Vaktaal"),
            ],
            path: "Sources/VaktaalFuzz"
        ),
    ],
    swiftLanguageModes: [.v6]
)
