import PustakaCore

/// The words of a data-entry template in one language: its instructions and the hints and
/// alerts of its entry cells.
///
/// Every sentence is written for a village library manager, not for the regency office: it
/// says what to type and what to do next.
struct TemplateLabels: Sendable {
  /// The name of the first sheet: "Petunjuk" or "Instructions".
  let instructionsSheet: String
  /// The workbook's title before the library's name.
  let title: String
  /// The labels of the identity block.
  let libraryID, libraryName, village, district, regency, month: String
  /// Shown in the identity block of a template for a library not yet in the register.
  let newLibrary: String
  /// The numbered steps of filling in and returning the workbook.
  let steps: [String]
  /// The extra step of a blank template.
  let blankStep: String
  /// The heading of the table of last month's collection.
  let lastCollectionHeading: String
  /// Shown instead of that table when the register holds no earlier collection figures.
  let noLastCollection: String
  /// The start of the note on a collection row with last month's figures.
  let lastMonthNote: String
  /// One category's figures in that table, from its grouped titles and copies.
  let stockLine: @Sendable (_ titles: String, _ copies: String) -> String
  /// The yes and no entries of a yes/no list.
  let yes, no: String

  /// The hint and the alert for an entry cell of `column`.
  let hint:
    @Sendable (ContractColumn, _ month: String) -> (title: String, text: String, error: String)

  /// The labels of `language`.
  static func of(_ language: ReportLanguage) -> TemplateLabels {
    language == .indonesian ? .indonesian : .english
  }
}
