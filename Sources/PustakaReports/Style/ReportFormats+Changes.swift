import PustakaCore
import XLSXWriter

extension ReportFormats {
  /// A change of rank with its sign: `+3`, `-2`, `0`.
  package static let signedCount = CellFormat(numberFormat: "+#,##0;-#,##0;0")
  /// A change of score with its sign: `+1.25`, `-0.50`, `0.00`.
  package static let signedScore = CellFormat(numberFormat: "+0.00;-0.00;0.00")
  /// A change of money with its sign.
  package static let signedMoney = CellFormat(numberFormat: "+\"Rp \"#,##0;-\"Rp \"#,##0;\"Rp \"0")
  /// A change of a share with its sign, in percentage points shown as `+1.5%`.
  package static let signedShare = CellFormat(numberFormat: "+0.0%;-0.0%;0.0%")

  /// `base` drawn on the light band that marks totals and comparison figures, in bold.
  package static func banded(_ base: CellFormat) -> CellFormat {
    var format = base
    format.fill = ReportPalette.band
    format.bold = true
    return format
  }

  /// A grade cell: the grade's colour behind readable text, centred.
  package static func grade(_ grade: GradeRule, in rubric: Rubric) -> CellFormat {
    CellFormat(
      bold: true, fontColor: ReportPalette.textColor(on: grade, in: rubric),
      fill: ReportPalette.color(of: grade, in: rubric), horizontalAlignment: .center)
  }

  /// The signed version of a figure's format, for the change against the previous period.
  package static func signed(_ base: CellFormat) -> CellFormat {
    switch base.numberFormat {
    case score.numberFormat: return signedScore
    case money.numberFormat: return signedMoney
    case share.numberFormat: return signedShare
    default: return signedCount
    }
  }
}
