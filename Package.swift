// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "evaletl",
    products: [
        .executable(name: "evaletl", targets: ["evaletl"]),
        .library(name: "EvalETL", targets: ["EvalETL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CSysShims"),
        .target(
            name: "EvalETL",
            dependencies: [
                "CLibXML2", "CZlib", "CSQLite", "CXlsxWriter", "CSysShims",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // NB: the tests push tens of thousands of documents through the parsers;
            // unoptimized code makes that minutes instead of seconds.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .executableTarget(
            name: "evaletl",
            dependencies: [
                "EvalETL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "evaletl-bench", dependencies: ["EvalETL"]),
        .testTarget(name: "EvalETLTests", dependencies: ["EvalETL"]),
        .testTarget(name: "EndToEndTests", dependencies: ["EvalETL"],
                    swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    ],
    swiftLanguageModes: [.v6]
)
