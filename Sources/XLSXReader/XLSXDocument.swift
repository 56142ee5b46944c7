import Foundation

/// An opened xlsx workbook, fully parsed into values.
///
/// Reads files written by libxlsxwriter, Excel and LibreOffice: sheets in workbook order with
/// their cells, formulas, merged ranges, charts, tables, conditional formats, data validations,
/// views, print setup, comments and hyperlinks, plus the document properties and defined names.
/// Opening refuses files that are not zip archives, hold more entries or unpack to more bytes
/// than `XLSXReadLimits` allows, or have a part that is not well-formed XML or declares a DTD.
package struct XLSXDocument: Sendable {
  /// The sheets, in workbook (tab) order, chart sheets included.
  package var sheets: [XLSXSheet]
  /// The custom document properties (`docProps/custom.xml`), each value as trimmed text
  /// ("report", "42", "true", "2024-05-01T00:00:00Z"); empty when the part is absent or cannot
  /// be read.
  package var customProperties: [String: String]
  /// The core document properties (`docProps/core.xml`).
  package var coreProperties: XLSXCoreProperties
  /// The workbook's defined names, in the order written.
  package var definedNames: [XLSXDefinedName]
  /// Whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
  package var usesDate1904: Bool

  /// Creates a document from parts already read; useful for tests of code that takes documents.
  package init(
    sheets: [XLSXSheet], customProperties: [String: String] = [:],
    coreProperties: XLSXCoreProperties = XLSXCoreProperties(),
    definedNames: [XLSXDefinedName] = [], usesDate1904: Bool = false
  ) {
    self.sheets = sheets
    self.customProperties = customProperties
    self.coreProperties = coreProperties
    self.definedNames = definedNames
    self.usesDate1904 = usesDate1904
  }

  /// Opens and reads the xlsx file at `url`; messages name it by its path as given.
  ///
  /// - Throws: `XLSXReaderError`, `.unreadable` when the file cannot be opened.
  package init(contentsOf url: URL, limits: XLSXReadLimits = .standard) throws(XLSXReaderError) {
    let path = url.isFileURL ? url.relativePath : url.absoluteString
    try Self.checkReadable(url, path: path)
    let archive = try PackageArchive(url: url, file: path, limits: limits)
    self = try WorkbookLoader(archive: archive).load()
  }

  /// Reads an xlsx file held in memory; `name` stands for it in messages.
  ///
  /// - Throws: `XLSXReaderError`.
  package init(data: Data, name: String, limits: XLSXReadLimits = .standard)
    throws(XLSXReaderError)
  {
    let archive = try PackageArchive(data: data, file: name, limits: limits)
    self = try WorkbookLoader(archive: archive).load()
  }

  /// Throws `.unreadable` naming `path` when `url` is not a readable file.
  static func checkReadable(_ url: URL, path: String) throws(XLSXReaderError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .unreadable(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .unreadable(path: path, reason: "it is a folder")
    }
    guard FileManager.default.isReadableFile(atPath: url.path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
  }

  /// The sheet names, in workbook order.
  package var sheetNames: [String] {
    sheets.map(\.name)
  }

  /// The sheet named exactly `name`.
  package func sheet(named name: String) -> XLSXSheet? {
    sheets.first { $0.name == name }
  }
}
