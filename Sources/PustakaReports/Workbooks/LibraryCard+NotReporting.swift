import PustakaCore
import XLSXWriter

extension LibraryCard.CardBuilder {
  /// Where the figures of a card without scores sit.
  enum NotReported {
    /// The notice that the library did not report (merged over B:G).
    static let notice = CellReference(row: headlineRow, column: 1)
    /// The last month with an attendance report, or the words saying there is none.
    static let lastMonth = CellReference(row: headlineRow + 4, column: valueColumn)
  }

  /// The notice of a library that did not report in the period, why it has no score, and
  /// its last known figures: the last month it reported and the previous period's KPI.
  mutating func addNotReported() {
    typealias Formats = LibraryCard.Formats
    let card = labels
    let top = Self.headlineRow
    writeMerged(
      .string("\(card.notReported) \(context.period)"), row: top, from: 1, to: 6,
      format: Formats.notice)
    writeMerged(.string(card.notReportedNote), row: top + 1, from: 1, to: 6, format: Formats.note)
    sheet.edit { sheet in
      sheet.rowHeights[top] = 30
      sheet.rowHeights[top + 1] = 30
      sheet.write(
        .string(card.lastKnownHeading), row: top + 3, column: 0, format: ReportFormats.heading)
    }
    var rows: [(String, CellValue, CellFormat)] = []
    if let last = figures.lastMonthReported {
      let month = last.month
      rows.append(
        (
          card.lastMonthReported, .date(year: month.year, month: month.month, day: 1),
          Formats.figure("yyyy-mm")
        ))
      rows.append((card.visitorsThatMonth, .number(Double(last.visitors)), Formats.figure("#,##0")))
      rows.append((card.loansThatMonth, .number(Double(last.loans)), Formats.figure("#,##0")))
    } else {
      rows.append((card.lastMonthReported, .string(card.noReportIn12Months), Formats.subtitle))
    }
    var previousGrade: String?
    if let previous = figures.previous, let kpi = previous.kpi {
      let period = context.input.previous?.period ?? context.period.previous
      rows.append(("\(card.previousKPI) \(period)", .number(kpi), Formats.figure("0.00")))
      previousGrade = previous.grade.map { "\($0.grade) · \(context.text($0.label))" }
    }
    sheet.edit { sheet in
      for (offset, (label, value, format)) in rows.enumerated() {
        let row = top + 4 + offset
        sheet.write(.string(label), row: row, column: 1, format: Formats.label)
        sheet.write(value, row: row, column: Self.valueColumn, format: format)
      }
      if let previousGrade {
        sheet.write(
          .string(previousGrade), row: top + 4 + rows.count - 1, column: Self.valueColumn + 1,
          format: Formats.label)
      }
    }
    sheet.moveCursor(toAtLeast: top + 4 + rows.count + 1)
  }
}
