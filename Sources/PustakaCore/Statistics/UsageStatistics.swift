/// Resource-usage statistics of a period for every library, district and regency, with KPI
/// summaries and 12-month series.
package struct UsageStatistics: Hashable, Sendable {
  /// One library's, district's or regency's statistics.
  package struct Group: Hashable, Sendable {
    /// The regency, as first spelt; empty for a province.
    package var regency: String
    /// The district, as first spelt; `nil` for a regency.
    package var district: String?
    /// The library; `nil` for a district or regency.
    package var library: VillageLibrary?
    /// The group's sums and ratios for the period.
    package var figures: UsageFigures
    /// The KPIs of its reporting libraries.
    package var kpi: KPISummary
    /// Its last 12 months, and the 12 before.
    package var series: MonthlySeries
    /// The mean KPI of its reporting libraries in each of the 12 months of `series.months`;
    /// empty for a library, and where the monthly ranks were not computed.
    package var monthlyKPI: [KPISummary]
  }

  /// The period.
  package var period: Period
  /// Every library, in data set order.
  package var libraries: [Group]
  /// Every district, per regency in order of first appearance.
  package var districts: [Group]
  /// Every regency, in order of first appearance.
  package var regencies: [Group]
  /// Every province, in the order of `PlaceDirectory.provinces`, when the data holds more
  /// than one regency (the province summary's figures); empty otherwise.
  package var provinces: [Group]

  /// Computes the statistics of `period` from `scorer`'s data and `scoreboard` (its scores
  /// for `period`).
  ///
  /// With `monthlyRanks` (every library scored in each of the 12 months ending with the
  /// period's last month), districts and regencies get their mean-KPI trend.
  package init(scorer: KPIScorer, scoreboard: Scoreboard, monthlyRanks: MonthlyRanks? = nil) {
    let index = scorer.index
    let places = scorer.places
    let period = scoreboard.period
    self.period = period
    // Each library's figures and series read its own months only, and each district's and
    // regency's read their libraries', so they are computed on every core (`ParallelMap`).
    let figures = ParallelMap.map(index.dataSet.libraries.count) {
      index.periodFigures($0, period)
    }
    var scoreByID: [LibraryID: LibraryScore] = [:]
    scoreByID.reserveCapacity(scoreboard.libraries.count)
    for score in scoreboard.libraries where scoreByID[score.library.id] == nil {
      scoreByID[score.library.id] = score
    }
    let scores = index.dataSet.libraries.map { scoreByID[$0.id] }
    @Sendable func group(
      regency: String, district: String?, library: VillageLibrary?, positions: [Int],
      population: Int, withMonthlyKPI: Bool = true
    ) -> Group {
      Group(
        regency: regency, district: district, library: library,
        figures: UsageFigures(
          period: period, figures: positions.map { figures[$0] }, population: population),
        kpi: KPISummary(positions.compactMap { scores[$0] }),
        series: MonthlySeries(index: index, positions: positions, endingWith: period),
        monthlyKPI: withMonthlyKPI ? monthlyRanks?.summaries(of: positions) ?? [] : [])
    }
    let libraries = index.dataSet.libraries
    self.libraries = ParallelMap.map(libraries.count) { position in
      let regency = places.regencies[places.regencyOfLibrary[position]]
      let district = regency.districts[places.districtOfLibrary[position]]
      return group(
        regency: regency.name, district: district.name, library: libraries[position],
        positions: [position], population: libraries[position].population,
        withMonthlyKPI: false)
    }
    let districtPlaces = places.regencies.flatMap { regency in
      regency.districts.map { (regency: regency.name, district: $0) }
    }
    districts = ParallelMap.map(districtPlaces.count) { position in
      let place = districtPlaces[position]
      return group(
        regency: place.regency, district: place.district.name, library: nil,
        positions: place.district.libraryPositions, population: place.district.population)
    }
    regencies = ParallelMap.map(places.regencies.count, minimumPerChunk: 1) { position in
      let regency = places.regencies[position]
      return group(
        regency: regency.name, district: nil, library: nil, positions: regency.libraryPositions,
        population: regency.population)
    }
    guard places.holdsSeveralRegencies else {
      provinces = []
      return
    }
    provinces = places.provinces.map { province in
      let members = province.regencyPositions.map { places.regencies[$0] }
      return group(
        regency: "", district: nil, library: nil, positions: members.flatMap(\.libraryPositions),
        population: members.reduce(0) { $0 + $1.population })
    }
  }
}
