import Foundation
import ZIPFoundation

/// A submission-like attendance workbook of a million rows, for the xlsx loading benchmark.
///
/// Issue 10.7. Written as Excel writes one: shared strings for the library ids and headers,
/// a date style on the date column, numbers in the others. Five columns keep the sheet part
/// (about 175 MB for a million rows) under the reader's 200 MB limit.
///
/// The sheet's XML is written straight to a file in chunks and zipped from there, so making
/// the input costs little memory and nothing of the reader under test. Values are computed
/// from the row number, so every run reads the same file.
enum AttendanceWorkbook {
  /// The columns, as the attendance contract names them.
  static let columns = ["library_id", "date", "visitors", "child_visitors", "loans"]

  /// Writes `folder/libraries.csv` (the committed Ngawi libraries) and `folder/attendance.xlsx`
  /// with `rows` data rows below its header: each day from 2014-01-01 on, one row per library.
  ///
  /// - Returns: The number of data rows written.
  @discardableResult
  static func writeDataFolder(_ folder: URL, libraries: URL, rows: Int) throws -> Int {
    let manager = FileManager.default
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    let librariesCSV = try String(contentsOf: libraries, encoding: .utf8)
    try librariesCSV.write(
      to: folder.appendingPathComponent("libraries.csv"), atomically: true, encoding: .utf8)
    let ids = librariesCSV.split(separator: "\n").dropFirst().compactMap { line in
      line.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init)
    }
    precondition(!ids.isEmpty, "'\(libraries.path)' lists libraries")
    try write(to: folder.appendingPathComponent("attendance.xlsx"), ids: ids, rows: rows)
    return rows
  }

  /// Writes the workbook to `url`, its sheet staged in a temporary folder beside it.
  static func write(to url: URL, ids: [String], rows: Int) throws {
    let manager = FileManager.default
    let staging = url.deletingLastPathComponent().appendingPathComponent(
      ".staging-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    let sheetFolder = staging.appendingPathComponent("xl/worksheets", isDirectory: true)
    try manager.createDirectory(at: sheetFolder, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: staging) }
    try writeSheet(to: sheetFolder.appendingPathComponent("sheet1.xml"), ids: ids, rows: rows)

    try? manager.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in smallParts(strings: columns + ids) {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: .deflate,
        provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
    }
    try archive.addEntry(
      with: "xl/worksheets/sheet1.xml", relativeTo: staging, compressionMethod: .deflate)
  }

  /// Writes the worksheet XML, a megabyte at a time.
  private static func writeSheet(to url: URL, ids: [String], rows: Int) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: url.path)
    else { throw CocoaError(.fileWriteUnknown) }
    defer { try? handle.close() }
    var buffer =
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
      + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
      + #"<dimension ref="A1:E\#(rows + 1)"/><sheetData><row r="1">"#
    for (column, _) in columns.enumerated() {
      buffer += #"<c r="\#(letter(column))1" t="s"><v>\#(column)</v></c>"#
    }
    buffer += "</row>"
    let firstDay = 41640  // 2014-01-01 as an Excel serial date
    for index in 0..<rows {
      let line = index + 2
      let library = index % ids.count
      let visitors = (index * 7 + 3) % 41
      buffer +=
        #"<row r="\#(line)">"#
        + #"<c r="A\#(line)" t="s"><v>\#(columns.count + library)</v></c>"#
        + #"<c r="B\#(line)" s="1"><v>\#(firstDay + index / ids.count)</v></c>"#
        + #"<c r="C\#(line)"><v>\#(visitors)</v></c>"#
        + #"<c r="D\#(line)"><v>\#(visitors / 3)</v></c>"#
        + #"<c r="E\#(line)"><v>\#((index * 5) % 13)</v></c></row>"#
      if buffer.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    buffer += "</sheetData></worksheet>"
    try handle.write(contentsOf: Data(buffer.utf8))
  }

  private static func letter(_ column: Int) -> String {
    String(UnicodeScalar(UInt8(65 + column)))
  }

  /// The package parts other than the sheet: content types, relationships, workbook, styles
  /// (style 1 is the built-in date format 14) and shared strings.
  private static func smallParts(strings: [String]) -> [(String, String)] {
    let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    let items = strings.map { "<si><t>\($0)</t></si>" }.joined()
    return [
      (
        "[Content_Types].xml",
        declaration
          + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
      ),
      (
        "_rels/.rels",
        declaration + #"<Relationships xmlns="\#(package)"><Relationship Id="rId1" "#
          + #"Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
      ),
      (
        "xl/workbook.xml",
        declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
          + #"<sheet name="attendance" sheetId="1" r:id="rId1"/></sheets></workbook>"#
      ),
      (
        "xl/_rels/workbook.xml.rels",
        declaration + #"<Relationships xmlns="\#(package)">"#
          + #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" "#
          + #"Target="worksheets/sheet1.xml"/>"#
          + #"<Relationship Id="rId2" Type="\#(relationships)/styles" Target="styles.xml"/>"#
          + #"<Relationship Id="rId3" Type="\#(relationships)/sharedStrings" "#
          + #"Target="sharedStrings.xml"/></Relationships>"#
      ),
      (
        "xl/styles.xml",
        declaration + #"<styleSheet xmlns="\#(main)"><fonts count="1"><font/></fonts>"#
          + #"<cellXfs count="2"><xf numFmtId="0" fontId="0"/>"#
          + #"<xf numFmtId="14" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#
      ),
      (
        "xl/sharedStrings.xml",
        declaration + #"<sst xmlns="\#(main)" count="\#(strings.count)" "#
          + #"uniqueCount="\#(strings.count)">\#(items)</sst>"#
      ),
    ]
  }
}
