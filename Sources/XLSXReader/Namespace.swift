/// A namespace of the Office Open XML formats, matched by URI in either of its spellings.
///
/// Transitional files (what Excel, LibreOffice and libxlsxwriter write) and Strict files use
/// different URIs for the same vocabulary, so each namespace lists both.
struct Namespace: Sendable {
  /// The URIs that name this namespace.
  let uris: [String]

  /// Whether `uri` names this namespace.
  func contains(_ uri: String) -> Bool {
    uris.contains(uri)
  }
}

extension Namespace {
  /// SpreadsheetML, the vocabulary of workbook, worksheet, styles and shared strings parts.
  static let spreadsheet = Namespace(uris: [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
  ])
  /// Relationship ids on elements (`r:id`).
  static let relationships = Namespace(uris: [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ])
  /// The package relationship parts (`_rels/*.rels`).
  static let packageRelationships = Namespace(uris: [
    "http://schemas.openxmlformats.org/package/2006/relationships"
  ])
  /// DrawingML charts (`c:`).
  static let chart = Namespace(uris: [
    "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "http://purl.oclc.org/ooxml/drawingml/chart",
  ])
  /// DrawingML main (`a:`), for rich text runs in chart titles.
  static let drawingMain = Namespace(uris: [
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/main",
  ])
  /// Spreadsheet drawings (`xdr:`), the anchors that place charts on a sheet.
  static let spreadsheetDrawing = Namespace(uris: [
    "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  ])
  /// Custom document properties (`docProps/custom.xml`).
  static let customProperties = Namespace(uris: [
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "http://purl.oclc.org/ooxml/officeDocument/customProperties",
  ])
  /// Core document properties (`cp:`).
  static let coreProperties = Namespace(uris: [
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  ])
  /// Dublin Core elements (`dc:title`, `dc:creator`).
  static let dublinCore = Namespace(uris: ["http://purl.org/dc/elements/1.1/"])
  /// Dublin Core terms (`dcterms:created`).
  static let dublinCoreTerms = Namespace(uris: ["http://purl.org/dc/terms/"])
  /// The `xml:` namespace (`xml:space`).
  static let xml = Namespace(uris: ["http://www.w3.org/XML/1998/namespace"])
  /// Excel 2010 extensions (`x14:dataValidation`).
  static let excel2010 = Namespace(uris: [
    "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
  ])
  /// Excel's formula and reference elements in extensions (`xm:f`, `xm:sqref`).
  static let excelMain = Namespace(uris: ["http://schemas.microsoft.com/office/excel/2006/main"])
}
