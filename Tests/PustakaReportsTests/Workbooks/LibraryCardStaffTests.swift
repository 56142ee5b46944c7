import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct LibraryCardStaffTests {
  @Test("issue 11: the card's staff block: the library's figures and the means per library")
  func staffBlock() throws {
    // L4 (strength 2): 1 paid staff, 1 trained, 2 volunteers giving 16 hours. Paron reports
    // L4 and L5 (strength 3): 2 staff, 2 trained, 5 volunteers, 40 hours over 2 libraries.
    // The regency's six reporting libraries: 6 staff, 7 trained, 17 volunteers, 136 hours.
    let written = try WrittenCard.write("L4", language: .english)
    let card = written.card
    let words = written.context.labels.cardStaff
    let heading = try #require(
      card.cells.first { $0.value == .string(words.heading) && $0.column == 8 })
    /// The row's three figures; libxlsxwriter writes 16 significant digits, so they are
    /// compared to 1e-12.
    func row(_ label: String) throws -> [Double] {
      let cell = try #require(
        card.cells.first { $0.value == .string(label) && $0.column == 8 && $0.row > heading.row })
      return (9...11).map { column in
        guard case .number(let value) = card.cell(row: cell.row, column: column)?.value else {
          return .nan
        }
        return value
      }
    }
    func expect(_ label: String, _ expected: [Double]) throws {
      let written = try row(label)
      #expect(zip(written, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(label): \(written)")
    }
    try expect(words.staff, [1, 1, 1])
    try expect(words.trainedStaff, [1, 1, 7.0 / 6])
    try expect(words.volunteers, [2, 2.5, 17.0 / 6])
    try expect(words.volunteerHours, [16, 20, 136.0 / 6])
    try expect(words.hoursPerVolunteer, [8, 8, 8])
    #expect(
      card.cells.contains {
        $0.value == .string("National standard of 2 trained staff: 1 short.")
      })
  }

  @Test("issue 11: the card shows the 12-month KPI, its grade and its rank")
  func twelveMonthHeadline() throws {
    let written = try WrittenCard.write("L2", language: .english)
    let card = written.card
    let year = try #require(written.context.twelveMonthScores["L2"])
    typealias Headline = LibraryCard.CardBuilder.Headline
    let kpi = Headline.twelveMonthKPI
    #expect(card.cell(row: kpi.row, column: kpi.column)?.value == year.kpi.map(XLSXValue.number))
    let label = card.cell(row: kpi.row, column: 1)?.value
    #expect(label == .string("12-month KPI (Nov 2025–Oct 2026), grade \(year.grade?.grade ?? "")"))
    let rank = Headline.twelveMonthRank
    #expect(card.cell(row: rank.row, column: rank.column)?.value == .number(2))
    #expect(card.cell(row: rank.row, column: rank.column)?.numberFormat == "0\" of 6\"")
  }
}
