import XLSXReader

/// Renders a workbook's whole layout as reviewable text, for golden files: per sheet its
/// print setup, frozen pane, column widths, merged ranges, tables, conditional formats and
/// data validations, then its cells (as `dump(_:)` writes them) and its charts with their
/// titles, axis titles, legend, anchor and series ranges.
///
///     == Ringkasan
///     print landscape paper=9 fit=1x1 area=Ringkasan!$A$1:$M$44 titles=- scale=-
///     widths A=26 B=13 ...
///     merge B2:M2
///     table CalonPenghargaan G26:M29 filter=yes columns="Peringkat" "Kode" ...
///
/// - Parameter document: The workbook read back.
/// - Returns: The lines, each ending in a newline.
package func layoutDump(_ document: XLSXDocument) -> String {
  var lines: [String] = []
  for sheet in document.sheets {
    lines.append("== \(sheet.name)")
    lines.append(printLine(sheet.printSetup))
    if let pane = sheet.frozenPane { lines.append("frozen row=\(pane.row) column=\(pane.column)") }
    let widths = sheet.columnWidths.keys.sorted().map { column in
      "\(XLSXCellPosition(row: 0, column: column).reference.filter(\.isLetter))="
        + widthText(sheet.columnWidths[column] ?? 0)
    }
    if !widths.isEmpty { lines.append("widths " + widths.joined(separator: " ")) }
    lines += sheet.mergedRanges.map { "merge \($0)" }
    for table in sheet.tables {
      lines.append(
        "table \(table.name) \(table.reference) filter=\(table.hasAutoFilter ? "yes" : "no")"
          + " columns=" + table.columnNames.map(quoted).joined(separator: " "))
    }
    for format in sheet.conditionalFormats {
      let rules = format.rules.map { rule in
        ([rule.type] + (rule.operator.map { [$0] } ?? []) + rule.formulas).joined(separator: " ")
      }
      lines.append("conditional \(format.sqref) " + rules.joined(separator: "; "))
    }
    for validation in sheet.dataValidations {
      lines.append(
        "validation \(validation.sqref) \(validation.type) \(validation.formula1 ?? "")")
    }
    if let filter = sheet.autoFilter { lines.append("autofilter \(filter)") }
    lines += sheet.cells.compactMap { dumpLine($0, sheet: sheet.name) }
    for (index, chart) in sheet.charts.enumerated() {
      var line = dumpLine(chart, number: index + 1, sheet: sheet.name)
      if !chart.axisTitles.isEmpty {
        line += " axes=" + chart.axisTitles.map(quoted).joined(separator: ",")
      }
      if let format = chart.valueAxisNumberFormat { line += " valueFormat=" + quoted(format) }
      if let legend = chart.legendPosition { line += " legend=\(legend)" }
      if let anchor = chart.anchor { line += " at=\(anchor.reference)" }
      lines.append(line)
    }
  }
  return lines.map { $0 + "\n" }.joined()
}

private func printLine(_ setup: XLSXPrintSetup) -> String {
  let fit =
    setup.fitsToPage
    ? "\(setup.fitToWidth.map(String.init) ?? "-")x"
      + "\(setup.fitToHeight.map(String.init) ?? "-")" : "no"
  var line = "print \(setup.orientation ?? "-") paper=\(setup.paperSize.map(String.init) ?? "-")"
  line += " fit=\(fit) scale=\(setup.scale.map(String.init) ?? "-")"
  line += " area=\(setup.printArea ?? "-") titles=\(setup.printTitles ?? "-")"
  if !setup.rowBreaks.isEmpty {
    line += " breaks=" + setup.rowBreaks.map(String.init).joined(separator: ",")
  }
  line += " header=\(quoted(setup.header ?? "")) footer=\(quoted(setup.footer ?? ""))"
  return line
}

/// A column width to two decimals, as Excel stores it (characters plus padding).
private func widthText(_ width: Double) -> String {
  let hundredths = Int((width * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
