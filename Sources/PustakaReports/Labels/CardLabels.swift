/// The fixed texts of the library report card (*rapor perpustakaan*) in one language.
///
/// Sheet names come from `ReportLabels.cardSheet` and `ReportLabels.cardDataSheet`; area,
/// grade and indicator names come from the rubric, which carries both languages.
package struct CardLabels: Sendable {
  // MARK: - Titles

  /// The workbook's title before the library's name.
  package var workbookTitle: String
  /// The kind of document, first in the subtitle.
  package var cardKind: String
  /// Before the name of a *desa*.
  package var desa: String
  /// Before the name of a *kelurahan*.
  package var kelurahan: String
  /// The data sheet's title before the library's name.
  package var dataTitle: String
  /// The note under the data sheet's title.
  package var dataNote: String

  // MARK: - Headline

  /// The KPI.
  package var kpi: String
  /// The points earned.
  package var points: String
  /// "dari" in "3 dari 19" and "65 dari 80".
  package var of: String
  /// The rank among the district's reporting libraries.
  package var rankInDistrict: String
  /// The rank among the regency's reporting libraries.
  package var rankInRegency: String
  /// The KPI change, followed by the previous period.
  package var kpiChangeSince: String
  /// The change of rank in the regency.
  package var rankChange: String
  /// Before the number of places a library moved up.
  package var rankUp: String
  /// Before the number of places a library moved down.
  package var rankDown: String
  /// A rank that did not move.
  package var rankSame: String
  /// Shown where the previous period has no score to compare with.
  package var noPrevious: String
  /// The number of indicators without a value.
  package var missingIndicators: String
  /// The number of indicators using a snapshot from before the period's last month.
  package var carriedForward: String
  /// Visitors in the period.
  package var visitorsInPeriod: String
  /// Loans in the period.
  package var loansInPeriod: String
  /// Open days in the period.
  package var openDays: String

  // MARK: - Areas

  /// The heading of the area table.
  package var areasHeading: String
  /// The area column.
  package var area: String
  /// The library's own sub-scores.
  package var thisLibrary: String
  /// The district's mean sub-scores.
  package var districtMean: String
  /// The regency's mean sub-scores.
  package var regencyMean: String
  /// The area chart's title.
  package var areaChartTitle: String
  /// The value axis of score charts.
  package var scoreAxis: String

  // MARK: - Next steps

  /// The heading of the recommendations (*Rekomendasi*).
  package var recommendationsHeading: String
  /// The running-number column.
  package var number: String
  /// The column saying what to do.
  package var step: String
  /// The current value.
  package var from: String
  /// The value to reach.
  package var to: String
  /// The distance to the value to reach.
  package var gap: String
  /// The points the step adds.
  package var pointsGained: String
  /// The KPI the step adds.
  package var kpiGained: String
  /// The verb of a value that has to go up.
  package var raise: String
  /// The verb of a value that has to come down.
  package var lower: String
  /// Shown when no indicator can earn more points.
  package var noRecommendation: String
  /// The advice when some indicators have no data.
  package var completeData: String

  // MARK: - Indicators

  /// The heading of the indicator table.
  package var indicatorsHeading: String
  /// The indicator column.
  package var indicator: String
  /// The value column.
  package var value: String
  /// The points column (out of the rubric's scale).
  package var pointsColumn: String
  /// The column of the value that earns the next point.
  package var nextTarget: String
  /// The note column.
  package var note: String
  /// The note of an indicator at full points.
  package var fullPoints: String
  /// Before the reason a value is missing.
  package var missingPrefix: String
  /// Before the month of a snapshot carried forward.
  package var snapshotOf: String
  /// The footnote under the indicator table.
  package var footnote: String

  // MARK: - Months

  /// The heading of the 12-month table on the data sheet.
  package var monthsHeading: String
  /// The month column.
  package var month: String
  /// Visitors in a month.
  package var visitors: String
  /// Loans in a month.
  package var loans: String
  /// The month's short name, which the charts use as categories.
  package var monthText: String
  /// The short names of the months, January first.
  package var monthAbbreviations: [String]
  /// Between the first and last month of a range ("s.d.").
  package var through: String
  /// The visitors chart's title.
  package var visitorsChartTitle: String
  /// The loans chart's title.
  package var loansChartTitle: String
  /// The value axis of the visitors chart.
  package var peopleAxis: String
  /// The value axis of the loans chart.
  package var copiesAxis: String
  /// The note saying months without a report are blank.
  package var blankMonthsNote: String

  // MARK: - Not reporting

  /// The notice of a library that did not report, followed by the period.
  package var notReported: String
  /// Why a library that did not report has no score.
  package var notReportedNote: String
  /// The heading of the last known figures.
  package var lastKnownHeading: String
  /// The last month with an attendance report.
  package var lastMonthReported: String
  /// Shown when no month of the last 12 has a report.
  package var noReportIn12Months: String
  /// Visitors in the last month reported.
  package var visitorsThatMonth: String
  /// Loans in the last month reported.
  package var loansThatMonth: String
  /// The KPI of the previous period, followed by the period.
  package var previousKPI: String
}

