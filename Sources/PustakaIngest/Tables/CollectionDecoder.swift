import PustakaCore

/// Decodes rows of the `collection` table (*koleksi*).
struct CollectionDecoder: RowDecoder {
  /// The duplicate key of a stock row.
  struct Key: Hashable {
    var library: Int
    var month: Month
    var category: CollectionCategory
  }

  static let schema = TableSchema(DataContract.collection)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = CollectionDecoder.column("library_id")
    static let month = CollectionDecoder.column("month")
    static let category = CollectionDecoder.column("category")
    static let titles = CollectionDecoder.column("titles")
    static let copies = CollectionDecoder.column("copies")
    static let acquired = CollectionDecoder.column("acquired_copies")
    static let weeded = CollectionDecoder.column("weeded_copies")
  }

  /// What empty optional cells stand for, as the contract declares.
  private enum Default {
    static let acquired = CollectionDecoder.declaredDefault("acquired_copies") { Int($0) }
    static let weeded = CollectionDecoder.declaredDefault("weeded_copies") { Int($0) }
  }

  private let categories = EnumerationLookup<CollectionCategory>()

  func decode(_ fields: inout FieldReader) -> CollectionStock? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let month = fields.month(Column.month)
    let category = fields.enumeration(Column.category, categories)
    let titles = fields.wholeNumber(Column.titles)
    let copies = fields.wholeNumber(Column.copies)
    let acquired = fields.wholeNumber(Column.acquired)
    let weeded = fields.wholeNumber(Column.weeded)
    if let titles, let copies, copies < titles {
      fields.reject(
        Column.copies, code: "copies.fewerThanTitles",
        message: "\(fields.quoted(Column.copies)) is fewer than \(fields.quoted(Column.titles))")
    }
    guard fields.reasons.isEmpty, let id, let month, let category, let titles, let copies
    else { return nil }
    return CollectionStock(
      libraryID: id, month: month, category: category, titles: titles, copies: copies,
      acquiredCopies: acquired ?? Default.acquired, weededCopies: weeded ?? Default.weeded)
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
