import PustakaCore
import XLSXWriter

/// The library report card (*rapor perpustakaan*): one small workbook per library for its
/// manager.
///
/// The first sheet prints on one A4 page in landscape: the KPI, grade, ranks in district and
/// regency and the change since the previous period; the next steps that add most points;
/// the 20 indicators with the value that earns the next point; the four area sub-scores
/// against the district and regency means; and the last 12 months of visitors and loans. The
/// second sheet holds the plain numbers the charts draw. A library that did not report gets
/// a card that says so, with its last known figures and no scores.
///
/// Building a card touches only the library, its district context and its regency's block
/// of the scoreboard, so cards for every library of a large data set stay fast.
package enum LibraryCard {
  /// The card of `score`'s library.
  ///
  /// - Parameters:
  ///   - score: The library's score for the context's period.
  ///   - context: The library's district context (its district's scores and statistics).
  /// - Returns: The workbook, ready for `WorkbookWriter.write(_:to:)`.
  package static func workbook(for score: LibraryScore, context: ReportContext) -> WorkbookSpec {
    let figures = Figures(score: score, context: context)
    var namer = SheetNamer()
    let cardName = namer.name(for: context.labels.cardSheet)
    let dataName = namer.name(for: context.labels.cardDataSheet)
    let (data, placement) = dataSheet(named: dataName, figures: figures, context: context)
    var builder = CardBuilder(
      sheet: ReportSheet(name: cardName), figures: figures, context: context, data: placement)
    builder.build()
    let title = "\(context.labels.card.workbookTitle) \(score.library.name)"
    return WorkbookAssembler.workbook(
      title: title, sheets: [builder.sheet, data], context: context)
  }

  /// The card's file name, `<library_id>-<period>.xlsx`, safe whatever the id holds.
  ///
  /// `NGW-112` in 2026-10 gives `NGW-112-2026-10.xlsx`; an id such as `../x` cannot leave
  /// the folder the caller puts the card in.
  package static func fileName(for score: LibraryScore, period: Period) -> String {
    SafeFileName.make("\(score.library.id.rawValue)-\(period.description)") + ".xlsx"
  }
}
