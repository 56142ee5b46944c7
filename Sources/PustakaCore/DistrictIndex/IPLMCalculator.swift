/// Computes the district literacy index the way the national library's IPLM was computed in
/// 2023-2024: seven elements, min-max normalised across the areas, averaged, scaled to 0-100.
package enum IPLMCalculator {
  /// The index of an area from its normalised elements: their mean x 100.
  ///
  /// Aceh Barat 2023: (0.271669 + 0.411685 + 0.529927 + 0.258802 + 0.935792 + 1 + 1) / 7 x 100
  /// = 62.9696.
  package static func index(normalised: [Double]) -> Double {
    guard !normalised.isEmpty else { return 0 }
    return normalised.reduce(0, +) / Double(normalised.count) * 100
  }

  /// Min-max normalisation of one element across areas: `(v - min) / (max - min)`.
  ///
  /// A missing value is a raw 0 and takes part. Where max = min, 1 for a value above 0, else
  /// 0. Example: 2, 4, 6 give 0, 0.5, 1.
  package static func normalise(_ values: [Double?]) -> [Double] {
    let raw = values.map { $0 ?? 0 }
    guard let low = raw.min(), let high = raw.max() else { return [] }
    guard high > low else { return raw.map { $0 > 0 ? 1 : 0 } }
    return raw.map { ($0 - low) / (high - low) }
  }

  /// The seven raw elements of an area made of the libraries at `positions`.
  ///
  /// Non-reporting libraries count in UPLM1, 2, 3, 5, 7 and with their activities in UPLM6;
  /// UPLM4 sums over reporting libraries only.
  package static func elements(
    _ figures: [LibraryPeriodFigures], population: Int, providedTables: Set<TableName>
  ) -> [Double?] {
    let pop = Double(population)
    let months = Double(figures.first?.period.monthCount ?? 1)
    let count = Double(figures.count)
    let titles = figures.compactMap { $0.collectionSnapshot?.stock.titles }
    let trained = figures.compactMap { $0.operationsSnapshot?.trainedStaff }
    let members = figures.compactMap { $0.operationsSnapshot?.registeredMembers }
    var dailyVisits = 0.0
    for library in figures {
      guard let attendance = library.attendance, attendance.openDays > 0 else { continue }
      dailyVisits += Double(attendance.visitors) / Double(attendance.openDays)
    }
    let accredited = figures.filter { $0.library.accreditation != nil }.count
    let participants = figures.reduce(0) { $0 + $1.activities.participants }
    func sum(_ values: [Int], _ table: TableName) -> Double? {
      providedTables.contains(table) && !values.isEmpty ? Double(values.reduce(0, +)) : nil
    }
    guard pop > 0, count > 0 else { return Array(repeating: nil, count: 7) }
    return [
      count / pop * 10_000,
      sum(titles, .collection).map { $0 / pop },
      sum(trained, .operations).map { $0 / pop * 10_000 },
      providedTables.contains(.attendance) ? dailyVisits / pop * 1_000 : nil,
      Double(accredited) / count,
      providedTables.contains(.activities) ? Double(participants) / pop * 1_000 / months : nil,
      sum(members, .operations).map { $0 / pop * 100 },
    ]
  }

  /// The index of every district for `period` (normalised within its regency), and of every
  /// regency when the data holds more than one.
  package static func report(
    index: DataSetIndex, places: PlaceDirectory, period: Period
  ) -> IPLMReport {
    let provided = index.dataSet.providedTables
    let figures = index.dataSet.libraries.indices.map { index.periodFigures($0, period) }
    var districts: [IPLMEntry] = []
    var regencies: [IPLMEntry] = []
    for regency in places.regencies {
      var entries = regency.districts.map { district in
        entry(
          regency: regency.name, district: district.name,
          figures: district.libraryPositions.map { figures[$0] }, population: district.population,
          provided: provided)
      }
      normaliseEntries(&entries)
      districts += entries
      regencies.append(
        entry(
          regency: regency.name, district: nil,
          figures: regency.libraryPositions.map { figures[$0] }, population: regency.population,
          provided: provided))
    }
    if places.holdsSeveralRegencies {
      normaliseEntries(&regencies)
    } else {
      regencies = []
    }
    return IPLMReport(period: period, districts: districts, regencies: regencies)
  }

  private static func entry(
    regency: String, district: String?, figures: [LibraryPeriodFigures], population: Int,
    provided: Set<TableName>
  ) -> IPLMEntry {
    IPLMEntry(
      regency: regency, district: district, libraries: figures.count,
      reporting: figures.filter(\.isReporting).count, population: population,
      raw: elements(figures, population: population, providedTables: provided), normalised: [])
  }

  private static func normaliseEntries(_ entries: inout [IPLMEntry]) {
    let columns = IPLMElement.allCases.indices.map { element in
      normalise(entries.map { $0.raw[element] })
    }
    for position in entries.indices {
      entries[position].normalised = columns.map { $0[position] }
    }
  }
}
