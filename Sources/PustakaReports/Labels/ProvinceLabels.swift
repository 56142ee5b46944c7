/// The fixed texts of the province summary workbook (*Rekap Provinsi*): sheet names, captions,
/// notes and chart titles.
package struct ProvinceLabels: Sendable {
  /// The regencies sheet's name (at most 31 characters).
  package var regenciesSheet: String
  /// The words around a province's name: ("Provinsi ", "") or ("", " Province").
  package var provinceWords: (before: String, after: String)
  /// The place title of the regencies whose rows name no province.
  package var unnamedProvince: String
  /// The summary sheet's title.
  package var summaryTitle: String
  /// The regencies sheet's title.
  package var regenciesTitle: String
  /// The note under both titles: how regencies are ranked and compared.
  package var rankingNote: String
  /// The heading of the award list across the province.
  package var awardHeading: String
  /// The Excel table names (letters only, unique in the workbook).
  package var awardTableName: String, regenciesTableName: String
  /// Column captions.
  package var kpiRank: String, regency: String, iplmRank: String, regencies: String
  /// The total row of the regencies table, from the province's place title.
  package var totalRow: @Sendable (String) -> String
  /// Chart titles.
  package var standingChartTitle: String, visitsChartTitle: String
  /// Chart title.
  package var absorptionChartTitle: String
  /// The standing chart's value axis.
  package var standingAxis: String
  /// Said when no regency has a figure to chart.
  package var noData: String

  /// Bahasa Indonesia.
  package static let indonesian = ProvinceLabels(
    regenciesSheet: "Kabupaten", provinceWords: ("Provinsi ", ""),
    unnamedProvince: "Kabupaten/kota tanpa nama provinsi",
    summaryTitle: "Ringkasan Provinsi", regenciesTitle: "Kinerja per Kabupaten/Kota",
    rankingNote:
      "Peringkat KPI: rata-rata KPI perpustakaan yang melapor. IPLM: indeks literasi metode"
      + " Perpusnas, tujuh unsur dinormalisasi antarkabupaten/kota dalam data (0-100).",
    awardHeading: "Calon penerima penghargaan se-provinsi",
    awardTableName: "CalonPenghargaanProvinsi", regenciesTableName: "KinerjaKabupaten",
    kpiRank: "Peringkat KPI", regency: "Kabupaten/Kota", iplmRank: "Peringkat IPLM",
    regencies: "Kabupaten/kota",
    totalRow: { "Jumlah \($0)" },
    standingChartTitle: "Rata-rata KPI dan indeks IPLM per kabupaten/kota",
    visitsChartTitle: "Kunjungan per 1.000 penduduk per bulan",
    absorptionChartTitle: "Serapan anggaran per kabupaten/kota",
    standingAxis: "KPI dan IPLM (0-100)",
    noData: "Belum ada kabupaten/kota dengan perpustakaan yang melapor.")

  /// English.
  package static let english = ProvinceLabels(
    regenciesSheet: "Regencies", provinceWords: ("", " Province"),
    unnamedProvince: "Regencies without a province name",
    summaryTitle: "Province summary", regenciesTitle: "Performance by regency",
    rankingNote:
      "KPI rank: the mean KPI of the reporting libraries. IPLM: the national library's literacy"
      + " index method, seven elements normalised across the data's regencies (0-100).",
    awardHeading: "Award candidates across the province",
    awardTableName: "ProvinceAwardCandidates", regenciesTableName: "RegencyPerformance",
    kpiRank: "KPI rank", regency: "Regency", iplmRank: "IPLM rank", regencies: "Regencies",
    totalRow: { "Total, \($0)" },
    standingChartTitle: "Mean KPI and IPLM index by regency",
    visitsChartTitle: "Visits per 1,000 people a month",
    absorptionChartTitle: "Budget absorption by regency", standingAxis: "KPI and IPLM (0-100)",
    noData: "No regency has a reporting library yet.")
}

extension ReportLabels {
  /// The province summary's texts.
  package var province: ProvinceLabels { language == .indonesian ? .indonesian : .english }

  /// "Provinsi Jawa Timur" or "Jawa Timur Province"; the unnamed group's title for `nil`.
  package func provinceTitle(_ name: String?) -> String {
    guard let name else { return province.unnamedProvince }
    return "\(province.provinceWords.before)\(name)\(province.provinceWords.after)"
  }
}
