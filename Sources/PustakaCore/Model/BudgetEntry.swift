/// One line of the budget ledger (*anggaran*): what a library planned and spent in a month for
/// one category and funding source.
package struct BudgetEntry: Hashable, Sendable {
  /// The library the money belongs to (*kode perpustakaan*).
  package var libraryID: LibraryID
  /// The month the amounts belong to (*bulan, periode*).
  package var month: Month
  /// What the money is for (*kategori*).
  package var category: BudgetCategory
  /// Where the money comes from (*sumber dana*); `danaDesa` by default.
  package var source: FundingSource
  /// The amount planned for the month (*pagu, anggaran*).
  package var allocated: Rupiah
  /// The amount actually spent in the month (*realisasi*).
  package var spent: Rupiah

  /// Creates a budget line.
  package init(
    libraryID: LibraryID, month: Month, category: BudgetCategory,
    source: FundingSource = .danaDesa, allocated: Rupiah, spent: Rupiah
  ) {
    self.libraryID = libraryID
    self.month = month
    self.category = category
    self.source = source
    self.allocated = allocated
    self.spent = spent
  }
}
