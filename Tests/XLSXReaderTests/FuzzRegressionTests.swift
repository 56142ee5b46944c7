import Foundation
import Testing

@testable import XLSXReader

/// Inputs the libFuzzer harnesses of `Fuzz/` found crashing the reader (issue 10).
@Suite struct FuzzRegressionTests {
  /// A valid package whose end-of-central-directory record says the directory starts at
  /// `offset`: the fuzz input kept in Fuzz/Corpus/xlsx/finding-directory-past-end.xlsx said
  /// 301,991,398 in a 1,924-byte file.
  static func package(directoryOffset offset: UInt32) throws -> Data {
    var data = try XLSXReaderErrorTests.valid.data()
    let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    let bytes = [UInt8](data)
    let end = try #require(
      (0...(bytes.count - 22)).reversed().first { bytes[$0..<$0 + 4].elementsEqual(signature) })
    let field = data.startIndex + end + 16
    withUnsafeBytes(of: offset.littleEndian) { data.replaceSubrange(field..<field + 4, with: $0) }
    return data
  }

  @Test("issue 10 fuzz: a central directory said to start past the end is refused, not a crash")
  func directoryPastEnd() throws {
    let data = try Self.package(directoryOffset: 301_991_398)
    #expect(throws: XLSXReaderError.missingPart(file: "fuzz.xlsx", part: "xl/workbook.xml")) {
      try XLSXDocument(data: data, name: "fuzz.xlsx")
    }
  }
}
