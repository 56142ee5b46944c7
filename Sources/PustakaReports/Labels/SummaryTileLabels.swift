import PustakaCore

/// The texts of the summary sheet's headline tiles: each tile's caption, and the line under
/// its figure that says what the figure is measured against.
package struct SummaryTileLabels: Sendable {
  /// Libraries reporting.
  package var reporting: String
  /// "of 217 registered (96.8 %)".
  package var ofRegistered: @Sendable (_ registered: String, _ share: String) -> String
  /// The mean KPI.
  package var meanKPI: String
  /// "12-month KPI: 55.10".
  package var twelveMonthMean: @Sendable (_ kpi: String) -> String
  /// Libraries with the lowest grade.
  package var lowestGrade: @Sendable (_ grade: String) -> String
  /// "of 210 reporting; 55 on the 12-month KPI, listed on the Support sheet".
  package var lowestGradeNote:
    @Sendable (_ reporting: String, _ onTwelveMonths: String?, _ sheet: String) -> String
  /// Visitors.
  package var visitors: String
  /// Loans.
  package var loans: String
  /// Activities.
  package var activities: String
  /// "11,213 participants".
  package var participants: @Sendable (_ count: String) -> String
  /// Cost per visit.
  package var costPerVisit: String
  /// Paid staff.
  package var staff: String
  /// "24 trained staff".
  package var trainedStaff: @Sendable (_ count: String) -> String
  /// Libraries without trained staff.
  package var withoutTrainedStaff: String
  /// "standard 2: 120 libraries; 1 trained: 49".
  package var trainedStandard: @Sendable (_ toStandard: String, _ one: String) -> String
  /// Volunteers.
  package var volunteers: String
  /// "8.6 hours per volunteer".
  package var hoursPerVolunteer: @Sendable (_ hours: String) -> String
  /// Volunteer hours.
  package var volunteerHours: String
  /// "30 libraries logged none".
  package var withoutHours: @Sendable (_ count: String) -> String
  /// Budget spent.
  package var spent: String
  /// "of Rp 423,630,000 allocated".
  package var ofAllocated: @Sendable (_ allocated: String) -> String
  /// Budget absorption in the period.
  package var absorption: String
  /// Budget absorption from January.
  package var absorptionYearToDate: String
  /// The pace of year-to-date absorption: "pace 83.3 % (10 of 12 months): on track".
  package var pace: @Sendable (_ pace: String, _ months: Int, _ behind: Bool) -> String
  /// "+1.5 % on 2026-09" (a relative change).
  package var changeOn: @Sendable (_ change: String, _ period: String) -> String
  /// "+5.7 points on 2026-09" (a change of a share or a score, in points).
  package var pointsOn: @Sendable (_ change: String, _ period: String) -> String
  /// Said under a figure when the previous period has no data.
  package var noPrevious: String

  /// Bahasa Indonesia.
  package static let indonesian = SummaryTileLabels(
    reporting: "Perpustakaan melapor",
    ofRegistered: { "dari \($0) terdaftar (\($1))" }, meanKPI: "Rata-rata KPI",
    twelveMonthMean: { "KPI 12 bulan: \($0)" },
    lowestGrade: { "Predikat \($0) (perlu pembinaan)" },
    lowestGradeNote: { reporting, yearly, sheet in
      "dari \(reporting) yang melapor; "
        + (yearly.map { "\($0) menurut KPI 12 bulan, " } ?? "") + "daftar di lembar \(sheet)"
    },
    visitors: "Pengunjung", loans: "Peminjaman", activities: "Kegiatan",
    participants: { "\($0) peserta" }, costPerVisit: "Biaya per kunjungan",
    staff: "Tenaga pengelola", trainedStaff: { "\($0) tenaga terlatih" },
    withoutTrainedStaff: "Tanpa tenaga terlatih",
    trainedStandard: { "standar 2 terpenuhi: \($0); 1 orang: \($1)" }, volunteers: "Relawan",
    hoursPerVolunteer: { "\($0) jam per relawan" }, volunteerHours: "Jam relawan",
    withoutHours: { "\($0) perpustakaan tanpa jam relawan" }, spent: "Realisasi anggaran",
    ofAllocated: { "dari pagu \($0)" }, absorption: "Serapan anggaran",
    absorptionYearToDate: "Serapan sejak Januari",
    pace: { "laju \($0) (\($1) dari 12 bulan): " + ($2 ? "tertinggal" : "sesuai laju") },
    changeOn: { "\($0) dari \($1)" }, pointsOn: { "\($0) poin dari \($1)" },
    noPrevious: "periode sebelumnya tanpa data")

  /// English.
  package static let english = SummaryTileLabels(
    reporting: "Libraries reporting", ofRegistered: { "of \($0) registered (\($1))" },
    meanKPI: "Mean KPI", twelveMonthMean: { "12-month KPI: \($0)" },
    lowestGrade: { "Grade \($0) (need support)" },
    lowestGradeNote: { reporting, yearly, sheet in
      "of \(reporting) reporting; " + (yearly.map { "\($0) on the 12-month KPI, " } ?? "")
        + "listed on the \(sheet) sheet"
    }, visitors: "Visitors",
    loans: "Loans", activities: "Activities", participants: { "\($0) participants" },
    costPerVisit: "Cost per visit", staff: "Paid staff",
    trainedStaff: { "\($0) trained staff" }, withoutTrainedStaff: "No trained staff",
    trainedStandard: { "standard of 2 met: \($0); 1 trained: \($1)" },
    volunteers: "Volunteers", hoursPerVolunteer: { "\($0) hours per volunteer" },
    volunteerHours: "Volunteer hours", withoutHours: { "\($0) libraries logged none" },
    spent: "Budget spent", ofAllocated: { "of \($0) allocated" },
    absorption: "Budget absorption", absorptionYearToDate: "Absorption since January",
    pace: { "pace \($0) (\($1) of 12 months): " + ($2 ? "behind" : "on track") },
    changeOn: { "\($0) on \($1)" }, pointsOn: { "\($0) points on \($1)" },
    noPrevious: "no data for the previous period")
}

extension ReportLabels {
  /// The summary tiles' texts in the workbook's language.
  package var summaryTiles: SummaryTileLabels {
    language == .indonesian ? .indonesian : .english
  }
}
