import Foundation
import Testing

@testable import XLSXReader

@Suite struct MarkupParserTests {
  func parse(_ text: String) throws -> MarkupElement {
    try MarkupParser.parse(Data(text.utf8), part: "p.xml", file: "x.xlsx")
  }

  @Test("resolves prefixes to namespaces, whatever the prefix text")
  func resolvesNamespaces() throws {
    let root = try parse(
      #"<q:a xmlns:q="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        + #"xmlns:rr="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
        + #"rr:id="rId1" r="B2"><b xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"#
        + "<q:c/><c/></q:a>")
    #expect(root.is("a", in: .spreadsheet))
    #expect(root.attribute("id", in: .relationships) == "rId1")
    #expect(root.attribute("id") == nil)
    #expect(root.attribute("r") == "B2")
    #expect(root.children("b", in: .spreadsheet).count == 1)
    #expect(root.children("c", in: .spreadsheet).count == 1)
    #expect(root.children.count == 3)
  }

  @Test("decodes entities and character references")
  func decodesEntities() throws {
    let root = try parse("<t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x1F600;</t>")
    #expect(root.text == "<a> & \"b\" 'c' A\u{1F600}")
  }

  @Test(
    "refuses DTDs and entity declarations, in any case and in UTF-16",
    arguments: [
      "<!DOCTYPE x><x/>",
      "<!doctype x><x/>",
      "<!DOCTYPE lol [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]><x>&b;</x>",
      "<x><!ENTITY e SYSTEM \"file:///etc/passwd\"></x>",
    ])
  func refusesDeclarations(_ text: String) throws {
    #expect(throws: XLSXReaderError.documentTypeDeclaration(file: "x.xlsx", part: "p.xml")) {
      try parse(text)
    }
  }

  @Test("sees a DTD in UTF-16 bytes")
  func refusesUTF16Declaration() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><x/>".utf16 {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    #expect(MarkupParser.declaresDocumentType(Data(bytes)))
    #expect(!MarkupParser.declaresDocumentType(Data("<!-- a comment --><x/>".utf8)))
  }

  @Test("names the line of a well-formedness error")
  func malformedLine() throws {
    #expect(throws: XLSXReaderError.malformedXML(file: "x.xlsx", part: "p.xml", line: 3)) {
      try parse("<a>\n<b>\n</a>")
    }
    #expect(throws: XLSXReaderError.self) { try parse("") }
    #expect(throws: XLSXReaderError.self) { try parse("<a/><b/>") }
  }
}

extension MarkupParserTests {
  @Test("parses a part larger than libxml2's 10 MB lookup limit (regression: 50,000-row sheet)")
  func parsesLargePart() throws {
    let attribute = String(repeating: "a", count: 100)
    let count = 100_000
    var text = "<a>"
    text.reserveCapacity(count * 120)
    for _ in 0..<count {
      text += #"<b x="\#(attribute)"/>"#
    }
    text += "</a>"
    #expect(text.utf8.count > 10_000_000)
    let root = try parse(text)
    #expect(root.children.count == count)
  }
}
