// swift-tools-version: 6.1
// In-process benchmarks for Vaktaal, kept out of the main package so that `swift test` never
// builds them. Run: swift run -c release --package-path Benchmarks vaktaal-bench FILE.rdf
import PackageDescription

let package = Package(
    name: "VaktaalBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Vaktaal", path: "..")],
    targets: [
        .executableTarget(
            name: "vaktaal-bench",
            dependencies: [
                .product(name: "VaktaalModel", package: "Vaktaal"),
                .product(name: "VaktaalFormats", package: "Vaktaal"),
            ],
            path: "Sources/VaktaalBench"
        ),
        .executableTarget(
            name: "lookup-dump",
            dependencies: [
                .product(name: "VaktaalModel", package: "Vaktaal"),
                .product(name: "VaktaalFormats", package: "Vaktaal"),
            ],
            path: "Sources/LookupDump"
        ),
    ],
    swiftLanguageModes: [.v6]
)
