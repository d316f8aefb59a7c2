// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Vaktaal",
    // macOS 15 is the lowest with Synchronization's Mutex, which the shared indexes and the
    // terminal progress use.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "VaktaalModel", targets: ["VaktaalModel"]),
        .library(name: "VaktaalFormats", targets: ["VaktaalFormats"]),
        .executable(name: "vaktaal", targets: ["VaktaalCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // FilePath, for paths given to the library as such.
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        // `swift package generate-documentation` for the DocC catalogs; no code of it is linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // The server only (VaktaalServer and the CLI that starts it); the libraries stay free of them.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // Tests only: the property tests over generated vocabularies (PropertyBased runs on Swift Testing).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "VaktaalModel",
            // Double.rounded() and friends call libm, which a program without Foundation does not
            // link by itself on Linux.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        .target(
            name: "VaktaalFormats",
            dependencies: [
                "VaktaalModel", "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .target(
            name: "VaktaalServer",
            dependencies: [
                "VaktaalModel", "VaktaalFormats",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "VaktaalCLI",
            dependencies: [
                "VaktaalModel", "VaktaalFormats", "VaktaalServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "VaktaalModelTests", dependencies: ["VaktaalModel"]),
        // Fixtures are read from their path (`Fixtures.path`), not bundled as resources.
        .testTarget(name: "VaktaalFormatsTests", dependencies: ["VaktaalFormats", "VaktaalModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "VaktaalPropertyTests",
            dependencies: [
                "VaktaalModel", "VaktaalFormats",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "VaktaalCLITests", dependencies: ["VaktaalCLI", "VaktaalFormats", "VaktaalModel"]),
        .testTarget(
            name: "VaktaalServerTests",
            dependencies: [
                "VaktaalServer", "VaktaalFormats", "VaktaalModel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
