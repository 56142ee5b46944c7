/// The fixed texts of the districts sheet (*Kecamatan*): captions, notes and chart titles.
package struct DistrictsLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The note under the title: how the figures are computed.
  package var note: String
  /// Column captions.
  package var district: String, libraries: String, reporting: String
  /// KPI captions.
  package var meanKPI: String, minimumKPI: String, maximumKPI: String
  /// Visitors per 1,000 people a month.
  package var visitsPer1000: String
  /// Loans.
  package var loans: String
  /// Copies per person.
  package var copiesPerCapita: String
  /// Activities and their participants.
  package var activities: String, participants: String
  /// Budget captions.
  package var allocated: String, spent: String, absorption: String
  /// Spent per visit.
  package var costPerVisit: String
  /// The literacy index and its category.
  package var iplm: String, iplmCategory: String
  /// The mean-KPI chart.
  package var kpiTitle: String
  /// The KPI axis.
  package var kpiAxis: String
  /// The visits chart.
  package var visitsTitle: String
  /// A mean-KPI caption for a period, such as "Rata-rata KPI 2026-10".
  package var meanKPIIn: @Sendable (String) -> String
  /// The note closing the sheet's last page, given the tool's version.
  package var sourceNote: @Sendable (String) -> String
  /// Said when no district has a figure to chart.
  package var noData: String
  /// The note under a district workbook's table: what its rows compare.
  package var comparisonNote: String
  /// The heading of a district's standing, from the regency's title.
  package var standingHeading: @Sendable (String) -> String
  /// "of 19 districts" after a rank, from the number of districts ranked.
  package var rankOf: @Sendable (Int) -> String
  /// Said where a district has no rank (no reporting library, no index).
  package var notRanked: String
  /// A chart title with the highlighted district named, from the title and the district.
  package var highlighted: @Sendable (String, String) -> String

  /// Bahasa Indonesia.
  package static let indonesian = DistrictsLabels(
    title: "Kinerja per Kecamatan",
    note:
      "Rasio kecamatan dihitung dari jumlahnya (bukan rata-rata rasio perpustakaan). IPLM: "
      + "indeks literasi metode Perpusnas, tujuh unsur dinormalisasi antarkecamatan (0-100).",
    district: "Kecamatan", libraries: "Perpustakaan", reporting: "Melapor",
    meanKPI: "Rata-rata KPI", minimumKPI: "KPI terendah", maximumKPI: "KPI tertinggi",
    visitsPer1000: "Kunjungan per 1.000 penduduk per bulan", loans: "Peminjaman",
    copiesPerCapita: "Eksemplar per penduduk", activities: "Kegiatan",
    participants: "Peserta kegiatan", allocated: "Pagu anggaran",
    spent: "Realisasi anggaran", absorption: "Serapan anggaran",
    costPerVisit: "Biaya per kunjungan", iplm: "Indeks IPLM", iplmCategory: "Kategori IPLM",
    kpiTitle: "Rata-rata KPI per kecamatan", kpiAxis: "KPI (0-100)",
    visitsTitle: "Kunjungan per 1.000 penduduk per bulan", meanKPIIn: { "Rata-rata KPI \($0)" },
    sourceNote: { "Sumber: laporan bulanan perpustakaan desa, diolah dengan pustaka \($0)." },
    noData: "Belum ada kecamatan dengan perpustakaan yang melapor.",
    comparisonNote:
      "Baris \"per perpustakaan\" (rata-rata): peminjaman, kegiatan, peserta dan anggaran dibagi"
      + " jumlah perpustakaan terdaftar; rasio, KPI dan IPLM apa adanya. Angka semua kecamatan"
      + " ada di buku kerja Rekap.",
    standingHeading: { "Peringkat di \($0)" }, rankOf: { "dari \($0) kecamatan" },
    notRanked: "tidak berperingkat", highlighted: { "\($0) (oranye: \($1))" })

  /// English.
  package static let english = DistrictsLabels(
    title: "Performance by district",
    note:
      "District ratios are ratios of the district's sums (not means of library ratios). IPLM: "
      + "the national library's literacy index, seven elements normalised across districts (0-100).",
    district: "District", libraries: "Libraries", reporting: "Reporting",
    meanKPI: "Mean KPI", minimumKPI: "Lowest KPI", maximumKPI: "Highest KPI",
    visitsPer1000: "Visits per 1,000 people a month", loans: "Loans",
    copiesPerCapita: "Copies per person", activities: "Activities",
    participants: "Activity participants", allocated: "Budget allocated",
    spent: "Budget spent", absorption: "Budget absorption", costPerVisit: "Cost per visit",
    iplm: "IPLM index", iplmCategory: "IPLM category", kpiTitle: "Mean KPI by district",
    kpiAxis: "KPI (0-100)", visitsTitle: "Visits per 1,000 people a month",
    meanKPIIn: { "Mean KPI \($0)" },
    sourceNote: { "Source: the village libraries' monthly reports, computed with pustaka \($0)." },
    noData: "No district has a reporting library yet.",
    comparisonNote:
      "Rows \"per library\" (means): loans, activities, participants and money divided by the"
      + " registered libraries; ratios, KPIs and IPLM as they are. Every district's figures are"
      + " in the Rekap workbook.",
    standingHeading: { "Rank in \($0)" }, rankOf: { "of \($0) districts" },
    notRanked: "not ranked", highlighted: { "\($0) (orange: \($1))" })
}

extension ReportLabels {
  /// The districts sheet's texts in the workbook's language.
  package var districts: DistrictsLabels { language == .indonesian ? .indonesian : .english }
}
