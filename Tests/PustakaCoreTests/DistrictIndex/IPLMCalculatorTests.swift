import Testing

@testable import PustakaCore

@Suite struct IPLMCalculatorTests {
  @Test("the published 2023 Aceh Barat row gives 62.9696") func acehBarat() {
    let normalised = [0.271669, 0.411685, 0.529927, 0.258802, 0.935792, 1, 1]
    // (0.271669 + 0.411685 + 0.529927 + 0.258802 + 0.935792 + 1 + 1) / 7 x 100
    // = 4.407875 / 7 x 100 = 62.969642...
    let index = IPLMCalculator.index(normalised: normalised)
    #expect(DecimalRounding.scoringValue(index) == 62.9696)
    #expect(IPLMCategory(index: index) == .medium)
  }

  @Test(
    "categories use the unrounded index",
    arguments: [
      (29.99999, IPLMCategory.veryLow), (30, .low), (49.9, .low), (50, .medium),
      (79.99, .medium), (80, .high), (89.99, .high), (90, .veryHigh), (100, .veryHigh),
    ])
  func categories(index: Double, category: IPLMCategory) {
    #expect(IPLMCategory(index: index) == category)
  }

  @Test("normalisation: min-max, equal values 1 when above 0, missing as 0") func normalise() {
    #expect(IPLMCalculator.normalise([2, 4, 6]) == [0, 0.5, 1])
    #expect(IPLMCalculator.normalise([3, 3]) == [1, 1])
    #expect(IPLMCalculator.normalise([0, 0]) == [0, 0])
    #expect(IPLMCalculator.normalise([nil, 2, 4]) == [0, 0.5, 1])
  }

  /// Three districts of Ngawi in October 2026, computed by hand.
  ///
  /// Ngawi: L1 (Watualang, 4,000 people, accredited B) and L2 (Ngawi, 6,000): population
  /// 10,000. Paron: L3 and L4 in the same village Paron (5,000 once; L4 says 5,200, a
  /// warning); L4 does not report. Kedunggalar: L5 (8,000, accredited A) reports closed days
  /// only.
  static var threeDistricts: ScoringFixture {
    var fixture = ScoringFixture()
    fixture.library("L1", village: "Watualang", population: 4000, accreditation: .b)
    fixture.library("L2", village: "Ngawi", population: 6000)
    fixture.library("L3", village: "Paron", district: "Paron", population: 5000)
    fixture.library("L4", village: " PARON", district: "paron", population: 5200)
    fixture.library(
      "L5", village: "Tempuran", district: "Kedunggalar", population: 8000, accreditation: .a)
    let stock: [(LibraryID, Int, Int?, Int?)] = [
      ("L1", 1000, 2, 200), ("L2", 500, 1, 100), ("L3", 1000, 1, 250), ("L4", 500, 0, 0),
      ("L5", 800, 4, 80),
    ]
    for (id, titles, trained, members) in stock {
      fixture.stock(id, "2026-10", titles: titles, copies: titles)
      fixture.operations(id, "2026-10", trained: trained, members: members)
    }
    fixture.attendance("L1", "2026-10", openDays: 20, visitors: 400)
    fixture.attendance("L2", "2026-10", openDays: 10, visitors: 100)
    fixture.attendance("L3", "2026-10", openDays: 25, visitors: 500)
    fixture.attendance("L5", "2026-10", openDays: 0, visitors: 0, closedDays: 2)
    fixture.event("L1", "2026-10", participants: 50)
    fixture.event("L3", "2026-10", participants: 25)
    fixture.event("L4", "2026-10", participants: 25)
    return fixture
  }

