/// The fixed texts of the indicators sheet (*Indikator*): captions, the legend and the notes on
/// missing and carried-forward values.
package struct IndicatorsLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The legend under the title, given the rubric's scale.
  package var legend: @Sendable (Int) -> String
  /// Column captions.
  package var rank: String, library: String, district: String
  /// The caption of an indicator's value column.
  package var value: String
  /// The caption of an indicator's points column.
  package var points: String
  /// The label of the weights row, given the ranking sheet's name.
  package var weights: @Sendable (String) -> String
  /// The note on a missing value, given the reason.
  package var missing: @Sendable (String) -> String
  /// The note on a carried-forward value, given the month it comes from.
  package var carriedForward: @Sendable (String) -> String
  /// The label of a group's mean points row, such as "Rata-rata poin Kabupaten Ngawi".
  package var meanPointsOf: @Sendable (String) -> String
  /// Above the libraries that did not report.
  package var notReportingHeading: String
  /// Said when no library reports.
  package var noReporting: String
  /// The Excel table's name (letters only, unique in the workbook).
  package var tableName: String
  /// The name of the table of libraries that did not report.
  package var notReportingTableName: String

  /// Bahasa Indonesia.
  package static let indonesian = IndicatorsLabels(
    title: "Nilai dan Poin Indikator per Perpustakaan",
    legend: {
      "Nilai abu-abu kosong: data tidak ada (0 poin; alasannya di komentar sel). Nilai kuning "
        + "miring: data stok dibawa dari bulan sebelumnya. Poin: merah 0, kuning 1-\($0 - 1), "
        + "hijau \($0)."
    },
    rank: "Peringkat", library: "Perpustakaan", district: "Kecamatan", value: "Nilai",
    points: "Poin",
    weights: { "Bobot (di kolom poin; dipakai rumus KPI di sheet \($0))" },
    missing: { "Data tidak ada: \($0). Indikator ini bernilai 0 poin." },
    carriedForward: { "Dibawa dari \($0) (data terakhir dalam 12 bulan)." },
    meanPointsOf: { "Rata-rata poin \($0)" },
    notReportingHeading: "Tidak melapor pada periode ini (tidak dinilai)",
    noReporting: "Tidak ada perpustakaan yang melapor pada periode ini.",
    tableName: "IndikatorPerpustakaan", notReportingTableName: "IndikatorTidakMelapor")

  /// English.
  package static let english = IndicatorsLabels(
    title: "Indicator values and points by library",
    legend: {
      "Grey empty value: no data (0 points; the reason is in the cell's comment). Yellow "
        + "italic value: stock data carried forward from an earlier month. Points: red 0, "
        + "yellow 1-\($0 - 1), green \($0)."
    },
    rank: "Rank", library: "Library", district: "District", value: "Value", points: "Points",
    weights: { "Weight (in the points columns; used by the KPI formula on sheet \($0))" },
    missing: { "No data: \($0). The indicator scores 0 points." },
    carriedForward: { "Carried forward from \($0) (latest data within 12 months)." },
    meanPointsOf: { "Mean points, \($0)" },
    notReportingHeading: "Not reporting in this period (not scored)",
    noReporting: "No library reported in this period.", tableName: "LibraryIndicators",
    notReportingTableName: "IndicatorsNotReporting")
}

extension ReportLabels {
  /// The indicators sheet's texts in the workbook's language.
  package var indicators: IndicatorsLabels { language == .indonesian ? .indonesian : .english }
}
