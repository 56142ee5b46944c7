/// The fixed texts of the ranking sheet (*Peringkat*): captions, notes and the table's name.
package struct RankingLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The note under the title, given the indicators sheet's name: how the KPI is computed.
  package var formulaNote: @Sendable (String) -> String
  /// The note on changes, given the previous period.
  package var changeNote: @Sendable (String) -> String
  /// Said when the data has no previous period.
  package var noPreviousPeriod: String
  /// The Excel table's name: letters, digits and underscores, starting with a letter.
  package var tableName: String
  /// The name of the table of libraries that did not report.
  package var notReportingTableName: String
  /// The rank within the workbook's scope.
  package var rank: String
  /// The rank within the regency (district workbooks).
  package var rankInRegency: String
  /// The change of the regency rank.
  package var rankChange: String
  /// Column captions.
  package var library: String, village: String, district: String, kpi: String, grade: String
  /// The change of the KPI.
  package var kpiChange: String
  /// The label of a group's means row, such as "Rata-rata Kabupaten Ngawi".
  package var meanOf: @Sendable (String) -> String
  /// Above the libraries that did not report.
  package var notReportingHeading: String
  /// The note caption.
  package var note: String
  /// The note on a library that did not report.
  package var notReporting: String
  /// Said when no library reports.
  package var noReporting: String

  /// Bahasa Indonesia.
  package static let indonesian = RankingLabels(
    title: "Peringkat KPI Perpustakaan Desa",
    formulaNote: {
      "KPI dihitung dengan rumus dari poin indikator dan bobotnya di sheet \($0); "
        + "peringkat: KPI tertinggi dulu, KPI sama berbagi peringkat."
    },
    changeNote: { "Perubahan dibanding periode \($0); naik peringkat ditulis positif." },
    noPreviousPeriod: "Periode sebelumnya tidak memiliki data, jadi perubahan tidak ditampilkan.",
    tableName: "Peringkat", notReportingTableName: "PeringkatTidakMelapor", rank: "Peringkat",
    rankInRegency: "Peringkat di kabupaten",
    rankChange: "Perubahan peringkat", library: "Perpustakaan", village: "Desa/Kelurahan",
    district: "Kecamatan", kpi: "KPI", grade: "Predikat", kpiChange: "Perubahan KPI",
    meanOf: { "Rata-rata \($0)" },
    notReportingHeading: "Tidak melapor pada periode ini (tidak dinilai)",
    note: "Keterangan", notReporting: "Tidak ada data kunjungan",
    noReporting: "Tidak ada perpustakaan yang melapor pada periode ini.")

  /// English.
  package static let english = RankingLabels(
    title: "KPI ranking of village libraries",
    formulaNote: {
      "The KPI is a formula over the indicator points and their weights on sheet \($0); "
        + "ranks: highest KPI first, equal KPIs share a rank."
    },
    changeNote: { "Changes against period \($0); a rise in rank is positive." },
    noPreviousPeriod: "The previous period has no data, so no changes are shown.",
    tableName: "Ranking", notReportingTableName: "RankingNotReporting", rank: "Rank",
    rankInRegency: "Rank in regency",
    rankChange: "Change in rank", library: "Library", village: "Village", district: "District",
    kpi: "KPI", grade: "Grade", kpiChange: "Change in KPI", meanOf: { "Mean, \($0)" },
    notReportingHeading: "Not reporting in this period (not scored)", note: "Note",
    notReporting: "No attendance data",
    noReporting: "No library reported in this period.")
}

extension ReportLabels {
  /// The ranking sheet's texts in the workbook's language.
  package var ranking: RankingLabels { language == .indonesian ? .indonesian : .english }
}
