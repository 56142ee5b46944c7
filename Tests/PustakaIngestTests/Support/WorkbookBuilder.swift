import Foundation
import TestSupport
import ZIPFoundation

/// A minimal `.xlsx` package written from hand-written XML: inline strings, numbers, booleans,
/// date-formatted numbers and optional custom properties.
struct WorkbookBuilder {
  /// A cell value to write.
  enum Cell {
    case text(String)
    case number(Double)
    case date(Double)
    case boolean(Bool)
    case empty
  }

  /// The sheets, in workbook order: name and rows of cells.
  var sheets: [(name: String, rows: [[Cell]])] = []
  /// Custom document properties (text values).
  var customProperties: [String: String] = [:]

  private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageNS = "http://schemas.openxmlformats.org/package/2006/relationships"

  /// Writes the package to `url`.
  func write(to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in parts() {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: .deflate,
        provider: { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        })
    }
  }

  private func parts() -> [(String, String)] {
    var rootLinks = [("rId1", "officeDocument", "xl/workbook.xml")]
    var parts: [(String, String)] = [
      (
        "[Content_Types].xml",
        Self.declaration
          + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
      )
    ]
    if !customProperties.isEmpty {
      rootLinks.append(("rId2", "custom-properties", "docProps/custom.xml"))
      let properties = customProperties.sorted { $0.key < $1.key }.enumerated().map {
        index, entry in
        #"<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="\#(index + 2)" "#
          + #"name="\#(entry.key)"><vt:lpwstr>\#(entry.value)</vt:lpwstr></property>"#
      }
      parts.append(
        (
          "docProps/custom.xml",
          Self.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" "#
            + #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + properties.joined() + "</Properties>"
        ))
    }
    parts.append(("_rels/.rels", Self.relationships(rootLinks)))
    let sheetEntries = sheets.enumerated().map { index, sheet in
      #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    parts.append(
      (
        "xl/workbook.xml",
        Self.declaration + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relNS)">"#
          + "<sheets>\(sheetEntries.joined())</sheets></workbook>"
      ))
    var links = sheets.indices.map { index in
      ("rId\(index + 1)", "worksheet", "worksheets/sheet\(index + 1).xml")
    }
    links.append(("rId\(sheets.count + 1)", "styles", "styles.xml"))
    parts.append(("xl/_rels/workbook.xml.rels", Self.relationships(links)))
    parts.append(
      (
        "xl/styles.xml",
        Self.declaration + #"<styleSheet xmlns="\#(Self.main)">"#
          + #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>"#
          + "</cellXfs></styleSheet>"
      ))
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet.rows)))
    }
    return parts
  }

  private static func worksheet(_ rows: [[Cell]]) -> String {
    var body = ""
    for (rowIndex, cells) in rows.enumerated() {
      body += #"<row r="\#(rowIndex + 1)">"#
      for (columnIndex, cell) in cells.enumerated() {
        let reference = columnName(columnIndex) + String(rowIndex + 1)
        switch cell {
        case .text(let text):
          body += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escaped(text))</t></is></c>"#
        case .number(let value):
          body += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
        case .date(let serial):
          body += #"<c r="\#(reference)" s="1"><v>\#(serial)</v></c>"#
        case .boolean(let value):
          body += #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        case .empty:
          continue
        }
      }
      body += "</row>"
    }
    return declaration + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relNS)">"#
      + "<sheetData>\(body)</sheetData></worksheet>"
  }

  private static func relationships(_ entries: [(String, String, String)]) -> String {
    let items = entries.map { id, type, target in
      #"<Relationship Id="\#(id)" Type="\#(relNS)/\#(type)" Target="\#(target)"/>"#
    }
    return declaration + #"<Relationships xmlns="\#(packageNS)">"# + items.joined()
      + "</Relationships>"
  }

  private static func columnName(_ index: Int) -> String {
    var name = ""
    var number = index + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }
}
