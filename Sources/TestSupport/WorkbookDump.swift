import XLSXReader

/// Renders a workbook as reviewable text: one line per non-empty cell, then one per chart.
///
/// Sheets come in workbook order; cells row-major. A cell line is the sheet and reference, a
/// kind letter (`s` string, `n` number, `b` boolean, `e` error, `-` no value but a formula),
/// the value, then ` f=` and the formula when it has one and ` fmt=` and the number format when
/// it is not "General":
///
///     Ranking!B2 s "Perpustakaan Cemerlang"
///     Ranking!G5 n 81.25 f=ROUND(SUM(C5:F5)/80*100,4) fmt=0.00
///
/// A chart line is the sheet, the chart's number on it, kind, bar direction, grouping, the
/// title when there is one, and each series' values and categories:
///
///     Summary chart#1 bar/col clustered series=Districts!$C$2:$C$20 cat=Districts!$A$2:$A$20
///
/// - Parameter document: The workbook read back.
/// - Returns: The lines, each ending in a newline.
package func dump(_ document: XLSXDocument) -> String {
  var lines: [String] = []
  for sheet in document.sheets {
    for cell in sheet.cells {
      if let line = dumpLine(cell, sheet: sheet.name) {
        lines.append(line)
      }
    }
    for (index, chart) in sheet.charts.enumerated() {
      lines.append(dumpLine(chart, number: index + 1, sheet: sheet.name))
    }
  }
  return lines.map { $0 + "\n" }.joined()
}

func dumpLine(_ cell: XLSXCell, sheet: String) -> String? {
  var line = "\(sheet)!\(cell.reference) "
  switch cell.value {
  case .empty:
    guard cell.formula != nil else { return nil }
    line += "-"
  case .string(let text):
    line += "s \(quoted(text))"
  case .number(let number):
    line += "n \(render(number))"
  case .boolean(let flag):
    line += "b \(flag ? "TRUE" : "FALSE")"
  case .error(let code):
    line += "e \(code)"
  }
  if let formula = cell.formula {
    line += " f=\(formula)"
    if cell.isSharedFormulaMaster {
      line += " (shared, not expanded)"
    }
  }
  if cell.numberFormat != "General" {
    line += " fmt=\(cell.numberFormat)"
  }
  return line
}

func dumpLine(_ chart: XLSXChart, number: Int, sheet: String) -> String {
  var line = "\(sheet) chart#\(number) \(chart.kind)"
  if let direction = chart.barDirection {
    line += "/\(direction)"
  }
  if let grouping = chart.grouping {
    line += " \(grouping)"
  }
  if let title = chart.title {
    line += " title=\(quoted(title))"
  }
  for series in chart.series {
    line += " series=\(series.values ?? "-")"
    if let categories = series.categories {
      line += " cat=\(categories)"
    }
  }
  return line
}

/// A number as its shortest exact text: whole numbers without ".0".
private func render(_ number: Double) -> String {
  if number == number.rounded(), abs(number) < 1e15 {
    return String(Int(number))
  }
  return "\(number)"
}

/// Text in double quotes, with quotes, backslashes and control characters escaped.
func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
