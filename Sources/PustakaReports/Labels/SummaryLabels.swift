import PustakaCore

/// The fixed texts of the summary sheet (*Ringkasan*): headline figures, award and support
/// lists, chart titles and the captions of the chart data.
package struct SummaryLabels: Sendable {
  /// The language of the texts, which also names the budget categories
  /// (`ContractEnumeration.displayName`).
  package var language: ReportLanguage
  /// The sheet's title.
  package var title: String
  /// Above the headline figures.
  package var headlineHeading: String
  /// The caption of the figures' names.
  package var measure: String
  /// The change against the previous period, in the figure's unit.
  package var change: String
  /// The change against the previous period, relative.
  package var changePercent: String
  /// Said when the data has no previous period to compare with.
  package var noPreviousPeriod: String
  /// Libraries registered in the data.
  package var registered: String
  /// Libraries reporting in the period.
  package var reporting: String
  /// Reporting libraries as a share of registered ones.
  package var reportingShare: String
  /// The mean KPI of the reporting libraries.
  package var meanKPI: String
  /// Visitors.
  package var visitors: String
  /// Loans.
  package var loans: String
  /// Activities held.
  package var activities: String
  /// Activity participants.
  package var participants: String
  /// Money allocated (*pagu*).
  package var allocated: String
  /// Money spent (*realisasi*).
  package var spent: String
  /// Spent / allocated in the period.
  package var absorption: String
  /// Spent / allocated from January.
  package var absorptionYearToDate: String
  /// Trained staff.
  package var trainedStaff: String
  /// The caption of a district workbook's comparison column.
  package var regencyMeanPerDistrict: String
  /// Before the grade colours' legend.
  package var gradeLegend: String
  /// The word after a change in points ("poin", "points").
  package var pointsUnit: String
  /// Above the award list.
  package var awardHeading: String
  /// Above the five lowest-scoring libraries.
  package var lowestHeading: String
  /// Said when no library reports.
  package var noReporting: String
  /// Column captions of the library lists.
  package var rank: String, library: String, village: String, district: String, kpi: String
  /// The grade's caption.
  package var grade: String
  /// The KPI-by-district chart (regency workbook).
  package var kpiByDistrictTitle: String
  /// The KPI-by-library chart (district workbook).
  package var kpiByLibraryTitle: String
  /// The KPI axis.
  package var kpiAxis: String
  /// The label of a group's mean KPI bar, such as "Rata-rata Kabupaten Ngawi".
  package var meanOf: @Sendable (String) -> String
  /// The visitors-and-loans chart.
  package var monthlyTitle: String
  /// The month axis and caption.
  package var month: String
  /// The axis of counts.
  package var countAxis: String
  /// The spending chart.
  package var spendingTitle: String
  /// The category caption.
  package var category: String
  /// The share caption.
  package var share: String
  /// Said when nothing was spent in the period.
  package var noSpending: String
  /// The grades chart.
  package var gradesTitle: String
  /// The axis and caption of library counts.
  package var libraries: String
  /// The note closing the sheet's last page, given the tool's version.
  package var sourceNote: @Sendable (String) -> String

  /// The number format of a change in points with `decimals` decimals:
  /// `+0.0" poin";-0.0" poin";0.0" poin"`.
  package func pointsFormat(decimals: Int) -> String {
    let digits = decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0"
    let unit = "\" \(pointsUnit)\""
    return "+\(digits)\(unit);-\(digits)\(unit);\(digits)\(unit)"
  }

  /// The name of `category`.
  package func name(of category: BudgetCategory) -> String {
    category.displayName.text(in: language)
  }

  /// Bahasa Indonesia.
  package static let indonesian = SummaryLabels(
    language: .indonesian,
    title: "Ringkasan Kinerja Perpustakaan Desa", headlineHeading: "Angka utama",
    measure: "Ukuran", change: "Perubahan", changePercent: "Perubahan (%)",
    noPreviousPeriod: "Periode sebelumnya tidak memiliki data, jadi perubahan tidak ditampilkan.",
    registered: "Perpustakaan terdaftar", reporting: "Perpustakaan yang melapor",
    reportingShare: "Persentase yang melapor", meanKPI: "Rata-rata KPI", visitors: "Pengunjung",
    loans: "Peminjaman", activities: "Kegiatan", participants: "Peserta kegiatan",
    allocated: "Pagu anggaran", spent: "Realisasi anggaran", absorption: "Serapan anggaran",
    absorptionYearToDate: "Serapan anggaran sejak Januari", trainedStaff: "Tenaga terlatih",
    regencyMeanPerDistrict: "Kabupaten, per kecamatan",
    gradeLegend: "Warna predikat:", pointsUnit: "poin",
    awardHeading: "Tiga peringkat teratas (calon penerima penghargaan)",
    lowestHeading: "Lima perpustakaan dengan KPI terendah (prioritas pembinaan)",
    noReporting: "Tidak ada perpustakaan yang melapor pada periode ini.", rank: "Peringkat",
    library: "Perpustakaan", village: "Desa/Kelurahan", district: "Kecamatan", kpi: "KPI",
    grade: "Predikat", kpiByDistrictTitle: "Rata-rata KPI per kecamatan",
    kpiByLibraryTitle: "KPI per perpustakaan", kpiAxis: "KPI (0-100)",
    meanOf: { "Rata-rata \($0)" }, monthlyTitle: "Pengunjung dan peminjaman per bulan",
    month: "Bulan", countAxis: "Jumlah", spendingTitle: "Realisasi belanja per kategori",
    category: "Kategori", share: "Porsi",
    noSpending: "Tidak ada realisasi belanja pada periode ini.",
    gradesTitle: "Jumlah perpustakaan per predikat", libraries: "Perpustakaan",
    sourceNote: { "Sumber: laporan bulanan perpustakaan desa, diolah dengan pustaka \($0)." })

  /// English.
  package static let english = SummaryLabels(
    language: .english,
    title: "Village library performance summary", headlineHeading: "Headline figures",
    measure: "Measure", change: "Change", changePercent: "Change (%)",
    noPreviousPeriod: "The previous period has no data, so no changes are shown.",
    registered: "Libraries registered", reporting: "Libraries reporting",
    reportingShare: "Share reporting", meanKPI: "Mean KPI", visitors: "Visitors", loans: "Loans",
    activities: "Activities", participants: "Activity participants",
    allocated: "Budget allocated", spent: "Budget spent", absorption: "Budget absorption",
    absorptionYearToDate: "Budget absorption since January", trainedStaff: "Trained staff",
    regencyMeanPerDistrict: "Regency, per district", gradeLegend: "Grade colours:",
    pointsUnit: "points",
    awardHeading: "Top three ranks (award list)",
    lowestHeading: "Five lowest-scoring libraries (support first)",
    noReporting: "No library reported in this period.", rank: "Rank", library: "Library",
    village: "Village", district: "District", kpi: "KPI", grade: "Grade",
    kpiByDistrictTitle: "Mean KPI by district", kpiByLibraryTitle: "KPI by library",
    kpiAxis: "KPI (0-100)", meanOf: { "Mean, \($0)" },
    monthlyTitle: "Visitors and loans per month", month: "Month", countAxis: "Count",
    spendingTitle: "Spending by category", category: "Category", share: "Share",
    noSpending: "Nothing was spent in this period.", gradesTitle: "Libraries per grade",
    libraries: "Libraries",
    sourceNote: { "Source: the village libraries' monthly reports, computed with pustaka \($0)." })
}

extension ReportLabels {
  /// The summary sheet's texts in the workbook's language.
  package var summary: SummaryLabels { language == .indonesian ? .indonesian : .english }
}
