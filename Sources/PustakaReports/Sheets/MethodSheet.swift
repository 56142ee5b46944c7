import PustakaCore
import XLSXWriter

/// The method sheet (*Metodologi*): how the workbook's figures come about.
///
/// It lists the period and the previous period compared, the KPI formula and rules, the
/// grades, the data files with their checksums, the rubric's source and checksum and the
/// tool's version, and last the rubric's indicators (label, key, formula in words, kind,
/// thresholds or bands, weight) grouped by area.
///
/// A district workbook shortens it to the periods, the KPI formula, the grades (needed to read
/// the district's own figures) and the provenance, with a pointer to the regency workbook's
/// method sheet for the indicators and the data files: those are the regency's, the same for
/// every district, and would take most of the sheet's pages in each of them.
package enum MethodSheet {
  /// Builds the sheet named `context.labels.methodSheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.method
    let widths = widths(context)
    var sheet = ReportSheet(name: context.labels.methodSheet)
    DetailSheets.setWidths(widths, on: &sheet)
    // A district's pointer to the regency workbook joins the note on top, where a reader
    // looking for the indicators looks first.
    let note =
      context.scope.isDistrict
      ? "\(labels.note) \(labels.regencyPointer(context.regencyWorkbookName))" : labels.note
    DetailSheets.addTop(
      title: labels.title, note: note, columns: widths.count, on: &sheet, context: context)
    addPeriods(on: &sheet, context: context)
    addFormula(on: &sheet, context: context)
    addGrades(on: &sheet, context: context)
    if !context.scope.isDistrict { addFiles(on: &sheet, context: context) }
    addProvenance(on: &sheet, context: context)
    // Last, so that the short blocks share the first printed page and the indicators, a
    // page of their own, start the next.
    if !context.scope.isDistrict { addIndicators(on: &sheet, context: context) }
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// The number of threshold columns: one per point of the rubric's scale.
  static func pointColumns(_ context: ReportContext) -> Int { max(context.rubric.scale, 1) }

  /// Column widths: label, key, formula, kind, one per point, weight; the formula and the
  /// kind wide enough for the built-in rubric's texts on one line, so that its indicators
  /// print on one page.
  static func widths(_ context: ReportContext) -> [Double] {
    [43, 24, 56, 32] + Array(repeating: 10, count: pointColumns(context)) + [9]
  }

  /// The first column of the merged value of a key-value row, and its last.
  private static let valueColumns = 1...3

  /// Writes rows of an item and its value, the value spread over columns B to D.
  static func addPairs(
    _ heading: String, _ pairs: [(String, String)], on sheet: inout ReportSheet,
    context: ReportContext
  ) {
    let labels = context.labels.method
    DetailSheets.keepTogether(rows: pairs.count + 2, headerPoints: 30, on: &sheet)
    sheet.addHeading(heading)
    let placement = sheet.addTable(
      columns: [ColumnDefinition(labels.item), ColumnDefinition(labels.value)],
      rows: pairs.map { [.text($0.0), .text($0.1)] })
    mergeValues(placement, rows: pairs.count, on: &sheet)
  }

  private static func mergeValues(
    _ placement: TablePlacement, rows: Int, on sheet: inout ReportSheet
  ) {
    let header = placement.header.first.row
    sheet.edit { spec in
      for row in header...(header + rows) {
        spec.mergedRanges.append(
          CellRange(
            firstRow: row, firstColumn: valueColumns.lowerBound, lastRow: row,
            lastColumn: valueColumns.upperBound))
      }
    }
  }

  // MARK: - Periods

  private static func addPeriods(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let period = context.period
    let window = period.trailingTwelveMonths
    let yearToDate = period.yearToDateMonths
    let previous = context.input.previous
    // Searched, not filtered: `reporting` would copy the whole board for every workbook.
    let hasPrevious =
      previous.map { $0.scoreboard.libraries.contains(where: \.isReporting) } ?? false
    func range(_ months: [Month]) -> String {
      guard let first = months.first, let last = months.last else { return "" }
      return first == last
        ? first.description : labels.monthRange(first.description, last.description)
    }
    addPairs(
      "\(labels.periodHeading): \(context.placeTitle)",
      [
        (labels.period, period.description), (labels.periodMonths, range(period.months)),
        (
          labels.previousPeriod,
          "\(period.previous.description)"
            + (hasPrevious ? "" : " (\(labels.noPreviousData))")
        ),
        (labels.snapshotWindow, range(window)), (labels.absorptionWindow, range(yearToDate)),
      ], on: &sheet, context: context)
  }

  // MARK: - KPI formula and grades

  private static func addFormula(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let rubric = context.rubric
    let words = context.labels.detail
    let rules = labels.kpiRules(
      String(rubric.scale), String(rubric.indicators.count),
      words.number(Double(rubric.scale * rubric.indicators.count)))
    DetailSheets.keepTogether(rows: rules.count + 2, on: &sheet)
    sheet.addHeading(labels.kpiHeading)
    for rule in rules {
      DetailSheets.addWideNote(rule, columns: widths(context).count, on: &sheet)
    }
    sheet.skipRows(1)
  }

  private static func addGrades(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let grades = context.rubric.grades
    DetailSheets.keepTogether(rows: grades.count + 2, headerPoints: 30, on: &sheet)
    sheet.addHeading(labels.gradesHeading)
    let rows = grades.map { grade -> [ReportCell] in
      var letter = CellFormat(bold: true, horizontalAlignment: .center)
      if let color = gradeColor(grade.grade) {
        letter.fill = color
        letter.fontColor = .white
      }
      return [
        ReportCell(.string(grade.grade), format: letter), .text(context.text(grade.label)),
        .number(grade.minimum, format: ReportFormats.score),
      ]
    }
    sheet.addTable(
      columns: [
        ColumnDefinition(labels.grade), ColumnDefinition(labels.gradeLabel),
        ColumnDefinition(labels.minimumKPI, format: ReportFormats.score),
      ], rows: rows)
  }

  /// The palette's colour of grade A to D; `nil` for grades a custom rubric names otherwise.
  static func gradeColor(_ grade: String) -> Color? {
    switch grade {
    case "A": return ReportPalette.gradeA
    case "B": return ReportPalette.gradeB
    case "C": return ReportPalette.gradeC
    case "D": return ReportPalette.gradeD
    default: return nil
    }
  }
}
