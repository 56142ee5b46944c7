import PustakaCore
import Testing

@testable import PustakaIngest

@Suite struct RubricYAMLDecoderTests {
  /// A small valid rubric; line numbers of the cases below count from its first line.
  static let valid = """
    version: 1
    name: Uji
    scale: 4
    grades: [{min: 80, grade: A}, {min: 60, grade: B}, {min: 40, grade: C}, {min: 0, grade: D}]
    indicators:
      - key: titles
        area: development
        label: {id: Jumlah judul koleksi, en: Collection titles}
        kind: higher
        thresholds: [250, 500, 750, 1000]
        weight: 3
      - key: floor_area
        area: development
        kind: higher
        thresholds: [20, 36, 48, 56]
      - key: budget_absorption
        area: resources
        kind: target
        bands: [[95, 105, 4], [85, 95, 3], [105, 115, 3], [70, 85, 2], [115, .inf, 1], [50, 70, 1]]

    """

  @Test("the built-in rubric prints as YAML and reads back unchanged") func roundTrip() throws {
    let text = RubricYAMLEncoder.encode(.builtIn)
    #expect(try RubricYAMLDecoder.decode(text, file: "default.yaml") == .builtIn)
    #expect(text.contains("    thresholds: [0.1, 0.2, 0.35, 0.5]\n"))
    #expect(
      text.contains(
        "    bands: [[95, 105, 4], [85, 95, 3], [105, 115, 3], [70, 85, 2], [115, .inf, 1],"
          + " [50, 70, 1]]\n"))
    #expect(
      text.contains(
        "    label: {id: Pengadaan per 1.000 penduduk per bulan, en: \"Acquisitions per 1,000"
          + " people a month\"}\n"))
  }

  @Test("a valid rubric reads with its weights, labels and defaults") func validRubric() throws {
    let rubric = try RubricYAMLDecoder.decode(Self.valid, file: "rubric.yaml")
    #expect(rubric.name == "Uji")
    #expect(rubric.indicators.map(\.key) == [.titles, .floorArea, .budgetAbsorption])
    #expect(rubric.indicators.map(\.weight) == [3, 1, 1])
    #expect(rubric.indicators[1].label == IndicatorKey.floorArea.defaultLabel)
    #expect(rubric.indicators[2].rule == IndicatorKey.budgetAbsorption.defaultRule)
    #expect(rubric.grades == Rubric.builtInGrades)
    #expect(rubric.problems.isEmpty)
  }

  @Test("weights change the KPI as the formula says") func weights() throws {
    let rubric = try RubricYAMLDecoder.decode(Self.valid, file: "rubric.yaml")
    guard let october = CalendarDate(year: 2026, month: 10, day: 1),
      let month = Month(year: 2026, month: 10)
    else { return }
    let data = DataSet(
      libraries: [VillageLibrary(id: "L1", name: "Satu", floorAreaSquareMetres: 20)],
      budget: [
        BudgetEntry(
          libraryID: "L1", month: month, category: .collection, allocated: Rupiah(1_000_000),
          spent: Rupiah(900_000))
      ],
      collection: [
        CollectionStock(libraryID: "L1", month: month, category: .fiction, titles: 812, copies: 900)
      ],
      attendance: [AttendanceDay(libraryID: "L1", date: october, visitors: 5)])
    let period = Period.month(month)
    let weighted = try #require(
      KPIScorer(dataSet: data, rubric: rubric).scoreboard(for: period).libraries.first)
    // titles 812 -> 3 points x 3, floor 20 -> 1 point x 1, absorption 90 -> 3 points x 1:
    // (9 + 1 + 3) x 100 / (4 x 5) = 65.
    #expect(weighted.kpi == 65)
    // Development: (9 + 1) x 100 / (4 x 4) = 62.5; resources 3 x 100 / 4 = 75.
    #expect(weighted.areas.map(\.score) == [62.5, 75])
    var unweighted = rubric
    unweighted.indicators[0].weight = 1
    let plain = try #require(
      KPIScorer(dataSet: data, rubric: unweighted).scoreboard(for: period).libraries.first)
    // (3 + 1 + 3) x 100 / (4 x 3) = 58.3333...
    #expect(plain.kpi == 700.0 / 12)
  }

  /// Replaces the first occurrence of `old` in the valid rubric by `new`.
  static func edited(_ old: String, _ new: String) -> String {
    guard let range = valid.range(of: old) else { return "missing \(old)" }
    return valid.replacingCharacters(in: range, with: new)
  }

  static let malformed: [(String, String)] = [
    (
      edited("scale: 4", "scale: 4\nscales: 5"),
      "rubric.yaml:4: unknown key 'scales' in the rubric; expected version, name, scale, grades"
        + " or indicators"
    ),
    (
      edited("key: floor_area", "key: floor_space"),
      "rubric.yaml:12: unknown indicator 'floor_space'; expected one of "
        + IndicatorKey.allCases.map(\.key).joined(separator: ", ")
    ),
    (
      edited("area: resources", "area: money"),
      "rubric.yaml:17: unknown area 'money' of 'budget_absorption'; expected development,"
        + " service, resources or community"
    ),
    (
      edited("    weight: 3", "    weight: 3\n    colour: red"),
      "rubric.yaml:12: unknown key 'colour' in an indicator; expected key, area, label, kind,"
        + " thresholds, bands or weight"
    ),
    (
      edited("[250, 500, 750, 1000]", "[250, 500, 1000, 750]"),
      "rubric.yaml:10: thresholds of 'titles' must not decrease (750 after 1000)"
    ),
    (
      edited("kind: higher\n    thresholds: [20", "kind: lower\n    thresholds: [20"),
      "rubric.yaml:15: thresholds of 'floor_area' must not increase (36 after 20)"
    ),
    (
      edited("[250, 500, 750, 1000]", "[250, 500, 750]"),
      "rubric.yaml:10: 'titles' has 3 thresholds; a scale of 4 needs 4, one per point"
    ),
    (
      edited("[[95, 105, 4], [85, 95, 3]", "[[95, 105], [85, 95, 3]"),
      "rubric.yaml:19: band [95, 105] of 'budget_absorption' has no points"
    ),
    (
      edited("[[95, 105, 4]", "[[95, 105, 5]"),
      "rubric.yaml:19: band [95, 105, 5] of 'budget_absorption' gives 5 points, above the"
        + " scale of 4"
    ),
    (edited("weight: 3", "weight: 0"), "rubric.yaml:11: weight of 'titles' must be positive (0)"),
    (
      edited("weight: 3", "weight: -2"),
      "rubric.yaml:11: weight of 'titles' must be positive (-2)"
    ),
    (
      edited("weight: 3", "weight: 1e300"),
      "rubric.yaml:11: weight of 'titles' must be at most 1000 (1e+300)"
    ),
    (
      edited("kind: target", "kind: middle"),
      "rubric.yaml:18: unknown kind 'middle' of 'budget_absorption'; expected higher, lower or"
        + " target"
    ),
    (
      edited("  - key: floor_area", "  - key: titles"),
      "rubric.yaml:12: indicator 'titles' is listed twice"
    ),
    (
      edited("{min: 60, grade: B}", "{min: 90, grade: B}"),
      "rubric.yaml:4: grades must be listed from the highest minimum down (90 after 80)"
    ),
    (edited("version: 1", "version: 2"), "rubric.yaml:1: version must be 1 (found 2)"),
    (
      edited("thresholds: [20, 36, 48, 56]", "thresholds: [20, 36, many, 56]"),
      "rubric.yaml:15: a threshold of 'floor_area' must be a number (found 'many')"
    ),
    (
      edited("    area: development\n    label", "   area: development\n    label"),
      "rubric.yaml:7: malformed YAML: did not find expected '-' indicator"
    ),
    (
      edited("label: {id: Jumlah", "label: {id: [Jumlah"),
      "rubric.yaml:8: malformed YAML: did not find expected ',' or ']'"
    ),
    ("", "rubric.yaml: the rubric file is empty"),
  ]

  @Test("malformed rubrics are refused with the line and the reason", arguments: malformed)
  func refused(text: String, message: String) {
    #expect {
      _ = try RubricYAMLDecoder.decode(text, file: "rubric.yaml")
    } throws: { error in
      let description = (error as? RubricFileError)?.description ?? ""
      return description == message
    }
  }
}
