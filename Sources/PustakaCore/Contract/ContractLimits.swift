/// The largest values a cell may hold (data-contract.md, Limits), so that no sum over a
/// province's data can overflow and no text can break a workbook's limits.
///
/// The ceilings are far above anything a village library reports (budgets of Rp 4-50 million
/// a year, 5-40 visitors a day, populations of a few thousand) yet low enough that summing
/// every row of 84,000 libraries over 24 months stays inside 64-bit integers.
package enum ContractLimits {
  /// The largest whole number in a count column (visitors, copies, population ...); the
  /// messages spell it 1,000,000,000.
  package static let wholeNumber = 1_000_000_000
  /// The largest rupiah amount in a money column; the messages spell it Rp 1,000,000,000,000.
  package static let rupiah: Int64 = 1_000_000_000_000
  /// The longest text in a text column, in characters.
  package static let textLength = 1_000
  /// The first and last years a date or month may fall in.
  package static let years = CalendarDate.supportedYears
}
