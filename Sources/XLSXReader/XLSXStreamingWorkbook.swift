import Foundation

/// An opened xlsx workbook whose worksheets are read row by row, never whole.
///
/// Opening reads the workbook part, the styles and the shared strings (into a compact table),
/// with the same limits and checks as `XLSXDocument`. `forEachRow(inSheet:_:)` then inflates
/// the sheet's part in chunks and hands each row on as soon as its `</row>` has been parsed, so
/// memory stays that of a chunk and a row however long the sheet is. Each row holds exactly the
/// cells `XLSXSheet.rows` gives for it; rows come in the order the file writes them (ascending
/// in every file Excel, LibreOffice or libxlsxwriter writes), where `XLSXSheet` would sort them.
package final class XLSXStreamingWorkbook {
  /// A sheet as the workbook lists it.
  package struct Sheet: Sendable {
    /// The sheet's name as shown on its tab.
    package var name: String
    /// "visible", "hidden" or "veryHidden".
    package var visibility: String
    /// Whether this is a chart sheet, which has no cells.
    package var isChartSheet: Bool
    /// The sheet's part in the package.
    var part: String
  }

  /// The sheets, in workbook (tab) order, chart sheets included.
  package let sheets: [Sheet]
  /// The custom document properties, as `XLSXDocument.customProperties` reads them.
  package let customProperties: [String: String]
  /// Whether serial dates count from 1904 instead of 1900.
  package let usesDate1904: Bool
  private let context: WorksheetReader.Context

  /// Opens the xlsx file at `url`; messages name it by its path as given.
  ///
  /// - Throws: `XLSXReaderError`, `.unreadable` when the file cannot be opened.
  package convenience init(contentsOf url: URL, limits: XLSXReadLimits = .standard)
    throws(XLSXReaderError)
  {
    let path = url.isFileURL ? url.relativePath : url.absoluteString
    try XLSXDocument.checkReadable(url, path: path)
    try self.init(archive: PackageArchive(url: url, file: path, limits: limits))
  }

  /// Opens an xlsx file held in memory; `name` stands for it in messages.
  ///
  /// - Throws: `XLSXReaderError`.
  package convenience init(data: Data, name: String, limits: XLSXReadLimits = .standard)
    throws(XLSXReaderError)
  {
    try self.init(archive: PackageArchive(data: data, file: name, limits: limits))
  }

  private init(archive: PackageArchive) throws(XLSXReaderError) {
    let loader = WorkbookLoader(archive: archive)
    let index = try loader.index()
    context = index.context
    usesDate1904 = index.context.usesDate1904
    sheets = index.sheets.map { link in
      Sheet(
        name: link.name, visibility: link.visibility, isChartSheet: link.kind == "chartsheet",
        part: link.part)
    }
    customProperties = try loader.customProperties(index.packageLinks)
  }

  /// The sheet names, in workbook order.
  package var sheetNames: [String] {
    sheets.map(\.name)
  }

  /// Reads sheet `index` (its position in `sheets`), calling `body` with each row that has
  /// cells while the sheet's part is still being inflated and parsed.
  ///
  /// A problem found after some rows were handed on still throws; the caller decides what
  /// the rows already seen are worth.
  ///
  /// - Throws: `.missingPart` when the sheet's part is absent, and every error the whole-sheet
  ///   reader throws for the same part and cells (`.malformedXML` with its line,
  ///   `.documentTypeDeclaration`, `.tooLarge`, `.damagedEntry`, `.invalidContent`).
  package func forEachRow(inSheet index: Int, _ body: (XLSXRow) -> Void)
    throws(XLSXReaderError)
  {
    precondition(sheets.indices.contains(index), "sheet \(index) is one of `sheets`")
    let part = sheets[index].part
    let handler = SheetRowsHandler(builder: CellBuilder(context: context, part: part))
    let scanned = try context.archive.scan(part, with: handler) { handler in
      for row in handler.takeRows() {
        body(row)
      }
    }
    guard scanned != nil else {
      throw .missingPart(file: context.archive.file, part: part)
    }
  }
}
