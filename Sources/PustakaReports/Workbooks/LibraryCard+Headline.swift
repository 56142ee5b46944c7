import PustakaCore
import XLSXWriter

extension LibraryCard.CardBuilder {
  /// Where the headline's figures sit, for tests and for anyone reading a card back.
  enum Headline {
    /// The KPI (merged over C:D).
    static let kpi = CellReference(row: headlineRow, column: valueColumn)
    /// The grade's letter.
    static let grade = CellReference(row: headlineRow, column: 4)
    /// The grade's name (merged over F:G).
    static let gradeName = CellReference(row: headlineRow, column: 5)
    /// The points earned, shown "65 dari 80".
    static let points = CellReference(row: headlineRow + 1, column: valueColumn)
    /// The rank in the district, shown "3 dari 19".
    static let rankInDistrict = CellReference(row: headlineRow + 2, column: valueColumn)
    /// The rank in the regency, shown "16 dari 210".
    static let rankInRegency = CellReference(row: headlineRow + 3, column: valueColumn)
    /// The KPI change since the previous period.
    static let kpiChange = CellReference(row: headlineRow + 4, column: valueColumn)
    /// The change of rank in the regency.
    static let rankChange = CellReference(row: headlineRow + 5, column: valueColumn)
    /// The 12-month KPI.
    static let twelveMonthKPI = CellReference(row: headlineRow + 6, column: valueColumn)
    /// The rank on the 12-month KPI in the regency.
    static let twelveMonthRank = CellReference(row: headlineRow + 7, column: valueColumn)
    /// The column of the period facts beside (G).
    static let factColumn = 6
  }

  /// The KPI, grade, points, ranks and change on the left; facts of the period beside them.
  mutating func addHeadline() {
    let words = context.labels.detail
    let twelveMonthLabel = context.twelveMonthPeriod.map { words.periodLabel($0) } ?? ""
    typealias Formats = LibraryCard.Formats
    let top = Self.headlineRow
    let rubric = context.rubric
    let card = labels
    let maximumPoints = rubric.scale * rubric.indicators.count
    let gradePosition = score.grade.flatMap { grade in
      rubric.grades.firstIndex { $0.grade == grade.grade }
    }
    let gradeFill = ReportPalette.gradeColor(position: gradePosition ?? rubric.grades.count)
    sheet.edit { sheet in
      sheet.rowHeights[top] = 36
      sheet.write(
        .string(card.kpi), at: CellReference(row: top, column: 1), format: Formats.kpiLabel)
    }
    writeMerged(
      score.kpi.map(CellValue.number) ?? .blank, row: top, from: Self.valueColumn,
      to: Self.valueColumn + 1, format: Formats.kpi)
    writeMerged(
      .string(score.grade?.grade ?? ""), row: top, from: 4, to: 4,
      format: Formats.gradeLetter(gradeFill))
    writeMerged(
      .string(score.grade.map { context.text($0.label) } ?? ""), row: top, from: 5, to: 6,
      format: Formats.gradeName(gradeFill))

    let change = score.change
    let previousPeriod = change?.previousPeriod ?? context.period.previous
    let rows: [(String, CellValue, String)] = [
      (card.points, .number(Double(score.points)), Formats.outOf(maximumPoints, card.of)),
      (
        card.rankInDistrict, score.rankInDistrict.map { .number(Double($0)) } ?? .blank,
        Formats.outOf(figures.districtMeans.count, card.of)
      ),
      (
        card.rankInRegency, score.rank.map { .number(Double($0)) } ?? .blank,
        Formats.outOf(figures.regencyMeans.count, card.of)
      ),
      (
        "\(card.kpiChangeSince) \(previousPeriod)",
        change.map { .number($0.kpiChange) } ?? .string(card.noPrevious), Formats.signedScore
      ),
      (
        card.rankChange, change.map { .number(Double($0.rankChange)) } ?? .blank,
        Formats.rankChange(card)
      ),
      (
        context.labels.cardStaff.twelveMonthKPI(
          twelveMonthLabel,
          figures.twelveMonths?.grade?.grade ?? "-"),
        figures.twelveMonths?.kpi.map(CellValue.number) ?? .blank, "0.00"
      ),
      (
        context.labels.cardStaff.twelveMonthRank,
        figures.twelveMonths?.rank.map { .number(Double($0)) } ?? .blank,
        Formats.outOf(figures.twelveMonthRanked, card.of)
      ),
    ]
    let attendance = figures.statistics?.figures.attendance
    let facts: [(String, Int?)] = [
      (card.missingIndicators, score.missingIndicators.count),
      (card.carriedForward, score.carriedForwardIndicators.count),
      (card.visitorsInPeriod, attendance?.visitors),
      (card.loansInPeriod, attendance?.loans),
      (card.openDays, attendance?.openDays),
    ]
    for (offset, (label, value, numberFormat)) in rows.enumerated() {
      let row = top + 1 + offset
      var isText = false
      if case .string = value { isText = true }
      sheet.edit { sheet in
        sheet.write(.string(label), row: row, column: 1, format: Formats.label)
        sheet.write(
          value, row: row, column: Self.valueColumn,
          format: isText ? Formats.subtitle : Formats.figure(numberFormat))
      }
      if offset < facts.count {
        let (fact, number) = facts[offset]
        writeMerged(.string(fact), row: row, from: 4, to: 5, format: Formats.label)
        sheet.edit { sheet in
          sheet.write(
            number.map { .number(Double($0)) } ?? .blank, row: row, column: Headline.factColumn,
            format: Formats.figure("#,##0"))
        }
      }
    }
    sheet.moveCursor(toAtLeast: top + 1 + rows.count + 1)
  }
}