  @Test("three districts end to end") func threeDistrictsByHand() throws {
    let data = Self.threeDistricts.dataSet
    let index = DataSetIndex(data)
    let places = PlaceDirectory(data.libraries)
    let report = IPLMCalculator.report(
      index: index, places: places, period: try Period(parsing: "2026-10"))
    #expect(report.regencies.isEmpty)
    #expect(report.districts.map { $0.district ?? "" } == ["Ngawi", "Paron", "Kedunggalar"])
    #expect(report.districts.map(\.population) == [10_000, 5_000, 8_000])
    #expect(report.districts.map(\.libraries) == [2, 2, 1])
    #expect(report.districts.map(\.reporting) == [2, 1, 1])
    // Paron's second library gives 5200: the first row's 5000 is used, counted once.
    // Ngawi: 2 / 10000 x 10000 = 2; 1500 / 10000 = 0.15; 3 / 10000 x 10000 = 3;
    // (400 / 20 + 100 / 10) / 10000 x 1000 = 3; 1 / 2 = 0.5; 50 / 10000 x 1000 = 5;
    // 300 / 10000 x 100 = 3.
    // Paron: 2 / 5000 x 10000 = 4; 1500 / 5000 = 0.3; 1 / 5000 x 10000 = 2;
    // 500 / 25 / 5000 x 1000 = 4 (L4 does not report); 0; (25 + 25) / 5000 x 1000 = 10;
    // 250 / 5000 x 100 = 5.
    // Kedunggalar: 1 / 8000 x 10000 = 1.25; 800 / 8000 = 0.1; 4 / 8000 x 10000 = 5;
    // 0 open days adds 0; 1; 0; 80 / 8000 x 100 = 1.
    let raw: [[Double]] = [
      [2, 0.15, 3, 3, 0.5, 5, 3], [4, 0.3, 2, 4, 0, 10, 5], [1.25, 0.1, 5, 0, 1, 0, 1],
    ]
    for (entry, expected) in zip(report.districts, raw) {
      let rounded = entry.raw.map { DecimalRounding.scoringValue($0 ?? -1) }
      #expect(rounded == expected)
    }
    // Normalised: UPLM1 (2 - 1.25) / (4 - 1.25) = 3/11, 1, 0; UPLM2 0.05 / 0.2 = 0.25, 1, 0;
    // UPLM3 1/3, 0, 1; UPLM4 0.75, 1, 0; UPLM5 0.5, 0, 1; UPLM6 0.5, 1, 0; UPLM7 0.5, 1, 0.
    let ngawi = report.districts[0]
    #expect(
      ngawi.normalised.map { DecimalRounding.scoringValue($0) } == [
        0.2727, 0.25, 0.3333, 0.75, 0.5, 0.5, 0.5,
      ])
    // Ngawi: (3/11 + 0.25 + 1/3 + 0.75 + 0.5 + 0.5 + 0.5) / 7 x 100 = 44.3723 (rendah);
    // Paron: 5 / 7 x 100 = 71.4286 (sedang); Kedunggalar: 2 / 7 x 100 = 28.5714 (sangat
    // rendah).
    #expect(
      report.districts.map { DecimalRounding.scoringValue($0.index) } == [
        44.3723, 71.4286, 28.5714,
      ])
    #expect(report.districts.map(\.category) == [.low, .medium, .veryLow])
  }

  @Test("a regency index exists only when the data holds several regencies") func regencies() throws
  {
    var fixture = Self.threeDistricts
    fixture.library("M1", village: "Kare", district: "Kare", regency: "Madiun", population: 2000)
    fixture.attendance("M1", "2026-10", openDays: 5, visitors: 50)
    let data = fixture.dataSet
    let report = IPLMCalculator.report(
      index: DataSetIndex(data), places: PlaceDirectory(data.libraries),
      period: try Period(parsing: "2026-10"))
    #expect(report.regencies.map(\.regency) == ["Ngawi", "Madiun"])
    // Madiun's only district is alone in its regency: each element 1 where above 0.
    let kare = try #require(report.districts.last)
    #expect(kare.normalised == [1, 0, 0, 1, 0, 0, 0])
    // Ngawi: 5 libraries / 23,000 x 10,000 = 2.1739; Madiun 1 / 2,000 x 10,000 = 5.
    let ngawi = report.regencies[0]
    #expect(DecimalRounding.scoringValue(ngawi.raw[0] ?? 0) == 2.1739)
    #expect(ngawi.population == 23_000)
    // Ngawi has more of everything but UPLM1 and UPLM4 ((20 + 10 + 20) / 23,000 x 1000 = 2.1739
    // against
    // 10 / 2000 x 1000 = 5).
    #expect(ngawi.normalised == [0, 1, 1, 0, 1, 1, 1])
    #expect(report.regencies[1].normalised == [1, 0, 0, 1, 0, 0, 0])
  }
}
