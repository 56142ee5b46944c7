import Foundation
import PustakaCore
import PustakaSample
import TestSupport
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct LibraryCardEdgeTests {
  typealias NotReported = LibraryCard.CardBuilder.NotReported

  @Test(
    "a library that did not report gets a card saying so, without scores",
    arguments: [
      ReportLanguage.indonesian, .english,
    ])
  func notReporting(language: ReportLanguage) throws {
    let written = try WrittenCard.write("L7", language: language)
    let labels = written.labels
    #expect(
      written.document.sheetNames == [
        written.context.labels.cardSheet, written.context.labels.cardDataSheet,
      ])
    let card = written.card
    #expect(card.cell("A1")?.value == .string("Perpustakaan Sepi"))
    #expect(card.cell(NotReported.notice)?.value == .string("\(labels.notReported) 2026-10"))
    // L7 never reported: no month to show, no KPI, no grade, no rank, no chart.
    #expect(card.cell(NotReported.lastMonth)?.value == .string(labels.noReportIn12Months))
    #expect(!card.cells.contains { if case .number = $0.value { true } else { false } })
    #expect(card.charts.isEmpty)
    #expect(written.placement.areas == nil)
    let visitors = try #require(written.placement.months.dataColumn(1))
    #expect(WrittenCard.values(visitors, in: written.data).allSatisfy { $0 == .empty })
    #expect(written.card.printSetup.fitToHeight == 1)
  }

  @Test("a library that reported earlier shows its last month and its previous KPI")
  func lastKnownFigures() throws {
    // L1 scored for 2026-11, a month the data does not reach: it did not report then.
    let scorer = KPIScorer(dataSet: SmallRegency.dataSet())
    guard case .month(let october) = ReportFixture.period else { return }
    let period = Period.month(october.next)
    let input = ReportInput(
      report: PeriodReport(scorer: scorer, period: period),
      previous: PeriodReport(scorer: scorer, period: ReportFixture.period),
      quality: DataQualityInput(), provenance: ReportFixture.input.provenance)
    let context = ReportContext(
      input: input, scope: .district(0, ofRegency: 0, in: input.report.places),
      options: ReportOptions(office: "Dinas Perpustakaan", created: ReportFixture.created))
    let score = try #require(context.scores.first { $0.library.id == "L1" })
    #expect(!score.isReporting)
    let written = try WrittenCard.write(score, context: context)
    let card = written.card
    let month = card.cell(NotReported.lastMonth)
    #expect(month?.value == .number(46296))  // 2026-10-01
    #expect(month?.numberFormat == "yyyy-mm")
    let statistics = try #require(context.libraryStatistics["L1"])
    let october2026 = try #require(statistics.series.months.last { $0.reporting > 0 })
    #expect(
      card.cell(NotReported.lastMonth.offset(rows: 1))?.value
        == .number(
          Double(october2026.visitors)))
    #expect(card.cell(NotReported.lastMonth.offset(rows: 3))?.value == .number(81.25))
    #expect(card.charts.count == 2)
  }

  @Test("a name that looks like a formula stays text, and the file name stays safe")
  func formulaLikeName() throws {
    let written = try WrittenCard.write("L4")
    let name = "=HYPERLINK(\"http://x\")"
    #expect(written.card.cell("A1")?.value == .string(name))
    #expect(written.card.cell("A1")?.formula == nil)
    #expect(written.data.cell("A2")?.value == .string("\(name) · Periode Oktober 2026"))
    #expect(written.data.cells.allSatisfy { $0.formula == nil })
    #expect(written.card.cells.allSatisfy { $0.formula == nil })
    #expect(
      LibraryCard.fileName(for: written.score, period: ReportFixture.period) == "L4-2026-10.xlsx")
    var odd = written.score
    odd.library.id = "../../etc/passwd"
    let safe = LibraryCard.fileName(for: odd, period: ReportFixture.period)
    #expect(safe == "etc_passwd-2026-10.xlsx")
    #expect(!safe.contains("/") && !safe.hasPrefix("."))
  }

  @Test("the same card written twice is byte for byte the same") func deterministic() throws {
    let first = try WrittenCard.write("L5")
    let second = try WrittenCard.write("L5")
    #expect(first.bytes == second.bytes)
  }

  @Test("the district and regency means do not depend on the context's scope")
  func scopeIndependence() throws {
    let district = ReportFixture.context(district: 1)
    let regency = ReportFixture.context()
    let score = try #require(district.scores.first { $0.library.id == "L5" })
    let fromDistrict = LibraryCard.Figures(score: score, context: district)
    let fromRegency = LibraryCard.Figures(score: score, context: regency)
    #expect(fromDistrict.districtMeans == fromRegency.districtMeans)
    #expect(fromDistrict.regencyMeans == fromRegency.regencyMeans)
    // Paron reports L5 and L4.
    #expect(fromDistrict.districtMeans.count == 2)
    #expect(fromDistrict.regencyMeans.count == 6)
    #expect(fromDistrict.districtName == "Paron")
  }
}

@Suite struct LibraryCardSampleTests {
  @Test("every card of the Ngawi sample is under 60 KB") func smallCards() throws {
    // The generator makes exactly the committed samples/ngawi files (SampleLoadTests).
    let scorer = KPIScorer(dataSet: SampleGenerator(options: SampleOptions()).dataSet())
    let period = Period.month(SampleOptions.defaultEnd)
    let input = ReportInput(
      report: PeriodReport(scorer: scorer, period: period),
      previous: PeriodReport(scorer: scorer, period: period.previous),
      quality: DataQualityInput(), provenance: ReportFixture.input.provenance)
    let places = input.report.places
    let folder = try TemporaryDirectory(prefix: "pustaka-cards")
    defer { folder.remove() }
    var largest = 0
    var count = 0
    for (district, place) in places.regencies[0].districts.enumerated() {
      let context = ReportContext(
        input: input, scope: .district(district, ofRegency: 0, in: places),
        options: ReportOptions(office: "Dinas Perpustakaan", created: ReportFixture.created))
      #expect(context.scores.count == place.libraryPositions.count)
      for score in context.scores {
        let url = folder.file(LibraryCard.fileName(for: score, period: period))
        try WorkbookWriter.write(LibraryCard.workbook(for: score, context: context), to: url)
        let size = try Data(contentsOf: url).count
        largest = max(largest, size)
        count += 1
      }
    }
    #expect(count == 217)
    #expect(largest > 5_000 && largest < 60_000)
  }
}
