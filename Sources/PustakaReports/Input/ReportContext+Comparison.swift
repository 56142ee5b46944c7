import PustakaCore

extension ReportContext {
  /// The same run narrowed to the whole regency: the comparison figures of a district
  /// workbook (for a regency workbook, an equal context).
  package var regencyContext: ReportContext {
    ReportContext(input: input, scope: scope.regencyScope, options: options)
  }

  /// The statistics of `district` (or of the regency, for `nil`) in the previous period, when
  /// the data has that period.
  package func previousStatistics(district: String?) -> UsageStatistics.Group? {
    guard let previous = input.previous else { return nil }
    let groups = district == nil ? previous.statistics.regencies : previous.statistics.districts
    return groups.first { $0.regency == scope.regencyName && $0.district == district }
  }

  /// The regency's own literacy index, which exists only when the data holds several
  /// regencies.
  package var regencyLiteracyIndex: IPLMEntry? {
    input.report.literacyIndex.regencies.first { $0.regency == scope.regencyName }
  }

  /// A library's rank within the workbook's scope: in the district for a district workbook,
  /// in the regency otherwise.
  package func scopeRank(of score: LibraryScore) -> Int? {
    scope.isDistrict ? score.rankInDistrict : score.rank
  }

  /// A grade as the sheets show it: the letter and its words, such as `A (Sangat Baik)`.
  package func gradeText(_ grade: GradeRule) -> String {
    labels.gradeText(grade)
  }

  /// "Kecamatan Paron" for a district workbook, "Kabupaten Ngawi" for a regency's.
  package var scopeName: String {
    scope.districtName.map { labels.districtTitle($0) } ?? regencyName
  }

  /// "Kabupaten Ngawi".
  package var regencyName: String { labels.regencyTitle(scope.regencyName) }

  /// The regency workbook's file name, `Rekap-Ngawi-2026-10.xlsx`, as `ReportPlan` names it
  /// (without the `-2` a clash of names would add).
  package var regencyWorkbookName: String {
    "Rekap-\(SafeFileName.make(scope.regencyName))-\(period.description).xlsx"
  }
}

extension ReportContext {
  /// The statistics of every district of the regency, whatever the scope, in the order of the
  /// place directory: the bars a district workbook draws to place its district among them.
  package var regencyDistrictStatistics: [UsageStatistics.Group] {
    input.report.statistics.districts.filter { $0.regency == scope.regencyName }
  }

  /// The literacy index entries of every district of the regency, whatever the scope.
  package var regencyDistrictLiteracyIndex: [IPLMEntry] {
    input.report.literacyIndex.districts.filter { $0.regency == scope.regencyName }
  }

  /// The district's rank among the regency's districts by mean KPI and by IPLM; `nil` for a
  /// regency workbook.
  package var districtStanding: DistrictStanding? {
    guard let district = scope.districtName else { return nil }
    return DistrictStanding(
      district: district, districts: regencyDistrictStatistics,
      literacy: regencyDistrictLiteracyIndex)
  }
}
