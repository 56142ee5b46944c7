/// The `districts.csv` table of reports.md: one row per district.
///
/// Columns: `regency, district, libraries, reporting, population, kpi_mean, kpi_min, kpi_max,
/// uplm1 .. uplm7` (raw, 0 where no library has the input, as the index counts them),
/// `uplm1_norm .. uplm7_norm, iplm, iplm_category` (the Indonesian category, such as
/// `sedang`), `staff, trained_staff, libraries_without_trained_staff, volunteers,
/// volunteer_hours` (over the reporting libraries, `StaffFigures`).
package enum DistrictsTable {
  /// The table of `report`, districts per regency in order of first appearance.
  package static func table(_ report: PeriodReport) -> TextTable {
    var header = [
      "regency", "district", "libraries", "reporting", "population", "kpi_mean", "kpi_min",
      "kpi_max",
    ]
    header += IPLMElement.allCases.map(\.column)
    header += IPLMElement.allCases.map { $0.column + "_norm" }
    header += ["iplm", "iplm_category"]
    header += [
      "staff", "trained_staff", "libraries_without_trained_staff", "volunteers", "volunteer_hours",
    ]
    let rows = zip(report.literacyIndex.districts, report.statistics.districts).map {
      entry, statistics -> [TextTable.Cell] in
      var row: [TextTable.Cell] = [
        .text(entry.regency), .text(entry.district), .integer(entry.libraries),
        .integer(entry.reporting), .integer(entry.population), .number(statistics.kpi.mean),
        .number(statistics.kpi.minimum), .number(statistics.kpi.maximum),
      ]
      row += entry.raw.map { .number($0 ?? 0) }
      row += entry.normalised.map { .number($0) }
      row += [.number(entry.index), .text(entry.category.rawValue)]
      let staff = statistics.figures.staffing
      row += [
        .integer(staff.paidStaff), .integer(staff.trainedStaff),
        .integer(staff.withoutTrainedStaff), .integer(staff.volunteers),
        .number(staff.volunteerHours),
      ]
      return row
    }
    return TextTable(header: header, rows: rows)
  }
}
