/// The texts of the trends sheet (*Tren*).
package struct TrendsLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The note under the title: which months, and what the changes compare.
  package var note: String
  /// Shown instead of the tables when no month of the last 12 has data.
  package var noData: String
  /// The heading of the monthly figures.
  package var monthlyHeading: String
  /// The heading of the changes.
  package var changesHeading: String
  /// Libraries with an attendance row in the month.
  package var reporting: String
  /// Visitors.
  package var visitors: String
  /// Loans.
  package var loans: String
  /// Members who joined.
  package var newMembers: String
  /// Activities held.
  package var activities: String
  /// Activity participants.
  package var participants: String
  /// Money allocated.
  package var allocated: String
  /// Money spent.
  package var spent: String
  /// The mean KPI of the reporting libraries.
  package var meanKPI: String
  /// The regency's mean KPI, beside a district's.
  package var regencyMeanKPI: String
  /// The group caption over the spending changes.
  package var spending: String
  /// The change against the month before.
  package var versusPreviousMonth: String
  /// The change against the same month a year earlier.
  package var versusLastYear: String
  /// The chart of visitors and loans.
  package var visitorsChart: String
  /// The chart of new members, alone: they are too few to read beside any other measure.
  package var newMembersChart: String
  /// The chart of activity participants.
  package var participantsChart: String
  /// The chart of activities.
  package var activitiesChart: String
  /// The chart of allocated and spent money.
  package var budgetChart: String
  /// The chart of the mean KPI.
  package var kpiChart: String
  /// The value axis of the KPI chart.
  package var kpiAxis: String
  /// The heading of the regency workbook's mean KPI per month of each district.
  package var districtKPIHeading: String
  /// The note under it.
  package var districtKPINote: String
  /// The heading of a district workbook's monthly means per library, district beside regency.
  package var perLibraryHeading: String
  /// The note under it: what the mean divides by.
  package var perLibraryNote: String

  /// Bahasa Indonesia.
  package static let indonesian = TrendsLabels(
    title: "Tren bulanan",
    note: "12 bulan sampai akhir periode; bulan sebelum data pertama tidak ditampilkan."
      + " Perubahan dibandingkan dengan bulan sebelumnya dan bulan yang sama tahun lalu;"
      + " kosong bila angka pembandingnya 0 atau tidak ada.",
    noData: "Belum ada data dalam 12 bulan terakhir.",
    monthlyHeading: "Angka per bulan", changesHeading: "Perubahan",
    reporting: "Perpustakaan melapor", visitors: "Pengunjung", loans: "Peminjaman",
    newMembers: "Anggota baru", activities: "Kegiatan", participants: "Peserta kegiatan",
    allocated: "Pagu (Rp)", spent: "Realisasi (Rp)", meanKPI: "Rata-rata KPI",
    regencyMeanKPI: "Rata-rata KPI kabupaten", spending: "Realisasi anggaran",
    versusPreviousMonth: "thd bulan sebelumnya", versusLastYear: "thd bulan yang sama tahun lalu",
    visitorsChart: "Pengunjung dan peminjaman per bulan",
    newMembersChart: "Anggota baru per bulan", participantsChart: "Peserta kegiatan per bulan",
    activitiesChart: "Kegiatan per bulan", budgetChart: "Pagu dan realisasi anggaran per bulan",
    kpiChart: "Rata-rata KPI per bulan", kpiAxis: "KPI (0-100)",
    districtKPIHeading: "Rata-rata KPI per bulan per kecamatan",
    districtKPINote: "Rata-rata KPI perpustakaan yang melapor di tiap kecamatan, tiap bulan"
      + " dinilai sendiri; kosong bila tidak ada yang melapor.",
    perLibraryHeading: "Rata-rata per perpustakaan per bulan",
    perLibraryNote: "Jumlah bulan itu dibagi jumlah perpustakaan terdaftar (termasuk yang tidak"
      + " melapor), agar kecamatan dapat dibandingkan dengan kabupaten.")

  /// English.
  package static let english = TrendsLabels(
    title: "Monthly trends",
    note: "The 12 months to the end of the period; months before the first data are left out."
      + " Changes compare with the month before and with the same month a year earlier; empty"
      + " where that figure is 0 or missing.",
    noData: "No data in the last 12 months.",
    monthlyHeading: "Monthly figures", changesHeading: "Changes",
    reporting: "Libraries reporting", visitors: "Visitors", loans: "Loans",
    newMembers: "New members", activities: "Activities", participants: "Participants",
    allocated: "Allocated (Rp)", spent: "Spent (Rp)", meanKPI: "Mean KPI",
    regencyMeanKPI: "Regency mean KPI", spending: "Spending",
    versusPreviousMonth: "vs previous month", versusLastYear: "vs same month last year",
    visitorsChart: "Visitors and loans per month",
    newMembersChart: "New members per month",
    participantsChart: "Activity participants per month",
    activitiesChart: "Activities per month", budgetChart: "Money allocated and spent per month",
    kpiChart: "Mean KPI per month", kpiAxis: "KPI (0-100)",
    districtKPIHeading: "Mean KPI per month by district",
    districtKPINote: "The mean KPI of each district's reporting libraries, each month scored"
      + " on its own; empty where none reported.",
    perLibraryHeading: "Monthly means per library",
    perLibraryNote: "The month's total divided by the registered libraries (those that did not"
      + " report included), so that the district compares with the regency.")
}

extension ReportLabels {
  /// The texts of the trends sheet.
  package var trends: TrendsLabels { language == .indonesian ? .indonesian : .english }
}
