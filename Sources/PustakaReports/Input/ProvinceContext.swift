import PustakaCore

/// What the province summary's sheet builders work from: the input narrowed to one province,
/// with its regencies' standing and its award list computed once.
package struct ProvinceContext: Sendable {
  /// The run's input.
  package let input: ReportInput
  /// The province's position in `input.report.places.provinces`.
  package let provinceIndex: Int
  /// Language, office and creation time.
  package let options: ReportOptions
  /// The fixed texts in the workbook's language.
  package let labels: ReportLabels
  /// The province's regencies ranked by mean KPI and by IPLM, and its totals.
  package let standing: ProvinceStanding
  /// The best libraries across the province, on the run's award basis.
  package let awardList: AwardList

  /// Narrows `input` to province `provinceIndex`.
  ///
  /// - Precondition: the data holds more than one regency, and `input.report` was computed
  ///   looking back (the award list's 12 months).
  package init(input: ReportInput, province provinceIndex: Int, options: ReportOptions) {
    self.input = input
    self.provinceIndex = provinceIndex
    self.options = options
    labels = .of(options.language)
    standing = ProvinceStanding(input.report, province: provinceIndex)
    awardList = AwardList(input.report, basis: options.awardBasis, province: provinceIndex)
  }

  /// The reported period.
  package var period: Period { input.report.period }

  /// The province's figures in the previous period, when the data has it.
  package var previousTotals: UsageStatistics.Group? {
    guard let previous = input.previous?.statistics.provinces,
      previous.indices.contains(provinceIndex)
    else { return nil }
    return previous[provinceIndex]
  }

  /// "Provinsi Jawa Timur", or the title of the regencies whose rows name no province.
  package var placeTitle: String { labels.provinceTitle(standing.name) }

  /// The subtitle under every sheet title: province and period.
  package var subtitle: String {
    "\(placeTitle) · \(labels.periodPrefix) \(labels.periodInWords(period))"
  }

  /// The regency and district of `library`, as the place directory spells them (the
  /// library's own spelling for one missing from the directory, which no scored library is).
  package func place(of library: VillageLibrary) -> (regency: String, district: String) {
    let places = input.report.places
    guard let position = places.libraryPositionByID[library.id] else {
      return (library.regency, library.district)
    }
    let regency = places.regencies[places.regencyOfLibrary[position]]
    return (regency.name, regency.districts[places.districtOfLibrary[position]].name)
  }

  /// Adds the shared print setup to `sheet`, repeating rows up to `repeatThrough`.
  package func applyPrintSetup(to sheet: inout ReportSheet, repeatThrough: Int?) {
    sheet.applyPrintSetup(
      headerText: subtitle, pageLabel: labels.page, ofLabel: labels.pageOf,
      repeatThrough: repeatThrough)
  }
}
