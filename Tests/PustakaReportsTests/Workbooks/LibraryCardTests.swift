import Foundation
import PustakaCore
import Testing
import XLSXReader
import XLSXWriter

@testable import PustakaReports

@Suite struct LibraryCardTests {
  typealias Headline = LibraryCard.CardBuilder.Headline

  @Test(
    "L1's card shows the engine's KPI, grade, points, ranks and change",
    arguments: [
      ReportLanguage.indonesian, .english,
    ])
  func headline(language: ReportLanguage) throws {
    let written = try WrittenCard.write("L1", language: language)
    let labels = written.context.labels
    let score = written.score
    #expect(written.document.sheetNames == [labels.cardSheet, labels.cardDataSheet])
    let card = written.card
    #expect(card.cell("A1")?.value == .string("Perpustakaan Cemerlang"))
    #expect(card.cell(Headline.kpi)?.value == .number(try #require(score.kpi)))
    #expect(card.cell(Headline.kpi)?.value == .number(81.25))
    #expect(card.cell(Headline.kpi)?.numberFormat == "0.00")
    #expect(card.cell(Headline.grade)?.value == .string("A"))
    let gradeName = language == .indonesian ? "Sangat Baik" : "Excellent"
    #expect(card.cell(Headline.gradeName)?.value == .string(gradeName))
    let of = labels.card.of
    // 65 of 80 points; first of the 3 reporting libraries of district Ngawi and of the 6 of
    // the regency; the same KPI and rank as in 2026-09.
    #expect(card.cell(Headline.points)?.value == .number(65))
    #expect(card.cell(Headline.points)?.numberFormat == "0\" \(of) 80\"")
    #expect(card.cell(Headline.rankInDistrict)?.value == .number(Double(score.rankInDistrict ?? 0)))
    #expect(card.cell(Headline.rankInDistrict)?.value == .number(1))
    #expect(card.cell(Headline.rankInDistrict)?.numberFormat == "0\" \(of) 3\"")
    #expect(card.cell(Headline.rankInRegency)?.value == .number(Double(score.rank ?? 0)))
    #expect(card.cell(Headline.rankInRegency)?.numberFormat == "0\" \(of) 6\"")
    #expect(card.cell(Headline.kpiChange)?.value == .number(score.change?.kpiChange ?? .nan))
    #expect(card.cell(Headline.kpiChange)?.numberFormat == "+0.00;-0.00;0.00")
    #expect(card.cell(Headline.rankChange)?.value == .number(0))
    #expect(
      card.cell(row: Headline.kpiChange.row, column: 1)?.value
        == .string(
          "\(labels.card.kpiChangeSince) 2026-09"))
  }

  @Test(
    "the 20 indicator rows show value, points, next target and gap in their units",
    arguments: [ReportLanguage.indonesian, .english])
  func indicators(language: ReportLanguage) throws {
    let written = try WrittenCard.write("L1", language: language)
    let card = written.card
    let heading = try #require(WrittenCard.row(of: written.labels.indicatorsHeading, in: card))
    let first = heading + 2
    #expect(card.cell(row: heading + 1, column: 1)?.value == .string(written.labels.indicator))
    #expect(written.score.indicators.count == 20)
    for (offset, indicator) in written.score.indicators.enumerated() {
      let row = first + offset
      let display = LibraryCard.ValueDisplay.of(indicator.key, months: 1)
      #expect(card.cell(row: row, column: 0)?.value == .number(Double(offset + 1)))
      let label = written.context.text(indicator.indicator.label)
      #expect(card.cell(row: row, column: 1)?.value == .string(label))
      let value = try #require(indicator.measurement.value)
      #expect(card.cell(row: row, column: 2)?.value == .number(value / display.divisor))
      #expect(card.cell(row: row, column: 3)?.value == .number(Double(indicator.points)))
      #expect(card.cell(row: row, column: 3)?.numberFormat == "0\" / 4\"")
      let target = indicator.nextPoint.map { XLSXValue.number($0.target / display.divisor) }
      #expect((card.cell(row: row, column: 4)?.value ?? .empty) == (target ?? .empty))
    }
    func format(_ key: IndicatorKey) -> String? {
      let offset = written.score.indicators.firstIndex { $0.key == key } ?? 0
      return card.cell(row: first + offset, column: 2)?.numberFormat
    }
    #expect(format(.titles) == "#,##0")
    #expect(format(.copiesPerCapita) == "0.000")
    // Issue 11.9: areas in m², days and activities of one month as whole numbers.
    #expect(format(.floorArea) == "#,##0\" m²\"")
    #expect(format(.openDays) == "#,##0")
    #expect(format(.activities) == "#,##0")
    #expect(format(.visitorsPerDay) == "#,##0.00")
    #expect(format(.collectionSpendShare) == "0.0%")
    #expect(format(.costPerVisit) == "\"Rp \"#,##0")
    // Budget absorption at 105 % has to come down to 104.9999 %: four decimals tell them apart.
    #expect(format(.budgetAbsorption) == "0.0000%")
    #expect(card.cell(row: first + 20, column: 0)?.value == .string(written.labels.footnote))
  }

  @Test("issue 11: the next steps come from the 12-month values, with the values from and to")
  func recommendations() throws {
    let written = try WrittenCard.write("L2", language: .english)
    let card = written.card
    let labels = written.labels
    let context = written.context
    let months = try #require(context.twelveMonthPeriod)
    let heading = try #require(
      WrittenCard.row(
        of: context.labels.cardStaff.recommendationsOn(
          labels.recommendationsHeading, context.labels.detail.periodLabel(months)),
        in: card))
    let steps = try #require(context.twelveMonthScores["L2"]).recommendations
    #expect(steps.count == 3)
    // L2: turnover 0.2267 -> 0.25, floor area 48 -> 56, collection spending 25 % -> 30 %.
    #expect(steps.map(\.key) == [.turnover, .floorArea, .collectionSpendShare])
    for (offset, step) in steps.enumerated() {
      let row = heading + 2 + offset
      let label = try #require(written.context.rubric.indicator(step.key)).label.english
      let divisor = LibraryCard.ValueDisplay.of(step.key, months: 1).divisor
      #expect(card.cell(row: row, column: 1)?.value == .string("Raise: \(label)"))
      #expect(card.cell(row: row, column: 2)?.value == .number(step.value / divisor))
      #expect(card.cell(row: row, column: 3)?.value == .number(step.nextPoint.target / divisor))
      #expect(card.cell(row: row, column: 4)?.value == .number(step.nextPoint.gap / divisor))
      #expect(card.cell(row: row, column: 5)?.value == .number(1))
      #expect(card.cell(row: row, column: 6)?.value == .number(1.25))
    }
    #expect(card.cell(row: heading + 2, column: 2)?.value == .number(0.2267))
    #expect(card.cell(row: heading + 3, column: 3)?.value == .number(56))
    #expect(card.cell(row: heading + 4, column: 3)?.numberFormat == "0.0%")
  }

  @Test(
    "the charts draw the data sheet's plain numbers: area scores, visitors and loans",
    arguments: [ReportLanguage.indonesian, .english])
  func charts(language: ReportLanguage) throws {
    let written = try WrittenCard.write("L1", language: language)
    let labels = written.labels
    let dataName = written.context.labels.cardDataSheet
    let placement = written.placement
    let charts = written.card.charts
    try #require(charts.count == 3)

    let areas = try #require(placement.areas)
    #expect(charts[0].kind == "bar" && charts[0].barDirection == "bar")
    #expect(charts[0].grouping == "clustered")
    #expect(charts[0].title == labels.areaChartTitle)
    #expect(
      charts[0].series.map(\.name) == [
        labels.thisLibrary, labels.districtMean, labels.regencyMean,
      ])
    let areaColumns = (1...3).compactMap { areas.dataColumn($0) }
    #expect(charts[0].series.map(\.values) == areaColumns.map { $0.qualified(bySheet: dataName) })
    let categories = try #require(areas.dataColumn(0))
    #expect(charts[0].series[0].categories == categories.qualified(bySheet: dataName))
    // District Ngawi reports L1, L2 and L3; the regency adds L4, L5 and L6.
    let district = written.context.reporting
    let regency = ReportFixture.context(language: language).reporting
    #expect(district.count == 3 && regency.count == 6)
    for (row, area) in written.context.rubric.areas.enumerated() {
      func mean(_ scores: [LibraryScore]) -> Double {
        scores.reduce(0) { $0 + ($1.areaScore(area)?.score ?? 0) } / Double(scores.count)
      }
      let expected = [written.score.areaScore(area)?.score ?? .nan, mean(district), mean(regency)]
      for (column, value) in expected.enumerated() {
        let cell = written.data.cell(
          row: areas.firstDataRow.map { $0 + row } ?? 0, column: areas.firstColumn + 1 + column)
        guard case .number(let number) = cell?.value else {
          Issue.record("area \(area) column \(column) is not a number")
          continue
        }
        #expect(abs(number - value) < 1e-9)
        #expect(cell?.formula == nil)
        #expect(cell?.numberFormat == "0.00")
      }
    }

    let months = placement.months
    let statistics = try #require(written.context.libraryStatistics[written.score.library.id])
    for (index, chart, title, values) in [
      (1, charts[1], labels.visitorsChartTitle, statistics.series.months.map(\.visitors)),
      (2, charts[2], labels.loansChartTitle, statistics.series.months.map(\.loans)),
    ] {
      #expect(chart.kind == "bar" && chart.barDirection == "col")
      #expect(chart.title == title)
      let range = try #require(months.dataColumn(index))
      #expect(chart.series.first?.values == range.qualified(bySheet: dataName))
      #expect(chart.series.first?.categories == months.dataColumn(3)?.qualified(bySheet: dataName))
      #expect(WrittenCard.values(range, in: written.data) == values.map { .number(Double($0)) })
      #expect(chart.axisTitles.count == 2)
    }
    let dates = try #require(months.dataColumn(0))
    let firstMonth = written.data.cell(dates.first)
    #expect(firstMonth?.numberFormat == "yyyy-mm")
    // 2025-11-01 is serial 45962.
    #expect(firstMonth?.value == .number(45962))
    #expect(written.data.cell(try #require(months.dataColumn(1)).first)?.numberFormat == "#,##0")
  }

  @Test("the card prints on one landscape A4 page without grid lines") func printSetup() throws {
    for id in ["L1", "L7"] {
      let written = try WrittenCard.write(id)
      let setup = written.card.printSetup
      #expect(setup.orientation == "landscape")
      #expect(setup.paperSize == 9)
      #expect(setup.fitsToPage && setup.fitToWidth == 1 && setup.fitToHeight == 1)
      #expect(!setup.printsGridLines && !written.card.showGridLines)
      #expect(setup.header?.contains("Kecamatan Paron") == (id == "L7"))
      #expect(written.data.printSetup.orientation == "landscape")
    }
  }
}
