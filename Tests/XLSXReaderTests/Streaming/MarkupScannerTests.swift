import Foundation
import Testing

@testable import XLSXReader

@Suite struct MarkupScannerTests {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

  /// The strings of a shared strings part read by the scanner, fed `chunkSize` bytes at a time.
  func scannedStrings(_ text: String, chunkSize: Int = .max) throws -> [String] {
    var scanner = MarkupScanner(handler: SharedStringsHandler(), file: "x.xlsx", part: "p.xml")
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + min(chunkSize, bytes.count))
      try scanner.feed(bytes[start..<end])
      start = end
    }
    try scanner.finish()
    let table = scanner.handler.table
    return (0..<table.count).map { table[$0] }
  }

  /// The same part read through the element tree, as the reader did before streaming.
  func treeStrings(_ text: String) throws -> [String] {
    let root = try MarkupParser.parse(Data(text.utf8), part: "p.xml", file: "x.xlsx")
    return root.children("si", in: .spreadsheet).map(SpreadsheetText.of)
  }

  static let sharedStrings = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <!-- written by hand -->
    <x:sst xmlns:x="\(main)" count="6"><x:si><x:t>Perpustakaan &amp; Taman Baca</x:t></x:si>\
    <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Desa </x:t></x:r><x:r><x:t xml:space="preserve">Sine\r
    </x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>\
    <x:si><x:t><![CDATA[<b> & raw]]></x:t></x:si><x:si><x:t>baris_x000D_baru &#65;&#x1F600;</x:t></x:si>\
    <x:si><x:t/></x:si><si><t>no namespace</t></si><x:si><?pi data?><x:t>Ngawi — Jawa</x:t></x:si>\
    </x:sst>
    """

  @Test("reads shared strings as the element tree does, whatever the chunk size")
  func matchesTree() throws {
    let expected = try treeStrings(Self.sharedStrings)
    #expect(
      expected == [
        "Perpustakaan & Taman Baca", "Desa Sine\n", "<b> & raw", "baris\rbaru A\u{1F600}", "",
        "Ngawi — Jawa",
      ])
    for chunkSize in [1, 2, 3, 7, 64, Int.max] {
      #expect(try scannedStrings(Self.sharedStrings, chunkSize: chunkSize) == expected)
    }
  }

  @Test(
    "refuses what is not well-formed, naming the line",
    arguments: [
      ("<a>\n<b>\n</a>", 3), ("<a/><b/>", 1), ("<a>\n<b></a>", 2), ("<a x='1' x='2'/>", 1),
      ("<a x=1/>", 1), ("<a>&nbsp;</a>", 1), ("<a>&#0;</a>", 1), ("<a>\n\n", 3),
      ("text<a/>", 1), ("<a></b>", 1), ("<a b=\"<\"/>", 1), ("<1a/>", 1),
    ])
  func refusesMalformed(_ text: String, line: Int) throws {
    for chunkSize in [1, Int.max] {
      #expect(throws: XLSXReaderError.malformedXML(file: "x.xlsx", part: "p.xml", line: line)) {
        try scannedStrings(text, chunkSize: chunkSize)
      }
    }
  }

  @Test("an empty part is not well-formed")
  func refusesEmpty() throws {
    #expect(throws: XLSXReaderError.malformedXML(file: "x.xlsx", part: "p.xml", line: 1)) {
      try scannedStrings("")
    }
  }

  @Test(
    "refuses DTDs and entity declarations anywhere, as the tree parser does",
    arguments: [
      "<!DOCTYPE x><x/>",
      "<!doctype x><x/>",
      "<!DOCTYPE lol [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]><x>&b;</x>",
      "<x><!ENTITY e SYSTEM \"file:///etc/passwd\"></x>",
      "<x><!-- <!DOCTYPE x> --></x>",
      "<x><![CDATA[<!entity]]></x>",
    ])
  func refusesDeclarations(_ text: String) throws {
    for chunkSize in [1, Int.max] {
      #expect(throws: XLSXReaderError.documentTypeDeclaration(file: "x.xlsx", part: "p.xml")) {
        try scannedStrings(text, chunkSize: chunkSize)
      }
    }
  }

  @Test("leaves a part in another encoding to the tree parser, before handing anything on")
  func otherEncodings() throws {
    for prefix in [[0xFF, 0xFE, 0x3C, 0x00], [0x3C, 0x00, 0x73, 0x00]] as [[UInt8]] {
      var scanner = MarkupScanner(handler: SharedStringsHandler(), file: "x", part: "p")
      try scanner.feed(prefix)
      #expect(scanner.needsTreeParser)
    }
    var scanner = MarkupScanner(handler: SharedStringsHandler(), file: "x", part: "p")
    try scanner.feed(Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><sst/>"#.utf8))
    #expect(scanner.needsTreeParser)
    #expect(scanner.handler.table.count == 0)
  }
}
