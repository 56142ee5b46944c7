import PustakaCore

/// The texts of the award list and of the support list (*prioritas pembinaan*), on the
/// summary sheet and on the support sheet.
package struct SupportLabels: Sendable {
  /// The support sheet's name (at most 31 characters).
  package var sheetName: String
  /// The support sheet's title.
  package var title: String
  /// The Excel table names (letters only, unique in the workbook).
  package var awardTableName: String, summaryTableName: String, sheetTableName: String
  /// Above the award list.
  package var awardHeading: String
  /// The award list's basis and tie-break, given the basis period in words.
  package var awardBasis: @Sendable (_ period: String, _ isTwelveMonths: Bool) -> String
  /// Said when the 12 months are fewer because the data starts later.
  package var shortenedNote: @Sendable (_ months: Int) -> String
  /// Above the support list on the summary sheet.
  package var supportHeading: String
  /// Under the summary's support list: where the whole list is.
  package var supportPointer: @Sendable (_ count: Int, _ sheet: String) -> String
  /// The support list's selection rule, given the lowest grade and the basis period in words.
  package var supportRule: @Sendable (_ grade: String, _ period: String) -> String
  /// Column captions.
  package var rank: String, libraryID: String, library: String, village: String
  /// Column captions.
  package var district: String, kpi: String, grade: String, monthsInTopTen: String
  /// Column captions.
  package var periodKPI: String, kpi12m: String, weakestArea: String, weakestIndicators: String
  /// Column captions.
  package var firstStep: String, card: String
  /// The text of a card link.
  package var openCard: String
  /// The first step in words: verb, indicator, from, to, KPI gained.
  package var step:
    @Sendable (_ raise: Bool, _ indicator: String, _ from: String, _ to: String)
      -> String
  /// Said when a library already earns full points wherever it has data.
  package var noStep: String
  /// Said when no library reports.
  package var noReporting: String

  /// Bahasa Indonesia.
  package static let indonesian = SupportLabels(
    sheetName: "Pembinaan", title: "Perpustakaan prioritas pembinaan",
    awardTableName: "CalonPenghargaan", summaryTableName: "RingkasanPembinaan",
    sheetTableName: "PrioritasPembinaan",
    awardHeading: "Calon penerima penghargaan",
    awardBasis: { period, twelve in
      (twelve ? "Dasar: KPI 12 bulan (\(period))." : "Dasar: KPI periode \(period).")
        + " KPI sama: poin layanan, lalu poin pemberdayaan, lalu nama. Bulan di 10 besar: dari"
        + " 12 bulan terakhir."
    },
    shortenedNote: {
      "Data baru mencakup \($0) bulan, jadi KPI 12 bulan dihitung atas \($0) bulan."
    },
    supportHeading: "Prioritas pembinaan",
    supportPointer: { "Daftar lengkap (\($0) perpustakaan) di lembar \($1)." },
    supportRule: { grade, period in
      "Semua perpustakaan berpredikat \(grade) menurut KPI \(period), paling sedikit lima"
        + " dengan KPI terendah; langkah pertama menambah poin paling banyak."
    },
    rank: "Peringkat", libraryID: "Kode", library: "Perpustakaan", village: "Desa/Kelurahan",
    district: "Kecamatan", kpi: "KPI", grade: "Predikat",
    monthsInTopTen: "Bulan di 10 besar", periodKPI: "KPI periode",
    kpi12m: "KPI 12 bulan",
    weakestArea: "Bidang terlemah", weakestIndicators: "Dua indikator terlemah",
    firstStep: "Langkah pertama", card: "Rapor", openCard: "Buka rapor",
    step: { raise, indicator, from, to in
      "\(raise ? "Naikkan" : "Turunkan") \(indicator) dari \(from) menjadi \(to)"
    },
    noStep: "Semua indikator yang berdata sudah mendapat poin penuh.",
    noReporting: "Tidak ada perpustakaan yang melapor pada periode ini.")

  /// English.
  package static let english = SupportLabels(
    sheetName: "Support", title: "Libraries to support first",
    awardTableName: "AwardCandidates", summaryTableName: "SummarySupport",
    sheetTableName: "SupportFirst", awardHeading: "Award candidates",
    awardBasis: { period, twelve in
      (twelve ? "Basis: 12-month KPI (\(period))." : "Basis: the KPI of \(period).")
        + " Equal KPIs: service points, then community points, then name. Months in top 10: of"
        + " the last 12."
    },
    shortenedNote: { "The data covers only \($0) months, so the 12-month KPI is over \($0)." },
    supportHeading: "Support first",
    supportPointer: { "The whole list (\($0) libraries) is on the \($1) sheet." },
    supportRule: { grade, period in
      "Every library graded \(grade) on the KPI of \(period), at least the five lowest; the"
        + " first step adds most points."
    },
    rank: "Rank", libraryID: "ID", library: "Library", village: "Village",
    district: "District", kpi: "KPI", grade: "Grade",
    monthsInTopTen: "Months in top 10", periodKPI: "Period KPI",
    kpi12m: "12-month KPI",
    weakestArea: "Weakest area", weakestIndicators: "Two weakest indicators",
    firstStep: "First step", card: "Card", openCard: "Open card",
    step: { raise, indicator, from, to in
      "\(raise ? "Raise" : "Lower") \(indicator) from \(from) to \(to)"
    },
    noStep: "Every indicator with data already earns full points.",
    noReporting: "No library reported in this period.")
}

extension ReportLabels {
  /// The award and support lists' texts in the workbook's language.
  package var support: SupportLabels { language == .indonesian ? .indonesian : .english }
}
