import PustakaCore
import XLSXWriter

/// One table's sheet of a data-entry template, built row by row.
///
/// Row 1 holds the table's headers in the template's language (each folds to the contract's
/// key or an alias, so the returned sheet loads as it is). Every row the template writes has
/// its prefilled cells (the library, the date or month, the category) locked and its entry
/// cells yellow and editable; the columns stay editable below, so a manager can add rows.
/// Every column carries the data validation of its type, from the first row a person types
/// in to `EntrySheet.addableRows` rows below the last written one.
struct EntrySheet {
  /// How many rows below the written ones keep their validation, for rows a manager adds.
  static let addableRows = 200

  /// The table.
  let table: ContractTable
  private let context: TemplateContext
  private var sheet: SheetSpec
  private var prefilled: Set<String> = []
  private var nextRow = 1

  /// An empty sheet for `table`, named in the template's language.
  init(_ table: TableName, context: TemplateContext) {
    self.table = DataContract.table(table)
    self.context = context
    let name = context.language == .indonesian ? table.indonesianName : table.rawValue
    sheet = SheetSpec(name: name)
    for (position, column) in self.table.columns.enumerated() {
      sheet.write(
        .string(column.header.text(in: context.language)), row: 0, column: position,
        format: TemplateStyle.header)
    }
  }

  /// Appends a row with `values` in the columns they name (locked) and entry cells elsewhere.
  mutating func addRow(_ values: [String: CellValue]) {
    for (position, column) in table.columns.enumerated() {
      if let value = values[column.key] {
        prefilled.insert(column.key)
        sheet.write(value, row: nextRow, column: position, format: TemplateStyle.prefilled(column))
      } else {
        sheet.write(.blank, row: nextRow, column: position, format: TemplateStyle.entry(column))
      }
    }
    nextRow += 1
  }

  /// Adds a note (an Excel comment) to the cell of `key` in the row last added.
  mutating func annotateLastRow(_ key: String, _ text: String) {
    let reference = CellReference(row: nextRow - 1, column: table.position(of: key))
    sheet.comments[reference] = text
  }

  /// The finished sheet: validations, widths, frozen header, print setup and protection.
  var spec: SheetSpec {
    var sheet = self.sheet
    let lastRow = nextRow - 1 + Self.addableRows
    for (position, column) in table.columns.enumerated() {
      let firstEntryRow = prefilled.contains(column.key) ? nextRow : 1
      let rule = EntryRule(
        table: table, column: column, month: table.name == .libraries ? nil : context.month,
        labels: context.labels, language: context.language, monthName: context.monthName)
      sheet.dataValidations.append(rule.validation(rows: firstEntryRow...lastRow))
      sheet.columns[position] = ColumnSpec(
        width: .fixed(TemplateStyle.width(column)), format: TemplateStyle.column(column))
    }
    sheet.rowHeights[0] = 30
    sheet.frozenPane = CellReference(row: 1, column: 0)
    sheet.isProtected = true
    sheet.printSetup.orientation = .landscape
    sheet.printSetup.fitToPages = .init(width: 1, height: 0)
    sheet.printSetup.repeatedRows = 0...0
    return sheet
  }
}
