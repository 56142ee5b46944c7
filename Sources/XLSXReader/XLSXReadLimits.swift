/// The most an xlsx file may hold before the reader refuses it.
///
/// The defaults are far above any real submission and far below what would exhaust the machine;
/// tests pass small limits instead of building huge files.
package struct XLSXReadLimits: Sendable, Equatable {
  /// The most zip entries an archive may list (default 10,000).
  package var maximumEntryCount: Int

  /// The most bytes all entries may unpack to together (default 200 MB), checked on the declared
  /// sizes before inflating and again on the bytes actually inflated.
  package var maximumUncompressedBytes: Int

  /// Creates limits; the defaults are 10,000 entries and 200 MB uncompressed.
  package init(maximumEntryCount: Int = 10_000, maximumUncompressedBytes: Int = 200 * 1_048_576) {
    self.maximumEntryCount = maximumEntryCount
    self.maximumUncompressedBytes = maximumUncompressedBytes
  }

  /// The limits used when the caller passes none.
  package static let standard = XLSXReadLimits()
}