extension CardLabels {
  /// Bahasa Indonesia, the default.
  package static let indonesian = CardLabels(
    workbookTitle: "Rapor KPI", cardKind: "Rapor KPI Perpustakaan Desa", desa: "Desa",
    kelurahan: "Kelurahan", dataTitle: "Data grafik rapor",
    dataNote: "Grafik pada lembar Rapor mengambil angka dari tabel di bawah.",
    kpi: "Nilai KPI", points: "Jumlah poin", of: "dari", rankInDistrict: "Peringkat di kecamatan",
    rankInRegency: "Peringkat di kabupaten", kpiChangeSince: "Perubahan KPI sejak",
    rankChange: "Perubahan peringkat kabupaten", rankUp: "naik", rankDown: "turun",
    rankSame: "tetap", noPrevious: "belum ada pembanding",
    missingIndicators: "Indikator tanpa data", carriedForward: "Stok dari bulan sebelumnya",
    visitorsInPeriod: "Pengunjung periode ini", loansInPeriod: "Peminjaman periode ini",
    openDays: "Hari buka", areasHeading: "Nilai per bidang", area: "Bidang",
    thisLibrary: "Perpustakaan ini", districtMean: "Rata-rata kecamatan",
    regencyMean: "Rata-rata kabupaten", areaChartTitle: "Nilai bidang dibanding rata-rata",
    scoreAxis: "Nilai (0-100)", recommendationsHeading: "Rekomendasi", number: "No",
    step: "Langkah", from: "Dari", to: "Menjadi", gap: "Selisih", pointsGained: "Tambah poin",
    kpiGained: "Tambah KPI", raise: "Naikkan", lower: "Turunkan",
    noRecommendation: "Semua indikator yang berdata sudah mendapat poin penuh.",
    completeData: "Lengkapi data indikator yang kosong: indikator tanpa data bernilai 0 poin.",
    indicatorsHeading: "Indikator KPI", indicator: "Indikator", value: "Nilai",
    pointsColumn: "Poin", nextTarget: "Target berikutnya", note: "Keterangan",
    fullPoints: "poin penuh", missingPrefix: "tidak ada data:", snapshotOf: "stok bulan",
    footnote:
      "Nilai dibulatkan 4 desimal sebelum dinilai; indikator tanpa data bernilai 0 poin. "
      + "Target berikutnya: nilai terdekat yang menambah poin. Warna poin: merah 0, kuning"
      + " sebagian, hijau poin penuh (sama dengan sheet Indikator).",
    monthsHeading: "Pengunjung dan peminjaman, 12 bulan terakhir", month: "Bulan",
    visitors: "Pengunjung", loans: "Peminjaman", monthText: "Nama bulan",
    monthAbbreviations: [
      "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ], through: "s.d.",
    visitorsChartTitle: "Pengunjung per bulan",
    loansChartTitle: "Peminjaman per bulan", peopleAxis: "Orang", copiesAxis: "Eksemplar",
    blankMonthsNote: "Bulan tanpa laporan kunjungan dibiarkan kosong.",
    notReported: "Tidak melapor pada periode",
    notReportedNote:
      "Perpustakaan dinilai bila ada sedikitnya satu baris kunjungan dalam periode; "
      + "tanpa itu tidak ada nilai KPI, predikat, atau peringkat.",
    lastKnownHeading: "Data terakhir yang diketahui", lastMonthReported: "Bulan laporan terakhir",
    noReportIn12Months: "tidak ada laporan dalam 12 bulan terakhir",
    visitorsThatMonth: "Pengunjung bulan itu", loansThatMonth: "Peminjaman bulan itu",
    previousKPI: "Nilai KPI periode")

  /// English, with `--lang en`.
  package static let english = CardLabels(
    workbookTitle: "KPI report card", cardKind: "Village library KPI report card",
    desa: "Village", kelurahan: "Ward", dataTitle: "Report card chart data",
    dataNote: "The charts on the report card sheet draw the numbers below.", kpi: "KPI",
    points: "Points", of: "of", rankInDistrict: "Rank in district",
    rankInRegency: "Rank in regency", kpiChangeSince: "KPI change since",
    rankChange: "Change of rank in regency", rankUp: "up", rankDown: "down", rankSame: "unchanged",
    noPrevious: "no comparison", missingIndicators: "Indicators without data",
    carriedForward: "Snapshots carried over", visitorsInPeriod: "Visitors in the period",
    loansInPeriod: "Loans in the period", openDays: "Open days", areasHeading: "Scores by area",
    area: "Area", thisLibrary: "This library", districtMean: "District mean",
    regencyMean: "Regency mean", areaChartTitle: "Area scores against the means",
    scoreAxis: "Score (0-100)", recommendationsHeading: "Next steps", number: "No.",
    step: "Step", from: "From", to: "To", gap: "Gap", pointsGained: "Points gained",
    kpiGained: "KPI gained", raise: "Raise", lower: "Lower",
    noRecommendation: "Every indicator with data already earns full points.",
    completeData: "Fill in the missing data: an indicator without data scores 0 points.",
    indicatorsHeading: "KPI indicators", indicator: "Indicator", value: "Value",
    pointsColumn: "Points", nextTarget: "Next target", note: "Note", fullPoints: "full points",
    missingPrefix: "no data:", snapshotOf: "snapshot of",
    footnote:
      "Values are rounded to 4 decimals before scoring; an indicator without data scores 0 "
      + "points. Next target: the nearest value that earns more points. Points colours: red 0,"
      + " yellow some, green full points (as on the Indicators sheet).",
    monthsHeading: "Visitors and loans, last 12 months", month: "Month", visitors: "Visitors",
    loans: "Loans", monthText: "Month name",
    monthAbbreviations: [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ], through: "to", visitorsChartTitle: "Visitors per month", loansChartTitle: "Loans per month",
    peopleAxis: "People", copiesAxis: "Copies",
    blankMonthsNote: "Months without an attendance report are left blank.",
    notReported: "Did not report in the period",
    notReportedNote:
      "A library is scored when it has at least one attendance row in the period; "
      + "without one it has no KPI, grade or rank.",
    lastKnownHeading: "Last known figures", lastMonthReported: "Last month reported",
    noReportIn12Months: "no report in the last 12 months",
    visitorsThatMonth: "Visitors that month", loansThatMonth: "Loans that month",
    previousKPI: "KPI in")
}

extension ReportLabels {
  /// The report card's texts in the labels' language.
  package var card: CardLabels { language == .indonesian ? .indonesian : .english }
}
