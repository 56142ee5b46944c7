/// Reads one worksheet or chart sheet part, and the parts it links to, into an `XLSXSheet`.
struct WorksheetReader {
  /// What every sheet of a workbook shares.
  struct Context {
    var archive: PackageArchive
    var sharedStrings: SharedStringTable
    var styles: StyleTable
    var usesDate1904: Bool
  }

  let context: Context
  /// The sheet part's name inside the package ("xl/worksheets/sheet1.xml").
  let part: String

  /// Reads the sheet.
  ///
  /// - Parameters:
  ///   - name: The sheet's name from the workbook.
  ///   - visibility: The sheet's state from the workbook.
  ///   - localNames: The defined names local to this sheet (print titles and area).
  func read(name: String, visibility: String, localNames: [XLSXDefinedName])
    throws(XLSXReaderError) -> XLSXSheet
  {
    let root = try context.archive.requiredElement(of: part)
    let relationships = try Relationships.of(part, in: context.archive)
    var sheet = XLSXSheet(name: name, visibility: visibility)
    sheet.isChartSheet = root.name == "chartsheet"
    sheet.cells = try cells(root.child("sheetData", in: .spreadsheet))
    sheet.mergedRanges =
      root.child("mergeCells", in: .spreadsheet)?.children("mergeCell", in: .spreadsheet)
      .compactMap { $0.attribute("ref") } ?? []
    sheet.conditionalFormats = root.children("conditionalFormatting", in: .spreadsheet)
      .map(XLSXConditionalFormat.init)
    sheet.dataValidations = dataValidations(root)
    sheet.autoFilter = root.child("autoFilter", in: .spreadsheet)?.attribute("ref")
    let view = root.child("sheetViews", in: .spreadsheet)?.child("sheetView", in: .spreadsheet)
    sheet.showGridLines = view?.flag("showGridLines") ?? true
    sheet.isProtected = root.child("sheetProtection", in: .spreadsheet)?.flag("sheet") ?? false
    sheet.frozenPane = view?.child("pane", in: .spreadsheet).flatMap(frozenPane)
    sheet.columnWidths = columnWidths(root.child("cols", in: .spreadsheet))
    sheet.printSetup = printSetup(root, localNames: localNames)
    sheet.hyperlinks = hyperlinks(root, relationships: relationships)
    sheet.charts = try charts(root, relationships: relationships)
    sheet.tables = try tables(root, relationships: relationships)
    sheet.comments = try comments(relationships)
    return sheet
  }

  /// Throws `.invalidContent` naming this part.
  func invalid(_ detail: String) -> XLSXReaderError {
    .invalidContent(file: context.archive.file, part: part, detail: detail)
  }

  // MARK: - Sheet views, columns and printing

  private func frozenPane(_ pane: MarkupElement) -> XLSXFrozenPane? {
    guard let state = pane.attribute("state"), state == "frozen" || state == "frozenSplit" else {
      return nil
    }
    func split(_ name: String) -> Int {
      pane.attribute(name).flatMap { Double($0.trimmingXMLSpace) }.map { Int($0) } ?? 0
    }
    return XLSXFrozenPane(row: split("ySplit"), column: split("xSplit"))
  }

  private func columnWidths(_ cols: MarkupElement?) -> [Int: Double] {
    var widths: [Int: Double] = [:]
    for col in cols?.children("col", in: .spreadsheet) ?? [] {
      guard let width = col.attribute("width").flatMap({ Double($0.trimmingXMLSpace) }),
        let first = col.integer("min")
      else { continue }
      let last = col.integer("max") ?? first
      let lower = max(first, 1)
      let upper = min(last, CellAddress.maximumColumn + 1)
      guard lower <= upper else { continue }
      for column in lower...upper {
        widths[column - 1] = width
      }
    }
    return widths
  }

  private func printSetup(_ root: MarkupElement, localNames: [XLSXDefinedName]) -> XLSXPrintSetup {
    let page = root.child("pageSetup", in: .spreadsheet)
    let fitsToPage =
      root.path("sheetPr", "pageSetUpPr", in: .spreadsheet)?.flag("fitToPage") ?? false
    let headerFooter = root.child("headerFooter", in: .spreadsheet)
    var setup = XLSXPrintSetup(
      orientation: page?.attribute("orientation"),
      paperSize: page?.integer("paperSize"),
      scale: page?.integer("scale"),
      fitsToPage: fitsToPage,
      fitToWidth: fitsToPage ? page?.integer("fitToWidth") ?? 1 : nil,
      fitToHeight: fitsToPage ? page?.integer("fitToHeight") ?? 1 : nil,
      header: headerFooter?.child("oddHeader", in: .spreadsheet)?.text,
      footer: headerFooter?.child("oddFooter", in: .spreadsheet)?.text,
      printTitles: localNames.first { $0.name == "_xlnm.Print_Titles" }?.refersTo,
      printArea: localNames.first { $0.name == "_xlnm.Print_Area" }?.refersTo,
      printsGridLines: root.child("printOptions", in: .spreadsheet)?.flag("gridLines") ?? false)
    setup.rowBreaks = breaks(root.child("rowBreaks", in: .spreadsheet))
    setup.columnBreaks = breaks(root.child("colBreaks", in: .spreadsheet))
    return setup
  }

  /// The ids of a `<rowBreaks>` or `<colBreaks>` list, in the order written.
  private func breaks(_ list: MarkupElement?) -> [Int] {
    list?.children("brk", in: .spreadsheet).compactMap { $0.integer("id") } ?? []
  }

  private func dataValidations(_ root: MarkupElement) -> [XLSXDataValidation] {
    var validations =
      root.child("dataValidations", in: .spreadsheet)?
      .children("dataValidation", in: .spreadsheet).map(XLSXDataValidation.init) ?? []
    for ext in root.child("extLst", in: .spreadsheet)?.children("ext", in: .spreadsheet) ?? [] {
      for group in ext.children("dataValidations", in: .excel2010) {
        validations += group.children("dataValidation", in: .excel2010)
          .map(XLSXDataValidation.init)
      }
    }
    return validations
  }
}
