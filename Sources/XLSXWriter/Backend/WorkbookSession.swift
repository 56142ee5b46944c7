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
  /// The last 8 formats `cFormat(for:)` looked up in `formats` (first in, first out), searched
  /// before it: a sheet's cells cycle through a handful of formats (a row's columns), and
  /// comparing a few formats costs less than hashing one.
  private var recentFormats: [(format: CellFormat, pointer: UnsafeMutablePointer<lxw_format>)] =
    []
  /// Where in `recentFormats` the next format goes once it is full.
  private var nextRecentSlot = 0
  /// How many formats `recentFormats` keeps.
  private static let recentFormatCount = 8
  private var worksheets: [String: UnsafeMutablePointer<lxw_worksheet>] = [:]
  private var isClosed = false

  /// Writes `spec` as an xlsx file at `path` (which should be a temporary name: this does not
  /// rename anything).
  ///
  /// - Throws: `XLSXError` for anything libxlsxwriter refuses, with the operation named.
  ///
  /// - Parameters:
  ///   - spec: The workbook.
  ///   - path: Where libxlsxwriter creates the zip file.
  ///   - temporaryFolder: The folder for libxlsxwriter's temporary files (one per part).
  static func write(
    _ spec: WorkbookSpec, to path: String, temporaryFolder: String
  ) throws(XLSXError) {
    try NumericLocale.withCLocale { () throws(XLSXError) in
      let session = try WorkbookSession(
        path: path, options: spec.options, temporaryFolder: temporaryFolder)
      defer { session.discardIfOpen() }
      try session.fill(from: spec)
      try session.close()
    }
  }

  private init(
    path: String, options: WriterOptions, temporaryFolder: String
  ) throws(XLSXError) {
    self.path = path
    var cOptions = lxw_workbook_options()
    cOptions.constant_memory = options.constantMemory ? 1 : 0
    cOptions.use_zip64 = 0
    // Always a named folder: with none, libxlsxwriter falls back to tmpfile(), which ignores
    // TMPDIR, so a failing folder could neither be chosen nor diagnosed.
    cOptions.tmpdir = strings.copy(temporaryFolder)
    self.workbook = try Self.created(
      workbook_new_opt(path, &cOptions), "creating workbook '\(path)'")
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
        workbook_define_name(workbook, XMLText.cleaned(name.name), XMLText.cleaned(formula)),
        "defining name '\(name.name)'")
    }
  }

  private func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
    var cProperties = lxw_doc_properties()
    cProperties.title = properties.title.map(cString)
    cProperties.subject = properties.subject.map(cString)
    cProperties.author = properties.author.map(cString)
    cProperties.company = properties.company.map(cString)
    cProperties.keywords = properties.keywords.map(cString)
    cProperties.created = time_t(properties.created.timeIntervalSince1970.rounded(.down))
    try check(workbook_set_properties(workbook, &cProperties), "setting document properties")
    for property in properties.custom {
      try check(
        workbook_set_custom_property_string(
          workbook, XMLText.cleaned(property.name), XMLText.cleaned(property.value)),
        "setting custom property '\(property.name)'")
    }
  }

  private func addWorksheet(named name: String) throws(XLSXError) -> UnsafeMutablePointer<
    lxw_worksheet
  > {
    try Self.created(
      workbook_add_worksheet(workbook, XMLText.cleaned(name)), "adding sheet '\(name)'")
  }

  // MARK: - Shared resources

  /// The libxlsxwriter format for `format`, created on first use and reused after; `nil` for
  /// Excel's default look.
  ///
  /// - Throws: `XLSXError.library` when libxlsxwriter cannot create the format: writing the
  ///   cell in the default look instead would hide a failure in a report that looks fine.
  func cFormat(for format: CellFormat) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
    if format.isStandard { return nil }
    for recent in recentFormats where recent.format == format { return recent.pointer }
    let pointer: UnsafeMutablePointer<lxw_format>
    if let existing = formats[format] {
      pointer = existing
    } else {
      pointer = try Self.created(workbook_add_format(workbook), "adding a cell format")
      FormatTranslator.apply(format, to: pointer)
      formats[format] = pointer
    }
    remember(format, pointer)
    return pointer
  }

  /// Puts `format` among the recent ones, in place of the one put there longest ago.
  private func remember(_ format: CellFormat, _ pointer: UnsafeMutablePointer<lxw_format>) {
    guard recentFormats.count == Self.recentFormatCount else {
      recentFormats.append((format, pointer))
      return
    }
    recentFormats[nextRecentSlot] = (format, pointer)
    nextRecentSlot = (nextRecentSlot + 1) % Self.recentFormatCount
  }

  /// The C copy of `string` as XML can carry it (`XMLText.cleaned`), alive until the session
  /// ends.
  func cString(_ string: String) -> UnsafeMutablePointer<CChar> {
    strings.copy(XMLText.cleaned(string))
  }

  /// A new chart of libxlsxwriter type `type`.
  func addChart(type: UInt8, title: String?) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
    try Self.created(workbook_add_chart(workbook, type), "adding chart '\(title ?? "untitled")'")
  }

  /// The object libxlsxwriter returned from `operation`; its NULL becomes a thrown error.
  ///
  /// The one funnel for `workbook_new_opt`, `workbook_add_*` and `chart_add_series`, as
  /// `check(_:_:)` is for `lxw_error`: libxlsxwriter returns NULL when it cannot allocate the
  /// object or refuses its arguments.
  static func created<Object>(
    _ object: UnsafeMutablePointer<Object>?, _ operation: @autoclosure () -> String
  ) throws(XLSXError) -> UnsafeMutablePointer<Object> {
    guard let object else {
      throw .library(operation: operation(), message: "libxlsxwriter returned no object")
    }
    return object
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
      // A failing temporary file is the temporary folder's fault, not the workbook's folder's:
      // WorkbookWriter diagnoses the temporary folder when saving fails.
      if status == LXW_ERROR_CREATING_XLSX_FILE {
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
