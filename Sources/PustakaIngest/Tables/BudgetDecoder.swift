import PustakaCore

/// Decodes rows of the `budget` table (*anggaran*).
struct BudgetDecoder: RowDecoder {
  /// The duplicate key of a budget line.
  struct Key: Hashable {
    var library: Int
    var month: Month
    var category: BudgetCategory
    var source: FundingSource
  }

  static let schema = TableSchema(DataContract.budget)

  /// The positions of the columns this decoder reads, by key.
  private enum Column {
    static let libraryID = BudgetDecoder.column("library_id")
    static let month = BudgetDecoder.column("month")
    static let category = BudgetDecoder.column("category")
    static let source = BudgetDecoder.column("source")
    static let allocated = BudgetDecoder.column("allocated_idr")
    static let spent = BudgetDecoder.column("spent_idr")
  }

  /// What an empty `source` cell stands for, as the contract declares.
  private static let defaultSource = BudgetDecoder.declaredDefault("source") {
    FundingSource(rawValue: $0)
  }

  private let categories = EnumerationLookup<BudgetCategory>()
  private let sources = EnumerationLookup<FundingSource>()

  func decode(_ fields: inout FieldReader) -> BudgetEntry? {
    let id = fields.id(Column.libraryID)
    fields.libraryID = id
    let month = fields.month(Column.month)
    let category = fields.enumeration(Column.category, categories)
    let source = fields.enumeration(Column.source, sources)
    let allocated = fields.money(Column.allocated)
    let spent = fields.money(Column.spent)
    guard fields.reasons.isEmpty, let id, let month, let category, let allocated, let spent
    else { return nil }
    return BudgetEntry(
      libraryID: id, month: month, category: category, source: source ?? Self.defaultSource,
      allocated: allocated, spent: spent)
  }

  static func libraryID(of record: BudgetEntry) -> LibraryID { record.libraryID }
  static func key(of record: BudgetEntry, library: Int) -> Key? {
    Key(
      library: library, month: record.month, category: record.category,
      source: record.source)
  }
  static func describeKey(of record: BudgetEntry) -> String {
    "\(quotedID(record.libraryID)), month \(record.month), category \(record.category.rawValue), "
      + "source \(record.source.rawValue)"
  }
  static func month(of record: BudgetEntry) -> Month? { record.month }
}
