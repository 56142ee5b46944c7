/// The texts of the districts sheet's section on the 12-month KPI, staff and volunteers.
package struct DistrictStaffLabels: Sendable {
  /// The section's heading.
  package var heading: String
  /// The note under the heading: what is counted.
  package var note: String
  /// Column captions.
  package var district: String, reporting: String, twelveMonthKPI: String, twelveMonthRank: String
  /// Column captions.
  package var staff: String, trainedStaff: String
  /// Libraries with 0, 1 and 2 or more trained staff, and those that did not say.
  package var noTrained: String, oneTrained: String, standardMet: String, trainedUnknown: String
  /// Column captions.
  package var volunteers: String, volunteerHours: String, hoursPerVolunteer: String
  /// Libraries that logged no volunteer hours.
  package var noHours: String

  /// Bahasa Indonesia.
  package static let indonesian = DistrictStaffLabels(
    heading: "KPI 12 bulan, tenaga dan relawan",
    note: "Dihitung atas perpustakaan yang melapor. Standar nasional: 2 tenaga terlatih per"
      + " perpustakaan. Peringkat kecamatan menurut rata-rata KPI 12 bulan.",
    district: "Kecamatan", reporting: "Melapor", twelveMonthKPI: "Rata-rata KPI 12 bulan",
    twelveMonthRank: "Peringkat 12 bulan", staff: "Tenaga pengelola",
    trainedStaff: "Tenaga terlatih", noTrained: "Perpustakaan tanpa tenaga terlatih",
    oneTrained: "Dengan 1 tenaga terlatih", standardMet: "Memenuhi standar (2+)",
    trainedUnknown: "Tidak dilaporkan", volunteers: "Relawan", volunteerHours: "Jam relawan",
    hoursPerVolunteer: "Jam per relawan", noHours: "Tanpa jam relawan")

  /// English.
  package static let english = DistrictStaffLabels(
    heading: "12-month KPI, staff and volunteers",
    note: "Counted over the reporting libraries. National standard: 2 trained staff per"
      + " library. Districts ranked by their mean 12-month KPI.",
    district: "District", reporting: "Reporting", twelveMonthKPI: "Mean 12-month KPI",
    twelveMonthRank: "12-month rank", staff: "Paid staff", trainedStaff: "Trained staff",
    noTrained: "Libraries without trained staff", oneTrained: "With 1 trained",
    standardMet: "Standard met (2+)", trainedUnknown: "Not reported", volunteers: "Volunteers",
    volunteerHours: "Volunteer hours", hoursPerVolunteer: "Hours per volunteer",
    noHours: "No volunteer hours")
}

extension ReportLabels {
  /// The districts sheet's staff section in the workbook's language.
  package var districtStaff: DistrictStaffLabels {
    language == .indonesian ? .indonesian : .english
  }
}
