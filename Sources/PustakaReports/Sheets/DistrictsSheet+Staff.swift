import PustakaCore
import XLSXWriter

extension DistrictsSheet {
  /// One column of the staff section: caption, format and value of a district's row.
  typealias StaffColumn = TableColumn<StaffRow>

  /// What a row of the staff section shows: a district (or the regency, on the total row).
  struct StaffRow {
    var name: String
    var staff: StaffFigures
    var twelveMonthKPI: Double?
    var twelveMonthRank: Int?
  }

  /// The section's columns, declared once.
  static func staffColumns(_ words: DistrictStaffLabels) -> [StaffColumn] {
    let count = ReportFormats.count
    return [
      StaffColumn(words.district, format: ReportFormats.text) { .text($0.name) },
      StaffColumn(words.reporting, format: count) { .count($0.staff.libraries) },
      StaffColumn(words.twelveMonthKPI, format: ReportFormats.score) {
        .number($0.twelveMonthKPI)
      },
      StaffColumn(words.twelveMonthRank, format: count) { .count($0.twelveMonthRank) },
      StaffColumn(words.staff, format: count) { .count($0.staff.paidStaff) },
      StaffColumn(words.trainedStaff, format: count) { .count($0.staff.trainedStaff) },
      StaffColumn(words.noTrained, format: count) {
        .count($0.staff.withoutTrainedStaff)
      },
      StaffColumn(words.oneTrained, format: count) {
        .count($0.staff.withOneTrainedStaff)
      },
      StaffColumn(words.standardMet, format: count) {
        .count($0.staff.withTrainedStaffToStandard)
      },
      StaffColumn(words.trainedUnknown, format: count) {
        .count($0.staff.trainedStaffUnknown)
      },
      StaffColumn(words.volunteers, format: count) { .count($0.staff.volunteers) },
      StaffColumn(words.volunteerHours, format: count) {
        .number($0.staff.volunteerHours)
      },
      StaffColumn(words.hoursPerVolunteer, format: ReportFormats.ratio) {
        .number($0.staff.hoursPerVolunteer)
      },
      StaffColumn(words.noHours, format: count) {
        .count($0.staff.withoutVolunteerHours)
      },
    ]
  }

  /// Writes the 12-month KPI, staff and volunteers section at the cursor: one row per district
  /// of the scope and, in the regency workbook, the regency's total row.
  static func addStaffTable(_ context: ReportContext, to sheet: inout ReportSheet) {
    let words = context.labels.districtStaff
    let lastColumn = Column.allCases.count - 1
    sheet.addHeading(words.heading)
    sheet.addNote(words.note, across: lastColumn)
    let means = twelveMonthMeans(context)
    let allMeans = means.values.compactMap { $0 }
    /// Standard competition rank: one more than the districts with a higher mean.
    func rank(_ mean: Double?) -> Int? {
      mean.map { value in allMeans.filter { $0 > value }.count + 1 }
    }
    var rows = context.districtStatistics.map { group -> StaffRow in
      let mean = means[group.district ?? ""] ?? nil
      return StaffRow(
        name: group.district ?? "", staff: group.figures.staffing, twelveMonthKPI: mean,
        twelveMonthRank: rank(mean))
    }
    // The regency's totals only in the regency workbook: a district is never set against them.
    if !context.scope.isDistrict, let regency = context.regencyStatistics {
      rows.append(
        StaffRow(
          name: context.regencyName, staff: regency.figures.staffing,
          twelveMonthKPI: KPISummary(Array(context.regencyContext.twelveMonthScores.values)).mean,
          twelveMonthRank: nil))
    }
    let columns = staffColumns(words)
    let totalIndex = context.scope.isDistrict ? nil : rows.count - 1
    let cells = rows.enumerated().map { index, row in
      columns.map { column -> ReportCell in
        let cell = column.value(row)
        guard index == totalIndex else { return cell }
        return ReportCell(
          cell.value, format: ReportFormats.banded(cell.format ?? column.definition.format))
      }
    }
    let placement = sheet.addTable(
      columns: columns.map(\.definition), rows: cells)
    sheet.edit { $0.rowHeights[placement.header.first.row] = 45 }
  }

  /// The mean 12-month KPI of every district of the scope's regency, by district name.
  private static func twelveMonthMeans(_ context: ReportContext) -> [String: Double?] {
    let report = context.input.report
    let places = report.places
    guard let board = report.trailingYear?.scoreboard else { return [:] }
    var kpis: [Int: [Double]] = [:]
    for score in board.scores(ofRegency: context.scope.regencyIndex, in: places) {
      guard let kpi = score.kpi, let position = places.libraryPositionByID[score.library.id]
      else { continue }
      kpis[places.districtOfLibrary[position], default: []].append(kpi)
    }
    var result: [String: Double?] = [:]
    for (index, district) in places.regencies[context.scope.regencyIndex].districts.enumerated() {
      result[district.name] = KPISummary(kpis: kpis[index] ?? []).mean
    }
    return result
  }
}
