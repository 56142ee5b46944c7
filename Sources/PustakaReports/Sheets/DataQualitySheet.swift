import PustakaCore
import XLSXWriter

/// The data-quality sheet (*Kualitas Data*): what the scores rest on.
///
/// It lists libraries not reporting, figures to check (`PlausibilityFlags`), indicator values
/// missing (with the reason) and carried
/// forward, the rows read, accepted and rejected per file (details in rejected-rows.csv),
/// files skipped or unreadable, and the warnings about the data.
///
/// A district workbook lists only the district's libraries (and villages), and leaves the files
/// and the warnings to the regency workbook, with a pointer to it: they concern the whole run,
/// so each district workbook would repeat them whole (up to 500 warnings).
package enum DataQualitySheet {
  /// The columns of the widest table (the files read).
  static let columnCount = 7

  /// The height of the blank row under each list, in points.
  static let listGapPoints = 6.0

  /// The most warnings listed; the rest are counted in a note.
  static let warningLimit = 500

  /// Builds the sheet named `context.labels.dataQualitySheet`.
  package static func build(_ context: ReportContext) -> ReportSheet {
    let labels = context.labels.dataQuality
    let widths = widths(context)
    var sheet = ReportSheet(name: context.labels.dataQualitySheet)
    DetailSheets.setWidths(widths, on: &sheet)
    DetailSheets.addTop(
      title: labels.title, note: labels.note, columns: widths.count, on: &sheet,
      context: context)
    let warnings = warningRows(context)
    let flags = DetailSheets.plausibilityFlags(context)
    let summaryTop = sheet.nextRow
    addSummary(warnings: warnings.count, on: &sheet, context: context)
    addPlausibilityCounts(flags, besideSummaryAt: summaryTop, on: &sheet, context: context)
    if context.scope.isDistrict {
      DetailSheets.addWideNote(
        labels.regencyPointer(context.regencyWorkbookName), columns: 4, on: &sheet)
      sheet.skipRows(1)
    } else {
      addFiles(on: &sheet, context: context)
      addOtherFiles(on: &sheet, context: context)
    }
    addNotReporting(on: &sheet, context: context)
    addOutliers(flags, on: &sheet, context: context)
    addMissing(on: &sheet, context: context)
    addCarriedForward(on: &sheet, context: context)
    if !context.scope.isDistrict { addWarnings(warnings, on: &sheet, context: context) }
    DetailSheets.finish(&sheet, context: context)
    return sheet
  }

  /// Column widths: names, paths and locations; ids, sheets, districts and codes; keys,
  /// villages and tables; indicator labels; then counts, months and reasons.
  static func widths(_ context: ReportContext) -> [Double] {
    let quality = context.input.quality
    let places = context.scores.map { DetailSheets.place(of: $0.library, in: context) }
    let first =
      context.scores.map(\.library.name) + quality.files.map(\.path) + quality.skippedFiles
      + quality.unreadableFiles + quality.diagnostics.map(\.location)
    let second =
      places.map(\.district) + context.scores.map(\.library.id.rawValue)
      + quality.files.compactMap(\.sheet) + quality.diagnostics.map(\.code)
    let third = places.map(\.village) + context.rubric.indicators.map(\.key.key)
    let fourth =
      context.rubric.indicators.map { context.text($0.label) }
      + PlausibilityFlag.Kind.allCases.map(context.labels.plausibility.name)
    return [
      DetailSheets.textWidth(first, minimum: 24, maximum: 48),
      DetailSheets.textWidth(second, minimum: 14, maximum: 32),
      DetailSheets.textWidth(third, minimum: 14, maximum: 26),
      DetailSheets.textWidth(fourth, minimum: 14, maximum: 48), 14, 12, 12,
    ]
  }

  /// Adds a heading and the table, or nothing when `rows` is empty: the summary above counts
  /// every list, so an empty one would only print "none" under its heading.
  ///
  /// Each list is an Excel table with filter buttons and no header rows inside its data; the
  /// sheet holds several, so none repeats its header on printed pages.
  static func addList(
    _ heading: String, note: String? = nil, columns: [ColumnDefinition], rows: [[ReportCell]],
    on sheet: inout ReportSheet, context: ReportContext
  ) {
    guard !rows.isEmpty else { return }
    let headerPoints = DetailSheets.headerPoints(for: columns, in: sheet.spec)
    // The heading and a note at a text row's height, then the header and up to 12 list rows.
    DetailSheets.keepTogether(
      rows: note == nil ? 1 : 2,
      headerPoints: headerPoints + Double(min(rows.count, 12)) * ReportSheet.listRowHeight,
      on: &sheet)
    sheet.addHeading(heading)
    if let note { DetailSheets.addWideNote(note, columns: columnCount, on: &sheet) }
    DetailSheets.addPagedTable(
      columns: columns, rows: rows, headerPoints: headerPoints,
      tableName: context.labels.dataQualitySheet.filter(\.isLetter)
        + "\(sheet.spec.tables.count + 1)",
      repeatsHeader: false, on: &sheet)
    // The blank row under a list: narrower than a text row, since the next heading follows.
    let gap = sheet.nextRow - 1
    sheet.edit { $0.rowHeights[gap] = listGapPoints }
  }

  // MARK: - Summary

  private static func addSummary(
    warnings: Int, on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.dataQuality
    let quality = context.input.quality
    let reporting = context.reporting
    let items: [(String, Int)] = [
      (labels.registered, context.scores.count), (labels.reporting, reporting.count),
      (labels.notReporting, context.notReporting.count),
      (labels.missingValues, reporting.reduce(0) { $0 + $1.missingIndicators.count }),
      (labels.carriedForward, reporting.reduce(0) { $0 + $1.carriedForwardIndicators.count }),
      (labels.warnings, warnings),
      (labels.rowsRejected, quality.files.reduce(0) { $0 + $1.rejected }),
      (labels.skippedFiles, quality.skippedFiles.count),
      (labels.unreadableFiles, quality.unreadableFiles.count),
    ]
    sheet.addHeading("\(labels.summaryHeading): \(context.placeTitle)")
    let columns = [
      ColumnDefinition(labels.item), ColumnDefinition(labels.count, format: ReportFormats.count),
    ]
    let placement = sheet.addTable(
      columns: columns, rows: items.map { [.text($0.0), .count($0.1)] })
    DetailSheets.setHeaderHeight(
      DetailSheets.headerPoints(for: columns, in: sheet.spec), of: placement, on: &sheet)
  }

  // MARK: - Libraries not reporting

  private static func addNotReporting(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.dataQuality
    let words = context.labels.detail
    let rows = context.scoresByDistrict.filter { !$0.isReporting }.map {
      score -> [ReportCell] in
      let place = DetailSheets.place(of: score.library, in: context)
      return [
        .text(score.library.name), .text(score.library.id.rawValue), .text(place.village),
        .text(place.district),
      ]
    }
    addList(
      "\(labels.notReportingHeading): \(context.placeTitle)",
      columns: [
        ColumnDefinition(words.library), ColumnDefinition(words.libraryID),
        ColumnDefinition(words.village), ColumnDefinition(words.district),
      ], rows: rows, on: &sheet, context: context)
  }
}
