import PustakaCore
import Testing
import XLSXReader

@testable import PustakaReports

@Suite struct DistrictsStaffTests {
  @Test("issue 11: Kecamatan lists staff, trained staff against the standard and volunteers")
  func staffSection() throws {
    let context = ReportFixture.context()
    let workbook = try CoreWorkbook(context)
    defer { workbook.remove() }
    let sheet = try workbook.sheet("Kecamatan")
    let words = context.labels.districtStaff
    let header = try #require(
      sheet.cells.first { $0.value == .string(words.noTrained) }, "no staff section")
    func row(_ name: String) throws -> [XLSXValue?] {
      let cell = try #require(
        sheet.cells.first { $0.value == .string(name) && $0.column == 0 && $0.row > header.row })
      return (1...13).map { sheet.cell(row: cell.row, column: $0)?.value }
    }
    // Ngawi reports L1, L2, L3 (strengths 5, 4, 1): 3 staff, 2 + 2 + 0 trained (one library
    // with none, two at the standard), 10 volunteers giving 80 hours.
    let ngawi = try row("Ngawi")
    #expect(ngawi[0] == .number(3))
    #expect(Array(ngawi[3...12]) == [3, 4, 1, 0, 2, 0, 10, 80, 8, 0].map { .number($0) })
    // Regency: 6 reporting, 6 staff, 7 trained, 1 without, 3 with one, 2 to standard.
    let regency = try row("Kabupaten Ngawi")
    #expect(Array(regency[0...0]) == [.number(6)])
    #expect(Array(regency[3...10]) == [6, 7, 1, 3, 2, 0, 17, 136].map { .number($0) })
    // The 12-month mean KPI and its rank among the districts.
    let means = context.districtStatistics.map { group -> Double? in
      let kpis = context.twelveMonthScores.values.filter {
        context.districtName(of: $0.library) == group.district
      }.compactMap(\.kpi)
      return kpis.isEmpty ? nil : kpis.reduce(0, +) / Double(kpis.count)
    }
    guard case .number(let written) = ngawi[1], let mean = means[0] else {
      Issue.record("no 12-month mean for Ngawi")
      return
    }
    #expect(abs(written - mean) < 1e-12)
    #expect(ngawi[2] == .number(1))
  }
}
