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

  static let schema = TableSchema(
    table: .budget,
    columns: [
      .libraryID,
      ColumnSpec("month", ["bulan", "periode"], .month, required: true),
      ColumnSpec(
        "category", ["kategori"], .enumeration(expected: BudgetCategory.expectedList),
        required: true),
      ColumnSpec("source", ["sumber_dana"], .enumeration(expected: FundingSource.expectedList)),
      ColumnSpec("allocated_idr", ["pagu", "anggaran"], .money, required: true),
      ColumnSpec("spent_idr", ["realisasi"], .money, required: true),
    ])

  private let categories = EnumerationLookup<BudgetCategory>()
  private let sources = EnumerationLookup<FundingSource>()

  func decode(_ fields: inout FieldReader) -> BudgetEntry? {
    let id = fields.id(0)
    fields.libraryID = id
    let month = fields.month(1)
    let category = fields.enumeration(2, categories)
    let source = fields.enumeration(3, sources)
    let allocated = fields.money(4)
    let spent = fields.money(5)
    guard fields.reasons.isEmpty, let id, let month, let category, let allocated, let spent
    else { return nil }
    return BudgetEntry(
      libraryID: id, month: month, category: category, source: source ?? .danaDesa,
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
