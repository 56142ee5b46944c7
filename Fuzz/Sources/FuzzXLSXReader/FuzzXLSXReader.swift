import Foundation
import FuzzSupport
import ZIPFoundation

@testable import XLSXReader

/// libFuzzer's entry: the input is an xlsx file, or the XML parts of one.
///
/// An input starting with `PK` is read as a whole zip package. Any other input is split at NUL
/// bytes into the XML of `xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`, `xl/styles.xml`
/// and `xl/workbook.xml` (parts left out keep a minimal workbook's), packed into a zip in
/// memory and read: mutating a zip's bytes mostly breaks its checksums, so this second form is
/// what reaches the sheet, string, style and formula readers.
///
/// The reader either returns a document or throws `XLSXReaderError` (its typed throw makes any
/// other error impossible); besides "no crash" the harness checks that every cell lies inside
/// Excel's grid, that a read is repeatable, and that the error's message is not empty. The same
/// bytes are also read through `XLSXStreamingWorkbook`, whose own scanner must not crash
/// either, and which must give the same rows wherever both readers accept a sheet.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSXReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  if bytes.starts(with: [0x50, 0x4B]) {
    XLSXFuzzing.check(Data(bytes))
  } else {
    XLSXFuzzing.check(
      XLSXFuzzing.package(
        parts: bytes.split(
          separator: 0, maxSplits: 3,
          omittingEmptySubsequences: false
        ).map { Data($0) }))
  }
  return 0
}

/// The checks, kept apart from the C entry point.
enum XLSXFuzzing {
  /// Small limits, so that a fuzzed size field cannot make one run take the machine's memory.
  static let limits = XLSXReadLimits(maximumEntryCount: 64, maximumUncompressedBytes: 4 << 20)

  static func check(_ data: Data) {
    let first = outcome(data)
    expect(outcome(data) == first, "reading the same bytes twice gives two answers")
    compareStreamed(data)
  }

  /// Reads every sheet row by row and compares the rows with the whole-sheet reader's.
  private static func compareStreamed(_ data: Data) {
    let document = try? XLSXDocument(data: data, name: "fuzz.xlsx", limits: limits)
    guard let workbook = try? XLSXStreamingWorkbook(data: data, name: "fuzz.xlsx", limits: limits)
    else { return }
    for (index, sheet) in workbook.sheets.enumerated() where !sheet.isChartSheet {
      var streamed: [XLSXRow] = []
      do {
        try workbook.forEachRow(inSheet: index) { streamed.append($0) }
      } catch {
        expect(!error.description.isEmpty, "an XLSXReaderError without a message")
        continue
      }
      guard let whole = document?.sheets.first(where: { $0.name == sheet.name }) else { continue }
      expect(
        streamed.sorted { $0.index < $1.index } == whole.rows,
        "sheet \(sheet.name): streamed rows differ from the whole-sheet reader's")
    }
  }

  private static func outcome(_ data: Data) -> String {
    do {
      let document = try XLSXDocument(data: data, name: "fuzz.xlsx", limits: limits)
      var summary = "\(document.sheetNames) \(document.coreProperties)"
      for sheet in document.sheets {
        for cell in sheet.cells {
          expect(
            (0..<1_048_576).contains(cell.row) && (0..<16_384).contains(cell.column),
            "cell at row \(cell.row), column \(cell.column) is outside Excel's grid")
        }
        summary += " \(sheet.cells.count) \(sheet.cells.last.map { "\($0)" } ?? "")"
      }
      return summary
    } catch {
      expect(!error.description.isEmpty, "an XLSXReaderError without a message")
      return error.description
    }
  }

  /// A zip package holding `parts` (sheet, shared strings, styles, workbook) over a minimal
  /// workbook's.
  static func package(parts: [Data]) -> Data {
    var files = template
    for (index, path) in fuzzedPaths.enumerated() where index < parts.count {
      files[path] = parts[index]
    }
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for path in files.keys.sorted() {
        let bytes = files[path] ?? Data()
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(bytes.count),
          compressionMethod: .none,
          provider: { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
          })
      }
      guard let data = archive.data else { fail("an in-memory archive has data") }
      return data
    } catch {
      fail("cannot pack the fuzz parts: \(error)")
    }
  }

  private static let fuzzedPaths = [
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
  ]

  private static let template: [String: Data] = [
    "[Content_Types].xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
      </Types>
      """.utf8),
    "_rels/.rels": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
      </Relationships>
      """.utf8),
    "xl/_rels/workbook.xml.rels": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
      <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
      </Relationships>
      """.utf8),
    "xl/workbook.xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
      """.utf8),
    "xl/worksheets/sheet1.xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
      <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row>\
      </sheetData></worksheet>
      """.utf8),
    "xl/sharedStrings.xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" \
      uniqueCount="1"><si><t>library_id</t></si></sst>
      """.utf8),
    "xl/styles.xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
      <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
      <fonts count="1"><font><sz val="11"/></font></fonts>\
      <cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" \
      applyNumberFormat="1"/></cellXfs></styleSheet>
      """.utf8),
  ]
}
