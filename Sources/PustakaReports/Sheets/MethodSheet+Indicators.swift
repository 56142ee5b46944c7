import PustakaCore
import XLSXWriter

extension MethodSheet {
  /// The rubric's indicators by area: label, key, formula in words, kind, the threshold of
  /// each point (or, for a target indicator, its bands in words) and the weight; each area
  /// opens with a band row naming it and its total weight.
  ///
  /// Long texts wrap; each row is as tall as its longest text needs.
  static func addIndicators(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let rubric = context.rubric
    let points = pointColumns(context)
    let widths = widths(context)
    let wrapped = DetailSheets.wrapped
    // Numbers sit at the top of their row, level with the first line of the wrapped texts.
    let top = CellFormat(verticalAlignment: .top)
    let columns =
      [
        ColumnDefinition(labels.indicator, format: wrapped),
        ColumnDefinition(labels.key, format: wrapped),
        ColumnDefinition(labels.formula, format: wrapped),
        ColumnDefinition(labels.kind, format: wrapped),
      ] + (1...points).map { ColumnDefinition(labels.pointsThreshold(String($0)), format: top) }
      + [
        ColumnDefinition(
          labels.weight, format: CellFormat(numberFormat: "0.##", verticalAlignment: .top))
      ]
    var rows: [[ReportCell]] = []
    var areaRows: [Int] = []
    var texts: [[String]] = []
    for area in rubric.areas {
      let indicators = rubric.indicators.filter { $0.area == area }
      let weight = indicators.reduce(0) { $0 + $1.weight }
      areaRows.append(rows.count)
      let title = labels.areaRow(context.text(area.label), context.labels.detail.number(weight))
      rows.append(
        DetailSheets.bandedRow(
          [.text(title)] + Array(repeating: ReportCell.empty, count: columns.count - 1),
          columns: columns))
      texts.append([])
      for indicator in indicators {
        let row = cells(indicator, points: points, context: context)
        rows.append(row.cells)
        texts.append(row.texts)
      }
    }
    DetailSheets.keepTogether(rows: 8, headerPoints: 30, on: &sheet)
    sheet.addHeading("\(labels.indicatorsHeading): \(rubric.name)")
    let placement = sheet.addTable(columns: columns, rows: rows)
    guard let first = placement.firstDataRow else { return }
    sheet.edit { spec in
      for offset in areaRows {
        spec.mergedRanges.append(
          CellRange(
            firstRow: first + offset, firstColumn: 0, lastRow: first + offset,
            lastColumn: columns.count - 1))
      }
      for (offset, row) in rows.enumerated() where row.count > 4 {
        if case .string = row[4].value, points > 1 {
          spec.mergedRanges.append(
            CellRange(
              firstRow: first + offset, firstColumn: 4, lastRow: first + offset,
              lastColumn: 3 + points))
        }
      }
      for (offset, row) in texts.enumerated() where !row.isEmpty {
        let bandWidth = widths[4..<(4 + points)].reduce(0, +)
        let lines = zip(row, [widths[0], widths[1], widths[2], widths[3], bandWidth]).map {
          DetailSheets.lines($0, width: $1)
        }
        spec.rowHeights[first + offset] = Double(lines.max() ?? 1) * 15 + 3
      }
    }
  }

  /// The cells of one indicator and the texts that may wrap (label, key, formula, kind, bands).
  private static func cells(
    _ indicator: RubricIndicator, points: Int, context: ReportContext
  ) -> (cells: [ReportCell], texts: [String]) {
    let labels = context.labels.method
    let words = context.labels.detail
    let label = context.text(indicator.label)
    let formula = context.text(indicator.key.formula)
    let kind = labels.kinds[indicator.kind] ?? indicator.kind.rawValue
    var cells: [ReportCell] = [
      .text(label), .text(indicator.key.key), .text(formula), .text(kind),
    ]
    var bandText = ""
    switch indicator.rule {
    case .higher(let thresholds), .lower(let thresholds):
      cells += (0..<points).map { index in
        guard index < thresholds.count else { return .empty }
        let value = thresholds[index]
        let code = value == value.rounded() ? "#,##0" : "#,##0.00"
        return .number(value, format: CellFormat(numberFormat: code, verticalAlignment: .top))
      }
    case .target(let bands):
      bandText = bands.map { band in
        labels.band(
          words.number(band.from), band.to.isFinite ? words.number(band.to) : "∞",
          String(band.points))
      }.joined(separator: "; ")
      cells.append(ReportCell(.string(bandText), format: DetailSheets.wrapped))
      cells += Array(repeating: ReportCell.empty, count: points - 1)
    }
    cells.append(.number(indicator.weight))
    return (cells, [label, indicator.key.key, formula, kind, bandText])
  }

  /// The data files read, with the table, the rows read and the SHA-256 of their bytes.
  static func addFiles(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let files = context.input.quality.files
    DetailSheets.keepTogether(rows: min(files.count, 12) + 2, headerPoints: 30, on: &sheet)
    sheet.addHeading(labels.filesHeading)
    let columns = [
      ColumnDefinition(labels.file), ColumnDefinition(labels.table),
      ColumnDefinition(labels.checksum), ColumnDefinition(""), ColumnDefinition(""),
      ColumnDefinition(labels.rows, format: ReportFormats.count),
    ]
    let rows = files.map { file -> [ReportCell] in
      let name = file.sheet.map { "\(file.path) [\($0)]" } ?? file.path
      return [
        .text(name), .text(file.table.rawValue),
        .text(file.sha256 ?? labels.checksumUnavailable), .empty, .empty, .count(file.rowsRead),
      ]
    }
    let placement = sheet.addTable(columns: columns, rows: rows)
    let header = placement.header.first.row
    sheet.edit { spec in
      for row in header...(header + rows.count) {
        spec.mergedRanges.append(
          CellRange(firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 4))
      }
    }
  }

  /// The rubric's name, source and checksum, and the tool's version.
  static func addProvenance(on sheet: inout ReportSheet, context: ReportContext) {
    let labels = context.labels.method
    let provenance = context.input.provenance
    let source =
      provenance.rubricSource == "built-in" ? labels.builtIn : provenance.rubricSource
    addPairs(
      labels.provenanceHeading,
      [
        (labels.rubricName, context.rubric.name), (labels.rubricSource, source),
        (labels.rubricChecksum, provenance.rubricSHA256),
        (labels.toolVersion, provenance.toolVersion),
      ], on: &sheet, context: context)
  }
}
