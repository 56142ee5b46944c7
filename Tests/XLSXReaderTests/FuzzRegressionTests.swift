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

/// The third finding of the xlsx fuzzer: FoundationXML's `XMLParser` trapped on element and
/// attribute names that are not UTF-8.
@Suite struct NotUTF8PartTests {
  @Test(
    "issue 10 fuzz: an element or attribute name that is not UTF-8 is refused, not a crash",
    arguments: [
      ([0x3C, 0x61, 0xFF, 0x3E, 0x3C, 0x2F, 0x61, 0xFF, 0x3E] as [UInt8], 1),
      ([0x3C, 0x61, 0x0A, 0x20, 0x62, 0xC3, 0x3D, 0x22, 0x31, 0x22, 0x2F, 0x3E], 2),
      ([0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x61, 0x3E], 1),
    ])
  func notUTF8(bytes: [UInt8], line: Int) {
    #expect(throws: XLSXReaderError.malformedXML(file: "f.xlsx", part: "xl/x.xml", line: line)) {
      try MarkupParser.parse(Data(bytes), part: "xl/x.xml", file: "f.xlsx")
    }
  }

  @Test("UTF-8 of every length, up to U+10FFFF, passes the check")
  func wellFormed() {
    let text = "a é € 𝄞 \u{10FFFF}\nb"
    let failure = Array(text.utf8).withUnsafeBytes { UTF8Check.firstFailure(in: $0) }
    #expect(failure == nil)
  }

  @Test(
    "overlong forms, surrogates, scalars past U+10FFFF and cut sequences are found where they start",
    arguments: [
      ([0x61, 0xC0, 0xAF] as [UInt8], 1), ([0x61, 0xE0, 0x80, 0xAF], 1),
      ([0x0A, 0xF4, 0x90, 0x80, 0x80], 1), ([0x61, 0x62, 0xE2, 0x82], 2),
    ])
  func malformed(bytes: [UInt8], offset: Int) {
    let failure = bytes.withUnsafeBytes { UTF8Check.firstFailure(in: $0) }
    #expect(failure?.offset == offset)
  }
}

/// Which parts the UTF-8 check applies to.
@Suite struct PartEncodingTests {
  @Test(
    "a part is taken for UTF-8 unless a byte order mark, a NUL byte or its declaration says otherwise",
    arguments: [
      ("<a/>", true), (#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>"#, true),
      (#"<?xml version='1.0' encoding = 'utf8'?><a/>"#, true),
      (#"<?xml version="1.0"?><a/>"#, true),
      (#"<?xml version="1.0" encoding="ISO-8859-1"?><a/>"#, false),
    ])
  func declared(text: String, isUTF8: Bool) {
    #expect(MarkupParser.isUTF8(Data(text.utf8)) == isUTF8)
  }

  @Test("UTF-16 with or without a byte order mark is not checked as UTF-8")
  func utf16() {
    #expect(!MarkupParser.isUTF8(Data([0xFF, 0xFE, 0x3C, 0x00])))
    #expect(!MarkupParser.isUTF8(Data([0x00, 0x3C, 0x00, 0x61])))
  }

  @Test("a part in ISO-8859-1 keeps its bytes above 0x7F")
  func latin1() throws {
    var bytes = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><a>"#.utf8)
    bytes += [0xE9] + Array("</a>".utf8)
    let root = try MarkupParser.parse(Data(bytes), part: "p.xml", file: "f.xlsx")
    #expect(root.text == "é")
  }
}

/// The fourth finding of the xlsx fuzzer: a broken XML declaration that seemed to name
/// another encoding let a name that is not UTF-8 through to `XMLParser`.
@Suite struct BrokenDeclarationTests {
  @Test(
    "issue 10 fuzz: a declaration that is not well-formed does not exempt a part from the UTF-8 check"
  )
  func brokenDeclaration() {
    var bytes = Array(#"<?xml version;"1.0" encodingB"UTF-8"?><a><c "#.utf8)
    bytes += [0xF3] + Array(#"i="0"/></a>"#.utf8)
    #expect(MarkupParser.isUTF8(Data(bytes)))
    #expect(throws: XLSXReaderError.malformedXML(file: "f.xlsx", part: "x.xml", line: 1)) {
      try MarkupParser.parse(Data(bytes), part: "x.xml", file: "f.xlsx")
    }
  }
}
