import PustakaCore

/// The card's texts for its 12-month KPI rows and its staff-and-volunteers block.
package struct CardStaffLabels: Sendable {
  /// "KPI 12 bulan (Nov 2025 - Okt 2026), predikat B".
  package var twelveMonthKPI: @Sendable (_ months: String, _ grade: String) -> String
  /// The rank on the 12-month KPI in the regency.
  package var twelveMonthRank: String
  /// The same, as a column caption.
  package var twelveMonthRankShort: String
  /// The recommendations' heading with their basis: "Rekomendasi (dari nilai 12 bulan ...)".
  package var recommendationsOn: @Sendable (_ heading: String, _ months: String) -> String
  /// The block's heading.
  package var heading: String
  /// The block's first column caption.
  package var measure: String
  /// Paid staff.
  package var staff: String
  /// Trained staff against the standard of 2.
  package var trainedStaff: String
  /// Volunteers.
  package var volunteers: String
  /// Volunteer hours in the period.
  package var volunteerHours: String
  /// Volunteer hours per volunteer.
  package var hoursPerVolunteer: String
  /// Under the block: the standard, and whether the library meets it.
  package var standardNote: @Sendable (_ trained: Int?) -> String

  /// Bahasa Indonesia.
  package static let indonesian = CardStaffLabels(
    twelveMonthKPI: { "KPI 12 bulan (\($0)), predikat \($1)" },
    twelveMonthRank: "Peringkat 12 bulan di kabupaten", twelveMonthRankShort: "Peringkat 12 bulan",
    recommendationsOn: { "\($0) (dari nilai 12 bulan, \($1))" }, heading: "Tenaga dan relawan",
    measure: "Ukuran", staff: "Tenaga pengelola", trainedStaff: "Tenaga terlatih (standar 2)",
    volunteers: "Relawan", volunteerHours: "Jam relawan", hoursPerVolunteer: "Jam per relawan",
    standardNote: { trained in
      guard let trained else { return "Jumlah tenaga terlatih belum dilaporkan." }
      return trained >= StaffFigures.trainedStaffStandard
        ? "Standar nasional 2 tenaga terlatih sudah terpenuhi."
        : "Standar nasional 2 tenaga terlatih: kurang \(StaffFigures.trainedStaffStandard - trained)."
    })

  /// English.
  package static let english = CardStaffLabels(
    twelveMonthKPI: { "12-month KPI (\($0)), grade \($1)" },
    twelveMonthRank: "12-month rank in regency", twelveMonthRankShort: "12-month rank",
    recommendationsOn: { "\($0) (from the 12-month values, \($1))" },
    heading: "Staff and volunteers",
    measure: "Measure", staff: "Paid staff", trainedStaff: "Trained staff (standard 2)",
    volunteers: "Volunteers", volunteerHours: "Volunteer hours",
    hoursPerVolunteer: "Hours per volunteer",
    standardNote: { trained in
      guard let trained else { return "Trained staff not reported yet." }
      return trained >= StaffFigures.trainedStaffStandard
        ? "The national standard of 2 trained staff is met."
        : "National standard of 2 trained staff: \(StaffFigures.trainedStaffStandard - trained) short."
    })
}

extension ReportLabels {
  /// The card's 12-month and staff texts in the workbook's language.
  package var cardStaff: CardStaffLabels { language == .indonesian ? .indonesian : .english }
}
