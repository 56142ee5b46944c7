import PustakaCore
import XLSXWriter

/// The first sheet of a data-entry template: who and which month it is for, how to fill it in
/// and return it, and last month's collection for comparison.
///
/// Written in the template's language; the loader ignores it, since its name is no table's.
struct InstructionsSheet {
  private static let title = CellFormat(fontSize: 14, bold: true)
  private static let label = CellFormat(bold: true, verticalAlignment: .top)
  private static let text = CellFormat(verticalAlignment: .top, wrapsText: true)
  private static let heading = CellFormat(bold: true)

  /// The sheet.
  let spec: SheetSpec

  /// The instructions for `library` (`nil` for a blank template) in `context`.
  init(library: VillageLibrary?, lastCollection: [CollectionStock], context: TemplateContext) {
    let labels = context.labels
    var sheet = SheetSpec(name: labels.instructionsSheet)
    sheet.write(.string(labels.title), row: 0, column: 0, format: Self.title)
    let identity: [(String, String)] =
      if let library {
        [
          (labels.libraryID, library.id.rawValue), (labels.libraryName, library.name),
          (labels.village, library.village), (labels.district, library.district),
          (labels.regency, library.regency), (labels.month, context.monthName),
        ]
      } else {
        [(labels.libraryID, labels.newLibrary), (labels.month, context.monthName)]
      }
    var row = 2
    for (name, value) in identity {
      sheet.write(.string(name), row: row, column: 0, format: Self.label)
      sheet.write(.string(value), row: row, column: 1, format: Self.text)
      row += 1
    }
    row += 1
    let steps = (library == nil ? [labels.blankStep] : []) + labels.steps
    for (number, step) in steps.enumerated() {
      sheet.write(.string("\(number + 1)."), row: row, column: 0, format: Self.label)
      sheet.write(.string(step), row: row, column: 1, format: Self.text)
      sheet.rowHeights[row] = 15 * Double(1 + step.count / 85)
      row += 1
    }
    row += 1
    sheet.write(.string(labels.lastCollectionHeading), row: row, column: 0, format: Self.heading)
    row += 1
    if lastCollection.isEmpty {
      sheet.write(.string(labels.noLastCollection), row: row, column: 1, format: Self.text)
    }
    for stock in lastCollection {
      sheet.write(
        .string(stock.category.displayName.text(in: context.language)), row: row, column: 0)
      sheet.write(.string(context.stockText(stock)), row: row, column: 1)
      row += 1
    }
    sheet.columns[0] = ColumnSpec(width: .fixed(24))
    sheet.columns[1] = ColumnSpec(width: .fixed(90))
    sheet.showsGridLines = false
    sheet.isProtected = true
    sheet.printSetup.fitToPages = .init(width: 1, height: 0)
    spec = sheet
  }
}
