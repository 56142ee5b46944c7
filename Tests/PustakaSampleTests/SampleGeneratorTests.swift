import PustakaCore
import Testing

@testable import PustakaSample

@Suite struct SampleGeneratorTests {
  private let data = SampleFixtures.ngawi

  // MARK: - Shape

  @Test("the default sample is Ngawi: 19 districts, 217 libraries, one a village") func shape() {
    #expect(data.libraries.count == 217)
    #expect(Set(data.libraries.map(\.district)).count == 19)
    #expect(Set(data.libraries.map(\.id)).count == 217)
    #expect(Set(data.libraries.map { "\($0.district)/\($0.village)" }).count == 217)
    #expect(Set(data.libraries.map(\.regency)) == ["Ngawi"])
    #expect(Set(data.libraries.compactMap(\.province)) == ["Jawa Timur"])
    #expect(data.libraries.filter { $0.villageType == .kelurahan }.count == 4)
  }

  @Test("every district has its real number of villages and census population") func districts() {
    for district in NgawiStructure.districts {
      let libraries = data.libraries.filter { $0.district == district.name }
      #expect(libraries.count == district.villages, "\(district.name)")
      let people = libraries.map(\.population).reduce(0, +)
      #expect(people == NgawiStructure.population(of: district), "\(district.name)")
    }
    #expect(data.libraries.map(\.population).reduce(0, +) == 870_057)
  }

