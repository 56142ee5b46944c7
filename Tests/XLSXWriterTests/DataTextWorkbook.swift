import Foundation

@testable import XLSXWriter

/// A workbook carrying one data text in every place where the writer hands text to
/// libxlsxwriter, for the issue 10 regression tests (`&` codes, control characters).
enum DataTextWorkbook {
  /// The name of its sheet for `text`: the text without the characters Excel refuses in sheet
  /// names, after "K ".
  static func sheetName(for text: String) -> String {
    "K " + String(text.filter { !SheetName.forbiddenCharacters.contains($0) }.prefix(20))
  }

  /// The workbook: `text` in cells, a formula's cached text, the sheet name, a chart's title,
  /// series name, categories and axis titles, the page header and footer, every document
  /// property, a custom property, a table's column header, a comment, a hyperlink's text and a
  /// data validation's messages.
  static func make(_ text: String) -> WorkbookSpec {
    let name = sheetName(for: text)
    var sheet = SheetSpec(name: name)
    sheet.write(.string(text), row: 0, column: 0)
    sheet.write(.formula("T(A1)", cached: .string(text)), row: 0, column: 1)
    sheet.write(.url("https://perpusnas.go.id", text: text), row: 0, column: 2)
    sheet.write(.string(text), row: 1, column: 0)
    sheet.write(.number(12), row: 1, column: 1)
    sheet.write(.string("Paron"), row: 2, column: 0)
    sheet.write(.number(7), row: 2, column: 1)
    sheet.write(.string(text), row: 4, column: 0)
    sheet.write(.string("KPI"), row: 4, column: 1)
    sheet.write(.string("Ngawi"), row: 5, column: 0)
    sheet.write(.number(80), row: 5, column: 1)
    sheet.tables = [
      TableSpec(
        name: "Places", range: CellRange(firstRow: 4, firstColumn: 0, lastRow: 5, lastColumn: 1),
        columnHeaders: [text, "KPI"])
    ]
    sheet.comments[CellReference(row: 0, column: 0)] = text
    sheet.dataValidations = [
      DataValidation(
        range: CellRange(firstRow: 7, firstColumn: 0, lastRow: 7, lastColumn: 0),
        rule: .list(["Ya", "Tidak"]),
        inputMessage: DataValidation.Message(title: String(text.prefix(30)), text: text),
        errorMessage: DataValidation.Message(title: String(text.prefix(30)), text: text))
    ]
    var series = ChartSeries(
      name: text, sheet: name,
      categories: CellRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0),
      values: CellRange(firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1))
    series.showsValueLabels = true
    var chart = ChartSpec(
      kind: .column, title: text, series: [series], anchor: CellReference(row: 9, column: 0))
    chart.categoryAxisTitle = text
    chart.valueAxisTitle = text
    sheet.charts = [chart]
    sheet.printSetup.header = HeaderFooter(center: [.text("Kabupaten " + text)])
    sheet.printSetup.footer = HeaderFooter(
      left: [.text(text)], right: [.text("Halaman "), .pageNumber])
    let properties = DocumentProperties(
      title: text, subject: text, author: text, company: text, keywords: text,
      created: SampleWorkbook.created, custom: [(name: "pustaka_kind", value: text)])
    return WorkbookSpec(sheets: [sheet], properties: properties)
  }
}
