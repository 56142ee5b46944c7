import PustakaCore

/// Decodes rows of the `collection` table (*koleksi*).
struct CollectionDecoder: RowDecoder {
  /// The duplicate key of a stock row.
  struct Key: Hashable {
    var library: Int
    var month: Month
    var category: CollectionCategory
  }

  static let schema = TableSchema(
    table: .collection,
    columns: [
      .libraryID,
      ColumnSpec("month", ["bulan"], .month, required: true),
      ColumnSpec(
        "category", ["kategori"], .enumeration(expected: CollectionCategory.expectedList),
        required: true),
      ColumnSpec("titles", ["judul"], .wholeNumber, required: true),
      ColumnSpec("copies", ["eksemplar"], .wholeNumber, required: true),
      ColumnSpec("acquired_copies", ["eksemplar_baru", "pengadaan"], .wholeNumber),
      ColumnSpec("weeded_copies", ["eksemplar_dihapus", "penyiangan"], .wholeNumber),
    ])

  private let categories = EnumerationLookup<CollectionCategory>()

  func decode(_ fields: inout FieldReader) -> CollectionStock? {
    let id = fields.id(0)
    fields.libraryID = id
    let month = fields.month(1)
    let category = fields.enumeration(2, categories)
    let titles = fields.wholeNumber(3)
    let copies = fields.wholeNumber(4)
    let acquired = fields.wholeNumber(5)
    let weeded = fields.wholeNumber(6)
    if let titles, let copies, copies < titles {
      fields.reject(
        4, code: "copies.fewerThanTitles",
        message: "\(fields.quoted(4)) is fewer than \(fields.quoted(3))")
    }
    guard fields.reasons.isEmpty, let id, let month, let category, let titles, let copies
    else { return nil }
    return CollectionStock(
      libraryID: id, month: month, category: category, titles: titles, copies: copies,
      acquiredCopies: acquired ?? 0, weededCopies: weeded ?? 0)
  }

  static func libraryID(of record: CollectionStock) -> LibraryID { record.libraryID }
  static func key(of record: CollectionStock, library: Int) -> Key? {
    Key(library: library, month: record.month, category: record.category)
  }
  static func describeKey(of record: CollectionStock) -> String {
    "\(quotedID(record.libraryID)), month \(record.month), category \(record.category.rawValue)"
  }
  static func month(of record: CollectionStock) -> Month? { record.month }
}
