/// What happened at a library on one day (*kunjungan harian*): visitors, loans, new members.
///
/// A row with `isOpen` false records a closed day; the library still "reports" in a period
/// when it has any attendance row in it.
package struct AttendanceDay: Hashable, Sendable {
  /// The library (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The day (*tanggal*).
  package var date: CalendarDate
  /// People who came in (*pengunjung*).
  package var visitors: Int
  /// Of the visitors, children under 13 (*pengunjung anak*); `nil` when not given.
  package var childVisitors: Int?
  /// Copies lent out (*peminjaman, buku dipinjam*); 0 by default.
  package var loans: Int
  /// Members who joined that day (*anggota baru*); 0 by default.
  package var newMembers: Int
  /// Whether the library was open (*buka*); true by default.
  package var isOpen: Bool

  /// Creates an attendance row.
  package init(
    libraryID: LibraryID, date: CalendarDate, visitors: Int, childVisitors: Int? = nil,
    loans: Int = 0, newMembers: Int = 0, isOpen: Bool = true
  ) {
    self.libraryID = libraryID
    self.date = date
    self.visitors = visitors
    self.childVisitors = childVisitors
    self.loans = loans
    self.newMembers = newMembers
    self.isOpen = isOpen
  }
}
