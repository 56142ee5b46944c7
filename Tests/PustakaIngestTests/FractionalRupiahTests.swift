import PustakaCore
import Testing

@testable import PustakaIngest

/// Issue 12.2: the contract types `idr` as a number >= 0, so amounts with a fraction are read
/// exactly, and sums and ratios stay exact.
@Suite struct FractionalRupiahTests {
  static let libraries = DataFolder.oneLibrary

  @Test("issue 12.2: 1000000.50 and 'Rp 987.654,50' are read to the ten-thousandth")
  func readExactly() throws {
    let comma = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,collection,1000000.50,+999999.5\n",
    ])
    #expect(comma.diagnostics.isEmpty)
    #expect(comma.dataSet.budget.map(\.allocated) == [Rupiah(units: 10_000_005_000)])
    #expect(comma.dataSet.budget.map(\.spent) == [Rupiah(units: 9_999_995_000)])
    let semicolon = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "budget.csv": "library_id;month;category;allocated_idr;spent_idr\n"
        + "NGW-01;2026-10;collection;Rp 987.654,50;Rp 987.654,5\n",
    ])
    #expect(semicolon.diagnostics.isEmpty)
    #expect(semicolon.dataSet.budget.first?.allocated == Rupiah(units: 9_876_545_000))
    #expect(semicolon.dataSet.budget.first?.allocated.description == "987654.5")
  }

  @Test("issue 12.2: fractions sum exactly: 1,000,000.5 + 999,999.5 allocated, all spent, is 100 %")
  func exactAbsorption() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,collection,1000000.5,1000000.25\n"
        + "NGW-01,2026-10,operations,999999.5,999999.75\n",
      // A library is scored for a month it has attendance in.
      "attendance.csv": "library_id,date,visitors\nNGW-01,2026-10-01,5\n",
    ])
    #expect(result.diagnostics.isEmpty)
    let report = PeriodReport(dataSet: result.dataSet, period: try Period(parsing: "2026-10"))
    let score = try #require(report.scoreboard.libraries.first)
    let absorption = try #require(score.indicator(.budgetAbsorption))
    // Rejecting the fractions (as before v1.2) left no budget at all: 0 points, missing.
    #expect(absorption.measurement.value == 100)
    #expect(absorption.points == 4)
  }

  @Test("a fraction finer than 1/10,000 rupiah is rounded half to even")
  func rounding() throws {
    let result = try DataFolder.load([
      "libraries.csv": Self.libraries,
      "budget.csv": "library_id,month,category,allocated_idr,spent_idr\n"
        + "NGW-01,2026-10,collection,0.00005,0.00015\n",
    ])
    #expect(result.dataSet.budget.first?.allocated == Rupiah(units: 0))
    #expect(result.dataSet.budget.first?.spent == Rupiah(units: 2))
  }
}
