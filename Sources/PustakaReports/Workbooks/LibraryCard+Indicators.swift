import PustakaCore
import XLSXWriter

extension LibraryCard.CardBuilder {
  /// The three changes that add most points, in plain words with the numbers beside them.
  mutating func addRecommendations() {
    let card = labels
    // From the 12-month values, so that a library is not told to fix what one month shows.
    let basis = figures.twelveMonths ?? score
    let words = context.labels.detail
    let months = context.twelveMonthPeriod.map { words.periodLabel($0) }
    sheet.addHeading(
      figures.twelveMonths == nil || months == nil
        ? card.recommendationsHeading
        : context.labels.cardStaff.recommendationsOn(card.recommendationsHeading, months ?? ""))
    let recommendations = basis.recommendations
    var nextFree = sheet.nextRow
    if recommendations.isEmpty {
      sheet.edit { sheet in
        sheet.write(
          .string(card.noRecommendation), row: nextFree, column: 1,
          format: LibraryCard.Formats.subtitle)
      }
      nextFree += 1
      sheet.moveCursor(toAtLeast: nextFree + 1)
    } else {
      let rows: [[ReportCell]] = recommendations.enumerated().map { offset, step in
        let indicator = score.indicator(step.key)?.indicator ?? RubricIndicator(key: step.key)
        let display = LibraryCard.ValueDisplay.of(step.key, months: context.period.monthCount)
        let verb = step.nextPoint.direction == .increase ? card.raise : card.lower
        let format = display.format(value: step.value, target: step.nextPoint.target)
        return [
          numberCell(offset + 1, area: indicator.area),
          .text("\(verb): \(context.text(indicator.label))"),
          display.cell(step.value, format: format),
          display.cell(step.nextPoint.target, format: format),
          display.cell(step.nextPoint.gap, format: format),
          .number(
            Double(step.nextPoint.pointsGained),
            format: LibraryCard.Formats.centredFigure(LibraryCard.Formats.signedCount)),
          .number(
            step.kpiGain, format: LibraryCard.Formats.centredFigure(LibraryCard.Formats.signedScore)
          ),
        ]
      }
      let table = sheet.addTable(
        columns: [
          ColumnDefinition(card.number),
          ColumnDefinition(card.step, format: LibraryCard.Formats.wrapped),
          ColumnDefinition(card.from), ColumnDefinition(card.to), ColumnDefinition(card.gap),
          ColumnDefinition(card.pointsGained), ColumnDefinition(card.kpiGained),
        ], rows: rows)
      let first = table.firstDataRow ?? table.header.first.row + 1
      for (offset, row) in rows.enumerated() {
        if case .string(let text) = row[1].value {
          fitHeight(row: first + offset, text: text, column: 1, fontSize: 11)
        }
      }
      nextFree = table.range.last.row + 1
    }
    if !score.missingIndicators.isEmpty {
      sheet.edit { sheet in
        sheet.write(
          .string(card.completeData), row: nextFree, column: 1,
          format: LibraryCard.Formats.missingText)
      }
      sheet.moveCursor(toAtLeast: nextFree + 2)
    }
  }

  /// The rubric's indicators: value, points, the value that earns the next point and the gap,
  /// and a note for missing values, full points and snapshots from an earlier month.
  mutating func addIndicators() {
    let card = labels
    sheet.addHeading(card.indicatorsHeading)
    let pointsFormat = "0" + LibraryCard.Formats.literal(" / \(context.rubric.scale)")
    var notes: [String] = []
    let rows: [[ReportCell]] = score.indicators.enumerated().map { offset, indicator in
      let display = LibraryCard.ValueDisplay.of(indicator.key, months: context.period.monthCount)
      let measurement = indicator.measurement
      let format = display.format(value: measurement.value, target: indicator.nextPoint?.target)
      let fill = ReportPalette.pointsFill(
        indicator.points, maximum: indicator.indicator.rule.maximumPoints)
      let note = self.note(for: indicator)
      notes.append(note)
      return [
        numberCell(offset + 1, area: indicator.indicator.area),
        .text(context.text(indicator.indicator.label)),
        display.cell(measurement.value, format: format),
        .number(
          Double(indicator.points),
          format: LibraryCard.Formats.filled(
            CellFormat(numberFormat: pointsFormat, verticalAlignment: .center), fill)),
        display.cell(indicator.nextPoint?.target, format: format),
        display.cell(indicator.nextPoint?.gap, format: format),
        ReportCell(
          .string(note),
          format: measurement.isMissing
            ? LibraryCard.Formats.missingNote : LibraryCard.Formats.smallNote),
      ]
    }
    let table = sheet.addTable(
      columns: [
        ColumnDefinition(card.number),
        ColumnDefinition(card.indicator, format: LibraryCard.Formats.wrapped),
        ColumnDefinition(card.value), ColumnDefinition(card.pointsColumn),
        ColumnDefinition(card.nextTarget), ColumnDefinition(card.gap),
        ColumnDefinition(card.note),
      ], rows: rows)
    if let first = table.firstDataRow {
      for (offset, indicator) in score.indicators.enumerated() {
        let row = first + offset
        fitHeight(row: row, text: context.text(indicator.indicator.label), column: 1, fontSize: 11)
        fitHeight(row: row, text: notes[offset], column: 6, fontSize: 9)
      }
    }
    let footnoteRow = table.range.last.row + 1
    writeMerged(
      .string(card.footnote), row: footnoteRow, from: 0, to: 6, format: LibraryCard.Formats.note)
    fitHeight(row: footnoteRow, text: card.footnote, columns: 0...6, fontSize: 11)
    sheet.moveCursor(toAtLeast: footnoteRow + 1)
  }

  // MARK: - Pieces

  /// The note of one indicator: why it is missing, or that it is at full points, or which
  /// way it has to move; plus the month of a snapshot carried forward.
  func note(for indicator: IndicatorScore) -> String {
    let card = labels
    var parts: [String] = []
    let measurement = indicator.measurement
    if let reason = measurement.missingReason {
      parts.append("\(card.missingPrefix) \(context.text(reason.text))")
    } else if indicator.nextPoint == nil {
      parts.append(card.fullPoints)
    } else if indicator.nextPoint?.direction == .decrease {
      parts.append(card.lower.lowercased())
    }
    if measurement.isCarriedForward, let month = measurement.snapshotMonth {
      parts.append("\(card.snapshotOf) \(month)")
    }
    return parts.joined(separator: "; ")
  }

  /// A running number on its indicator's area colour.
  func numberCell(_ number: Int, area: KPIArea) -> ReportCell {
    var format = LibraryCard.Formats.area(area, centred: true)
    format.numberFormat = "0"
    return ReportCell(.number(Double(number)), format: format)
  }
}
