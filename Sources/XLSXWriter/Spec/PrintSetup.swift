/// How a sheet prints: paper, orientation, scaling, repeated rows, header, footer and margins.
package struct PrintSetup: Hashable, Sendable {
  /// Portrait or landscape.
  package var orientation: Orientation = .portrait
  /// The paper size.
  package var paper: Paper = .a4
  /// Pages across and down to fit the sheet on.
  ///
  /// Fitting overrides `scalePercent` and the manual page breaks, in Excel and libxlsxwriter
  /// alike: a sheet that sets breaks prints at a fixed scale instead.
  package var fitToPages: FitToPages?
  /// A fixed print scale in percent (10 to 400); ignored when `fitToPages` is set.
  package var scalePercent: Int?
  /// Rows repeated at the top of every printed page (zero-based, inclusive).
  package var repeatedRows: ClosedRange<Int>?
  /// Columns repeated at the left of every printed page (zero-based, inclusive).
  package var repeatedColumns: ClosedRange<Int>?
  /// The cells printed, when not the whole used range (`_xlnm.Print_Area`).
  package var printArea: CellRange?
  /// Rows that start a new printed page (zero-based; each above 0, at most 1,023 of them).
  package var horizontalPageBreaks: [Int] = []
  /// Columns that start a new printed page (zero-based; each above 0, at most 1,023 of them).
  package var verticalPageBreaks: [Int] = []
  /// The page header.
  package var header: HeaderFooter?
  /// The page footer.
  package var footer: HeaderFooter?
  /// Page margins in inches.
  package var margins: Margins?
  /// Whether the content is centred across the page.
  package var centeredHorizontally = false

  /// Creates Excel's default print setup (portrait A4, no scaling).
  package init() {}

  /// Scaling to a number of pages: `width` pages across, `height` pages down (`0` leaves
  /// that direction free, so `FitToPages(width: 1, height: 0)` fits the width only).
  package struct FitToPages: Hashable, Sendable {
    /// Pages across.
    package var width: Int
    /// Pages down; 0 for as many as needed.
    package var height: Int

    /// Creates a fit-to-pages setting.
    package init(width: Int, height: Int) {
      self.width = width
      self.height = height
    }
  }

  /// Page orientation.
  package enum Orientation: Hashable, Sendable {
    /// Taller than wide.
    case portrait
    /// Wider than tall.
    case landscape
  }

  /// Paper sizes offices use.
  package enum Paper: Hashable, Sendable {
    /// ISO A4, 210 x 297 mm.
    case a4
    /// US Letter.
    case letter
    /// Folio (F4), 8.5 x 13 in, common in Indonesian offices.
    case folio

    /// Excel's paper code.
    var excelCode: UInt8 {
      switch self {
      case .letter: return 1
      case .a4: return 9
      case .folio: return 14
      }
    }
  }

  /// Page margins in inches.
  package struct Margins: Hashable, Sendable {
    /// Left margin.
    package var left: Double
    /// Right margin.
    package var right: Double
    /// Top margin.
    package var top: Double
    /// Bottom margin.
    package var bottom: Double

    /// Creates margins.
    package init(left: Double, right: Double, top: Double, bottom: Double) {
      self.left = left
      self.right = right
      self.top = top
      self.bottom = bottom
    }
  }
}
