/// A library's collection stock of one category at the end of a month (*koleksi*).
package struct CollectionStock: Hashable, Sendable {
  /// The library holding the stock (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The month at whose end the stock was counted (*bulan*).
  package var month: Month
  /// The part of the collection (*kategori*).
  package var category: CollectionCategory
  /// The number of distinct titles held (*judul*).
  package var titles: Int
  /// The number of copies held (*eksemplar*), never fewer than `titles`.
  package var copies: Int
  /// Copies added during the month (*eksemplar baru, pengadaan*); 0 by default.
  package var acquiredCopies: Int
  /// Copies removed during the month (*eksemplar dihapus, penyiangan*); 0 by default.
  package var weededCopies: Int

  /// Creates a stock row.
  package init(
    libraryID: LibraryID, month: Month, category: CollectionCategory, titles: Int, copies: Int,
    acquiredCopies: Int = 0, weededCopies: Int = 0
  ) {
    self.libraryID = libraryID
    self.month = month
    self.category = category
    self.titles = titles
    self.copies = copies
    self.acquiredCopies = acquiredCopies
    self.weededCopies = weededCopies
  }
}