  @Test("Kecamatan Ngawi has its named villages and libraries") func namedLibraries() throws {
    let ngawi = data.libraries.filter { $0.district == "Ngawi" }
    #expect(
      Set(ngawi.map(\.village))
        == Set(NgawiStructure.namedDesa + NgawiStructure.namedKelurahan))
    let cemerlang = try #require(ngawi.first { $0.name == "Perpustakaan Cemerlang" })
    #expect(cemerlang.village == "Watualang")
    let cerpin = try #require(ngawi.first { $0.name == "Perpustakaan Cerpin" })
    #expect(cerpin.village == "Ngawi")
    let margomulyo = try #require(ngawi.first { $0.village == "Margomulyo" })
    #expect(margomulyo.villageType == .kelurahan)
  }

  @Test("the data covers the 24 months from 2024-11 to 2026-10") func months() {
    let budgetMonths = Set(data.budget.map(\.month))
    let attendanceMonths = Set(data.attendance.map(\.date.calendarMonth))
    let expected = Set((0..<24).map { SampleOptions.defaultEnd.advanced(by: $0 - 23) })
    #expect(budgetMonths == expected)
    #expect(attendanceMonths == expected)
    #expect(Set(data.operations.map(\.month)) == expected)
    #expect(expected.min()?.description == "2024-11")
  }

  @Test("several regencies share the libraries, Ngawi first") func regencies() {
    let options = SampleOptions(libraries: 500, regencies: 3, months: 2)
    let libraries = SampleGenerator(options: options).libraries
    #expect(libraries.count == 500)
    #expect(Set(libraries.map(\.id)).count == 500)
    #expect(libraries.first?.regency == "Ngawi")
    #expect(libraries.filter { $0.regency == "Ngawi" }.count == 167)
    #expect(Set(libraries.map(\.regency)) == ["Ngawi", "Madiun", "Magetan"])
    let villages = Set(libraries.map { "\($0.regency)/\($0.district)/\($0.village)" })
    #expect(villages.count == 500)
  }

  // MARK: - Determinism

  @Test("the same options give identical files, in both dialects") func sameSeed() {
    let again = SampleGenerator(options: SampleOptions()).dataSet()
    for dialect in SampleCSVDialect.allCases {
      let renderer = SampleCSVRenderer(dialect: dialect)
      #expect(renderer.render(data) == renderer.render(again))
    }
  }

  @Test("another seed gives other data in every table") func otherSeed() {
    let other = SampleGenerator(options: SampleOptions(seed: 7)).dataSet()
    let renderer = SampleCSVRenderer(dialect: .comma)
    let first = renderer.render(data)
    let second = renderer.render(other)
    for table in TableName.allCases {
      #expect(first[table] != second[table], "\(table)")
    }
  }

  @Test("a library's rows do not depend on the order of generation") func orderIndependent() {
    let generator = SampleGenerator(options: SampleOptions())
    let alone = generator.sample(at: 150)
    let id = alone.library.id
    #expect(alone.library == data.libraries[150])
    #expect(alone.attendance == data.attendance.filter { $0.libraryID == id })
    #expect(alone.budget == data.budget.filter { $0.libraryID == id })
    #expect(alone.activities == data.activities.filter { $0.libraryID == id })
  }

  // MARK: - Contract rules

  @Test("every row obeys the data contract's rules") func contractRules() {
    let populations = Dictionary(
      uniqueKeysWithValues: data.libraries.map { ($0.id, $0.population) })
    #expect(data.libraries.allSatisfy { $0.population > 0 })
    #expect(
      data.attendance.allSatisfy { day in
        let limit = (populations[day.libraryID] ?? 0) / 5
        return day.visitors <= limit && (day.childVisitors ?? 0) <= day.visitors
          && day.loans >= 0 && day.newMembers >= 0
      })
    #expect(data.collection.allSatisfy { $0.copies >= $0.titles && $0.titles >= 0 })
    #expect(data.budget.allSatisfy { $0.allocated.amount >= 0 && $0.spent.amount >= 0 })
    #expect(data.activities.allSatisfy { $0.participants > 0 && $0.hours > 0 })
    let attendanceKeys = data.attendance.map { "\($0.libraryID) \($0.date)" }
    #expect(Set(attendanceKeys).count == attendanceKeys.count)
    let budgetKeys = data.budget.map { "\($0.libraryID) \($0.month) \($0.category) \($0.source)" }
    #expect(Set(budgetKeys).count == budgetKeys.count)
    let stockKeys = data.collection.map { "\($0.libraryID) \($0.month) \($0.category)" }
    #expect(Set(stockKeys).count == stockKeys.count)
    let operationKeys = data.operations.map { "\($0.libraryID) \($0.month)" }
    #expect(Set(operationKeys).count == operationKeys.count)
  }

  // MARK: - Realism

  @Test("the estimated KPIs of the last twelve months span all four grades") func grades() {
    let estimate = RubricEstimate(data: data, months: SampleFixtures.lastYear)
    let grades = Dictionary(grouping: estimate.kpi.values, by: RubricEstimate.grade)
    for grade in ["A", "B", "C", "D"] {
      #expect((grades[grade]?.count ?? 0) >= 10, "grade \(grade)")
    }
  }

  @Test("the grades also span A to D in the last month alone") func monthlyGrades() {
    let estimate = RubricEstimate(data: data, months: [SampleOptions.defaultEnd])
    let grades = Set(estimate.kpi.values.map(RubricEstimate.grade))
    #expect(grades == ["A", "B", "C", "D"])
  }

  @Test("a few libraries do not report in a month, never many") func silentMonths() {
    for month in Set(data.budget.map(\.month)) {
      let reporting = Set(
        data.attendance.filter { $0.date.calendarMonth == month }.map(\.libraryID))
      #expect((200...216).contains(reporting.count), "\(month): \(reporting.count) reporting")
    }
  }

  @Test("some snapshots have gaps while the library still reports") func snapshotGaps() {
    let reported = Set(data.attendance.map { "\($0.libraryID) \($0.date.calendarMonth)" })
    let snapshots = Set(data.operations.map { "\($0.libraryID) \($0.month)" })
    #expect(reported.subtracting(snapshots).count >= 5)
  }

  @Test("the fasting month has fewer visitors a day than the month before") func ramadan() throws {
    func perDay(_ month: String) -> Double {
      let days = data.attendance.filter { $0.date.calendarMonth.description == month }
      return Double(days.map(\.visitors).reduce(0, +)) / Double(max(1, days.count))
    }
    #expect(perDay("2025-03") < 0.85 * perDay("2025-01"))
  }

  @Test("libraries differ: opening days, budgets and accreditation vary") func variety() {
    let openDays = Dictionary(grouping: data.attendance, by: \.libraryID).mapValues(\.count)
    #expect((openDays.values.min() ?? 0) < 250)
    #expect((openDays.values.max() ?? 0) > 550)
    let accredited = data.libraries.filter { $0.accreditation != nil }
    #expect((10...60).contains(accredited.count))
    #expect(Set(data.activities.map(\.type)) == Set(ActivityType.allCases))
    #expect(Set(data.budget.map(\.source)).isSuperset(of: [.danaDesa, .apbd, .csr, .community]))
    #expect(Set(data.activities.compactMap(\.partner)).count > 100)
  }
}
