/// What happened at a library on one day (*kunjungan harian*): visitors, loans, new members.
///
/// A row with `isOpen` false records a closed day; the library still "reports" in a period
/// when it has any attendance row in it.
///
/// The counts are stored in 32 bits: they are whole numbers from 0 to
/// `ContractLimits.wholeNumber` (10^9), which the loader enforces, and a data set holds
/// millions of these rows (40 bytes each instead of 72).
package struct AttendanceDay: Hashable, Sendable {
  /// The library (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The day (*tanggal*).
  package var date: CalendarDate
  private var storedVisitors: Int32
  /// `-1` when not given.
  private var storedChildVisitors: Int32
  private var storedLoans: Int32
  private var storedNewMembers: Int32
  /// Whether the library was open (*buka*); true by default.
  package var isOpen: Bool

  /// Creates an attendance row.
  ///
  /// - Precondition: every count is from 0 to `ContractLimits.wholeNumber`.
  package init(
    libraryID: LibraryID, date: CalendarDate, visitors: Int, childVisitors: Int? = nil,
    loans: Int = 0, newMembers: Int = 0, isOpen: Bool = true
  ) {
    self.libraryID = libraryID
    self.date = date
    storedVisitors = Self.stored(visitors)
    storedChildVisitors = childVisitors.map(Self.stored) ?? -1
    storedLoans = Self.stored(loans)
    storedNewMembers = Self.stored(newMembers)
    self.isOpen = isOpen
  }

  /// People who came in (*pengunjung*).
  package var visitors: Int {
    get { Int(storedVisitors) }
    set { storedVisitors = Self.stored(newValue) }
  }

  /// Of the visitors, children under 13 (*pengunjung anak*); `nil` when not given.
  package var childVisitors: Int? {
    get { storedChildVisitors < 0 ? nil : Int(storedChildVisitors) }
    set { storedChildVisitors = newValue.map(Self.stored) ?? -1 }
  }

  /// Copies lent out (*peminjaman, buku dipinjam*); 0 by default.
  package var loans: Int {
    get { Int(storedLoans) }
    set { storedLoans = Self.stored(newValue) }
  }

  /// Members who joined that day (*anggota baru*); 0 by default.
  package var newMembers: Int {
    get { Int(storedNewMembers) }
    set { storedNewMembers = Self.stored(newValue) }
  }

  /// `count` in 32 bits; a count outside the contract's range is a programming error (the
  /// loader rejects such cells), not data.
  private static func stored(_ count: Int) -> Int32 {
    precondition(
      (0...ContractLimits.wholeNumber).contains(count),
      "an attendance count must be from 0 to \(ContractLimits.wholeNumber), not \(count)")
    return Int32(count)
  }
}
