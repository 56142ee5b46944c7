/// How a sheet prints: page setup, scaling, header and footer, print titles and area.
package struct XLSXPrintSetup: Sendable, Equatable {
  /// "portrait" or "landscape", when the sheet says.
  package var orientation: String?
  /// The paper size code (1 Letter, 9 A4, 5 Legal), when the sheet says.
  package var paperSize: Int?
  /// The print scale in percent, when the sheet says.
  package var scale: Int?
  /// Whether the sheet is scaled to fit pages (`<pageSetUpPr fitToPage="1">`).
  package var fitsToPage: Bool
  /// Pages across to fit to (0 means as many as needed); nil unless `fitsToPage`.
  package var fitToWidth: Int?
  /// Pages down to fit to (0 means as many as needed); nil unless `fitsToPage`.
  package var fitToHeight: Int?
  /// The odd-page header text with its `&C`-style codes, as stored.
  package var header: String?
  /// The odd-page footer text with its `&C`-style codes, as stored.
  package var footer: String?
  /// The rows or columns repeated on every page (defined name `_xlnm.Print_Titles`).
  package var printTitles: String?
  /// The printed range (defined name `_xlnm.Print_Area`).
  package var printArea: String?
  /// Whether gridlines are printed (`<printOptions gridLines="1">`).
  package var printsGridLines: Bool
  /// The zero-based rows that start a printed page (`<rowBreaks><brk id=...>`: a break with
  /// id `n` falls under the `n`th row, so row `n` starts the page).
  package var rowBreaks: [Int] = []
  /// The zero-based columns that start a printed page (`<colBreaks>`).
  package var columnBreaks: [Int] = []

  /// Creates a print setup; the defaults are those of a sheet that sets nothing.
  package init(
    orientation: String? = nil, paperSize: Int? = nil, scale: Int? = nil,
    fitsToPage: Bool = false, fitToWidth: Int? = nil, fitToHeight: Int? = nil,
    header: String? = nil, footer: String? = nil, printTitles: String? = nil,
    printArea: String? = nil, printsGridLines: Bool = false
  ) {
    self.orientation = orientation
    self.paperSize = paperSize
    self.scale = scale
    self.fitsToPage = fitsToPage
    self.fitToWidth = fitToWidth
    self.fitToHeight = fitToHeight
    self.header = header
    self.footer = footer
    self.printTitles = printTitles
    self.printArea = printArea
    self.printsGridLines = printsGridLines
  }
}
