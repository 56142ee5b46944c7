import CXLSXWriter
import Foundation

/// One libxlsxwriter workbook from creation to close: the only owner of its C pointers.
///
/// `write(_:to:)` creates the C workbook, fills it from the spec and closes it in one call.
/// Worksheet, format and chart pointers are borrowed from the workbook and die with it; if
/// filling fails, the workbook is freed without being written.
final class WorkbookSession {
  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private let path: String
  private let strings = CStringArena()
  private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
  private var worksheets: [String: UnsafeMutablePointer<lxw_worksheet>] = [:]
  private var isClosed = false

  /// Writes `spec` as an xlsx file at `path` (which should be a temporary name: this does not
  /// rename anything).
  ///
  /// - Throws: `XLSXError` for anything libxlsxwriter refuses, with the operation named.
  static func write(_ spec: WorkbookSpec, to path: String) throws(XLSXError) {
    try NumericLocale.withCLocale { () throws(XLSXError) in
      let session = try WorkbookSession(path: path, options: spec.options)
      defer { session.discardIfOpen() }
      try session.fill(from: spec)
      try session.close()
    }
  }

  private init(path: String, options: WriterOptions) throws(XLSXError) {
    self.path = path
    var cOptions = lxw_workbook_options()
    cOptions.constant_memory = options.constantMemory ? 1 : 0
    cOptions.use_zip64 = 0
    cOptions.tmpdir = strings.copy(options.temporaryDirectory)
    guard let workbook = workbook_new_opt(path, &cOptions) else {
      throw .library(
        operation: "creating workbook '\(path)'", message: "libxlsxwriter could not allocate it")
    }
    self.workbook = workbook
  }

  // MARK: - Filling

  private func fill(from spec: WorkbookSpec) throws(XLSXError) {
    try setProperties(spec.properties)
    for sheet in spec.sheets {
      worksheets[sheet.name] = try addWorksheet(named: sheet.name)
    }
    for sheet in spec.sheets {
      guard let worksheet = worksheets[sheet.name] else { continue }
      try SheetFiller(session: self, worksheet: worksheet, sheet: sheet).fill(
        constantMemory: spec.options.constantMemory)
    }
    for name in spec.definedNames {
      let formula = "=" + name.range.qualified(bySheet: name.sheet)
      try check(
        workbook_define_name(workbook, name.name, formula), "defining name '\(name.name)'")
    }
  }

  private func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
    var cProperties = lxw_doc_properties()
    cProperties.title = strings.copy(properties.title)
    cProperties.subject = strings.copy(properties.subject)
    cProperties.author = strings.copy(properties.author)
    cProperties.company = strings.copy(properties.company)
    cProperties.keywords = strings.copy(properties.keywords)
    cProperties.created = time_t(properties.created.timeIntervalSince1970.rounded(.down))
    try check(workbook_set_properties(workbook, &cProperties), "setting document properties")
    for property in properties.custom {
      try check(
        workbook_set_custom_property_string(workbook, property.name, property.value),
        "setting custom property '\(property.name)'")
    }
  }

  private func addWorksheet(named name: String) throws(XLSXError) -> UnsafeMutablePointer<
    lxw_worksheet
  > {
    guard let worksheet = workbook_add_worksheet(workbook, name) else {
      throw .library(
        operation: "adding sheet '\(name)'", message: "libxlsxwriter refused the sheet")
    }
    return worksheet
  }

  // MARK: - Shared resources

  /// The libxlsxwriter format for `format`, created on first use and reused after; `nil` for
  /// Excel's default look.
  func cFormat(for format: CellFormat) -> UnsafeMutablePointer<lxw_format>? {
    if format.isStandard { return nil }
    if let existing = formats[format] { return existing }
    guard let created = workbook_add_format(workbook) else { return nil }
    FormatTranslator.apply(format, to: created)
    formats[format] = created
    return created
  }

  /// The C copy of `string`, alive until the session ends.
  func cString(_ string: String) -> UnsafeMutablePointer<CChar> {
    strings.copy(string)
  }

  /// A new chart of libxlsxwriter type `type`.
  func addChart(type: UInt8, title: String?) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
    guard let chart = workbook_add_chart(workbook, type) else {
      throw .library(
        operation: "adding chart '\(title ?? "untitled")'",
        message: "libxlsxwriter refused the chart")
    }
    return chart
  }

  /// Turns a libxlsxwriter status into a thrown error carrying its message and `operation`.
  func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
    guard status != LXW_NO_ERROR else { return }
    throw .library(operation: operation(), message: String(cString: lxw_strerror(status)))
  }

  // MARK: - Closing

  private func close() throws(XLSXError) {
    isClosed = true
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      let message = String(cString: lxw_strerror(status))
      if status == LXW_ERROR_CREATING_XLSX_FILE || status == LXW_ERROR_CREATING_TMPFILE {
        throw .cannotCreateFile(path: path, reason: message)
      }
      throw .library(operation: "saving '\(path)'", message: message)
    }
  }

  /// Frees the workbook without writing it, when filling failed before `close()`.
  private func discardIfOpen() {
    guard !isClosed else { return }
    isClosed = true
    lxw_workbook_free(workbook)
  }
}
