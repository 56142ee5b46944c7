/// A library's staffing and membership at the end of a month (*operasional*).
package struct OperationsSnapshot: Hashable, Sendable {
  /// The library (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The month at whose end the figures hold (*bulan*).
  package var month: Month
  /// Paid staff (*tenaga honor, pengelola*); 0 by default.
  package var paidStaff: Int
  /// Volunteers (*relawan*); 0 by default.
  package var volunteers: Int
  /// Hours the volunteers gave during the month (*jam relawan*); 0 by default.
  package var volunteerHours: Double
  /// Staff or volunteers with library training (*tenaga terlatih*); `nil` when not given.
  package var trainedStaff: Int?
  /// Members registered at the month's end (*jumlah anggota*); `nil` when not given.
  package var registeredMembers: Int?

  /// Creates an operations row.
  package init(
    libraryID: LibraryID, month: Month, paidStaff: Int = 0, volunteers: Int = 0,
    volunteerHours: Double = 0, trainedStaff: Int? = nil, registeredMembers: Int? = nil
  ) {
    self.libraryID = libraryID
    self.month = month
    self.paidStaff = paidStaff
    self.volunteers = volunteers
    self.volunteerHours = volunteerHours
    self.trainedStaff = trainedStaff
    self.registeredMembers = registeredMembers
  }
}
