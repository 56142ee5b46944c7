import XLSXWriter

extension ReportCell {
  /// A link to another workbook of the run, `HYPERLINK("<path>","<text>")`: our own formula
  /// (the path is made by the report plan from sanitised names, its quotes doubled), with the
  /// text cached for viewers that do not recalculate.
  package static func link(to path: String, text: String) -> ReportCell {
    func quoted(_ value: String) -> String {
      "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return ReportCell(
      .formula("HYPERLINK(\(quoted(path)),\(quoted(text)))", cached: .string(text)),
      format: CellFormat(underline: true, fontColor: ReportPalette.link))
  }
}
