import Foundation
import Testing

@testable import PustakaIngest

@Suite struct CSVReaderTests {
  /// The records of `bytes` read in chunks of `chunkSize`, as (line, cells, delimiter).
  func records(_ bytes: [UInt8], chunkSize: Int = 3, tab: Bool = false) throws -> [String] {
    let folder = try DataFolder()
    defer { folder.remove() }
    try folder.write("x.csv", bytes: bytes)
    var reader = CSVReader(url: folder.directory.file("x.csv"), isTabDelimited: tab)
    reader.chunkSize = chunkSize
    var found: [String] = []
    try reader.forEachRecord { row, delimiter in
      let cells = row.cells.indices.map { row.displayText($0) }
      found.append("\(row.line) \(delimiter) \(cells)")
    }
    return found
  }

  @Test("quotes, doubled quotes, delimiters and line ends inside quotes survive chunking")
  func quoting() throws {
    let text = "a,b\r\n\"x, \"\"y\"\"\",\"line1\nline2\"\r\nlast,\"\"\n"
    for size in [1, 2, 3, 7, 1 << 20] {
      #expect(
        try records(Array(text.utf8), chunkSize: size) == [
          "1 comma [\"a\", \"b\"]", "2 comma [\"x, \\\"y\\\"\", \"line1\\nline2\"]",
          "4 comma [\"last\", \"\"]",
        ])
    }
  }

  /// The parser copies runs of field bytes at once; a run may stop at any chunk boundary.
  @Test("runs of bytes, a lone quote, text after a closing quote, quoted line feeds, any chunking")
  func runsAcrossChunks() throws {
    let text = "id,note\nab\"c,\"x\"yz\n2,\"p\nq\n\nr\"\r\n3,end"
    for size in 1...12 {
      let found = try records(Array(text.utf8), chunkSize: size)
      #expect(
        found == [
          "1 comma [\"id\", \"note\"]", "2 comma [\"ab\\\"c\", \"xyz\"]",
          "3 comma [\"2\", \"p\\nq\\n\\nr\"]", "7 comma [\"3\", \"end\"]",
        ])
    }
  }

  @Test("the delimiter is the most frequent of ';', ',' and tab in the header; a tie gives ','")
  func delimiterDetection() throws {
    #expect(try records(Array("a;b;c\n1,5;2\n".utf8)).first == "1 semicolon [\"a\", \"b\", \"c\"]")
    #expect(try records(Array("a;b,c\n".utf8)).first == "1 comma [\"a;b\", \"c\"]")
    #expect(try records(Array("a\tb\n".utf8)).first == "1 tab [\"a\", \"b\"]")
    #expect(try records(Array("a,b\n".utf8), tab: true).first == "1 tab [\"a,b\"]")
    #expect(
      try records(Array("\n;;\n\"x;y\",b\n".utf8)) == [
        "1 comma [\"\"]", "2 comma [\";;\"]", "3 comma [\"x;y\", \"b\"]",
      ])
  }

  @Test("a BOM is skipped; CR-only line ends count as lines; a last line without line end counts")
  func lineEnds() throws {
    #expect(
      try records([0xEF, 0xBB, 0xBF] + Array("a\rb\r\nc".utf8)) == [
        "1 comma [\"a\"]", "2 comma [\"b\"]", "3 comma [\"c\"]",
      ])
  }

  @Test("UTF-8 split across chunks is accepted; broken UTF-8 is refused with its line and column")
  func utf8() throws {
    #expect(try records(Array("é,ü\n".utf8), chunkSize: 1) == ["1 comma [\"é\", \"ü\"]"])
    #expect(throws: CSVReader.Failure.notUTF8(line: 2, column: 1)) {
      try records(Array("a\n".utf8) + [0xC3, 0x28])
    }
    #expect(throws: CSVReader.Failure.notUTF8(line: 1, column: 2)) {
      try records([0x61, 0xE2, 0x82])
    }
  }
}
