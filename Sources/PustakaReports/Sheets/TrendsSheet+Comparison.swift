import PustakaCore
import XLSXWriter

extension TrendsSheet {
  // MARK: - Districts of a regency

  /// The districts a mean-KPI table holds side by side: ten, as many as fit beside the month
  /// column within the sheet's width.
  static let districtsPerTable = 10

  /// The regency workbook's mean KPI per month of every district (*rata-rata KPI per bulan
  /// per kecamatan*): months down, districts across, ten districts a table.
  ///
  /// Each value is the engine's `UsageStatistics.Group.monthlyKPI` of the district: the mean
  /// of the KPIs of the libraries that reported that month, each month scored on its own
  /// (`PeriodReport.trailingYear.monthly`); empty where no library reported.
  static func addDistrictKPITables(
    from first: Int, months: [MonthlyPoint], on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.trends
    let districts = context.districtStatistics.filter { !$0.monthlyKPI.isEmpty }
    guard !districts.isEmpty, first < months.count else { return }
    let count = months.count - first
    let chunks = stride(from: 0, to: districts.count, by: districtsPerTable).map {
      Array(districts[$0..<min($0 + districtsPerTable, districts.count)])
    }
    for (index, chunk) in chunks.enumerated() {
      DetailSheets.keepTogether(
        rows: 1 + count, headerPoints: 32 + (index == 0 ? 36 : 20), on: &sheet)
      let part = chunks.count > 1 ? " (\(index + 1)/\(chunks.count))" : ""
      sheet.addHeading("\(labels.districtKPIHeading): \(context.placeTitle)\(part)")
      if index == 0 {
        DetailSheets.addWideNote(labels.districtKPINote, columns: columnCount, on: &sheet)
      }
      let columns =
        [ColumnDefinition(context.labels.detail.month, format: ReportFormats.month)]
        + chunk.map { ColumnDefinition($0.district ?? "", format: ReportFormats.score) }
      let rows = (first..<months.count).map { monthIndex in
        let month = months[monthIndex].month
        return [ReportCell(.date(year: month.year, month: month.month, day: 1))]
          + chunk.map { district in
            ReportCell.number(
              monthIndex < district.monthlyKPI.count ? district.monthlyKPI[monthIndex].mean : nil)
          }
      }
      let placement = sheet.addTable(columns: columns, rows: rows)
      DetailSheets.setHeaderHeight(32, of: placement, on: &sheet)
    }
  }

  // MARK: - A district against the regency

  /// The measures compared per library, with their captions: each a monthly total.
  private static func perLibraryMeasures(_ labels: TrendsLabels) -> [(
    String, CellFormat, (MonthlyPoint) -> Double
  )] {
    [
      (labels.visitors, ReportFormats.ratio, { Double($0.visitors) }),
      (labels.loans, ReportFormats.ratio, { Double($0.loans) }),
      (labels.newMembers, ReportFormats.ratio, { Double($0.newMembers) }),
      (labels.activities, ReportFormats.ratio, { Double($0.activities) }),
      (labels.spending, ReportFormats.money, { Double($0.spent.amount) }),
    ]
  }

  /// A district workbook's monthly means per library (*rata-rata per perpustakaan*), the
  /// district's beside the regency's for visitors, loans, new members, activities and
  /// spending: each month's total divided by the group's registered libraries
  /// (`UsageFigures.perLibrary(_:)`).
  ///
  /// Example: 850 visitors in a month in a district of 12 libraries are 70.83 per library,
  /// against 8,100 in a regency of 217, 37.33.
  static func addPerLibraryTable(
    district: UsageStatistics.Group, regency: UsageStatistics.Group, from first: Int,
    on sheet: inout ReportSheet, context: ReportContext
  ) {
    let labels = context.labels.trends
    let measures = perLibraryMeasures(labels)
    let months = district.series.months.count - first
    DetailSheets.keepTogether(rows: 1 + months, headerPoints: 36 + 20 + 32, on: &sheet)
    sheet.addHeading(
      "\(labels.perLibraryHeading): \(context.scopeName), \(context.regencyName)")
    DetailSheets.addWideNote(labels.perLibraryNote, columns: columnCount, on: &sheet)
    DetailSheets.addGroupHeader(
      measures.map { (caption: $0.0, span: 2) }, on: &sheet, firstColumn: 1)
    var columns = [ColumnDefinition(context.labels.detail.month, format: ReportFormats.month)]
    for measure in measures {
      columns.append(ColumnDefinition(context.scopeName, format: measure.1))
      columns.append(ColumnDefinition(context.regencyName, format: measure.1))
    }
    let rows = (first..<district.series.months.count).map { index in
      let point = district.series.months[index]
      var row = [ReportCell(.date(year: point.month.year, month: point.month.month, day: 1))]
      for measure in measures {
        row.append(.number(district.figures.perLibrary(measure.2(point))))
        let regencyPoint = index < regency.series.months.count ? regency.series.months[index] : nil
        row.append(.number(regencyPoint.flatMap { regency.figures.perLibrary(measure.2($0)) }))
      }
      return row
    }
    let placement = sheet.addTable(columns: columns, rows: rows)
    DetailSheets.setHeaderHeight(32, of: placement, on: &sheet)
  }
}
