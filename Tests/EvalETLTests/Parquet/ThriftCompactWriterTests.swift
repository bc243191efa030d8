import XCTest
@testable import EvalETL

/// Thrift compact encodings checked against known bytes (thrift-compact-protocol.md).
final class ThriftCompactWriterTests: XCTestCase {
    private func bytes(_ body: (inout ThriftCompactWriter) -> Void) -> [UInt8] {
        var w = ThriftCompactWriter()
        body(&w)
        return w.bytes
    }

    func testZigzagI32() {
        let cases: [(Int32, [UInt8])] = [
            (0, [0x00]), (-1, [0x01]), (1, [0x02]), (-7, [0x0d]), (300, [0xd8, 0x04]),
            (Int32.max, [0xfe, 0xff, 0xff, 0xff, 0x0f]), (Int32.min, [0xff, 0xff, 0xff, 0xff, 0x0f]),
        ]
        for (n, want) in cases { XCTAssertEqual(bytes { $0.i32(n) }, want, "\(n)") }
    }

    func testZigzagI64() {
        let cases: [(Int64, [UInt8])] = [
            (0, [0x00]), (-1, [0x01]), (1, [0x02]), (37, [0x4a]),
            (Int64.min, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
        ]
        for (n, want) in cases { XCTAssertEqual(bytes { $0.i64(n) }, want, "\(n)") }
    }

    func testShortAndLongFieldHeaders() {
        let cases: [([Int16], [UInt8])] = [
            ([1], [0x15, 0x02]),
            ([1, 2], [0x15, 0x02, 0x15, 0x02]),
            ([15], [0xf5, 0x02]),
            ([16], [0x05, 0x20, 0x02]),
            ([20], [0x05, 0x28, 0x02]),
            ([1, 20], [0x15, 0x02, 0x05, 0x28, 0x02]),
        ]
        for (ids, want) in cases {
            XCTAssertEqual(bytes { w in for id in ids { w.field(id, i32: 1) } }, want, "\(ids)")
        }
    }

    func testBinaryAndString() {
        XCTAssertEqual(bytes { $0.field(4, string: "x") }, [0x48, 0x01, 0x78])
        XCTAssertEqual(bytes { $0.field(1, binary: []) }, [0x18, 0x00])
    }

    func testListHeaders() {
        XCTAssertEqual(bytes { $0.listHeader(0, .structure) }, [0x0c])
        XCTAssertEqual(bytes { $0.listHeader(2, .i32) }, [0x25])
        XCTAssertEqual(bytes { $0.listHeader(14, .binary) }, [0xe8])
        XCTAssertEqual(bytes { $0.listHeader(15, .binary) }, [0xf8, 0x0f])
        XCTAssertEqual(bytes { $0.listHeader(20, .i32) }, [0xf5, 0x14])
        XCTAssertEqual(bytes { $0.listHeader(300, .structure) }, [0xfc, 0xac, 0x02])
    }

    private struct Inner: ThriftEncodable {
        func encodeFields(to w: inout ThriftCompactWriter) {
            w.field(1, i32: 2)
            w.field(3, i32: 3)
        }
    }

    private struct Outer: ThriftEncodable {
        func encodeFields(to w: inout ThriftCompactWriter) {
            w.field(1, i32: 1)
            w.field(5, struct: Inner())
            w.field(6, i32: 4)
        }
    }

    func testNestedStructKeepsItsOwnFieldIDs() {
        // {1: i32 1, 5: {1: i32 2, 3: i32 3}, 6: i32 4} — after the nested struct, 6 is delta 1 from 5.
        XCTAssertEqual(Outer().thriftBytes, [0x15, 0x02, 0x4c, 0x15, 0x04, 0x25, 0x06, 0x00, 0x15, 0x08, 0x00])
    }

    func testSchemaElementForOptionalString() {
        let e = SchemaElement(type: .byteArray, repetition: .optional, name: "s",
                              convertedType: .utf8, logicalType: .string)
        XCTAssertEqual(e.thriftBytes,
                       [0x15, 0x0c, 0x25, 0x02, 0x18, 0x01, 0x73, 0x25, 0x00, 0x4c, 0x1c, 0x00, 0x00, 0x00])
    }

    func testLogicalTypeUnions() {
        XCTAssertEqual(LogicalType.string.thriftBytes, [0x1c, 0x00, 0x00])
        XCTAssertEqual(LogicalType.list.thriftBytes, [0x3c, 0x00, 0x00])
        XCTAssertEqual(LogicalType.date.thriftBytes, [0x6c, 0x00, 0x00])
    }

    func testStatisticsOmitMissingMinMax() {
        XCTAssertEqual(Statistics(nullCount: 0).thriftBytes, [0x36, 0x00, 0x00])
        XCTAssertEqual(Statistics(nullCount: 6, maxValue: [0x62], minValue: [0x61]).thriftBytes,
                       [0x36, 0x0c, 0x28, 0x01, 0x62, 0x18, 0x01, 0x61, 0x00])
    }
}
