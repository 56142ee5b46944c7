/// Why an indicator has no value for a library and period (*alasan data kosong*); it then scores
/// 0 points and is listed as missing.
package enum MissingReason: Hashable, Sendable, CustomStringConvertible {
  /// No file provided the table, so its indicators are missing for every library.
  case tableNotProvided(TableName)
  /// The library has no row of the table in the period (a sum over nothing is missing).
  case noRowsInPeriod(TableName)
  /// The library has no row of the table from January to the period's last month.
  case noRowsInYearToDate(TableName)
  /// The library has no row of the table in the 12 months ending with the period's last month.
  case noSnapshot(TableName)
  /// The row that holds the value leaves it empty (the contract's column name).
  case valueNotGiven(column: String)
  /// The formula divides by zero; the text names the zero, such as `no visitors`.
  case zeroDenominator(String)

  /// The reason in English, such as `no budget row in the period`.
  package var description: String { text.english }

  /// The reason in both report languages.
  package var text: LocalizedText {
    switch self {
    case .tableNotProvided(let table):
      return LocalizedText(
        indonesian: "tabel \(table.indonesianName) tidak tersedia",
        english: "no \(table.rawValue) table in the data")
    case .noRowsInPeriod(let table):
      return LocalizedText(
        indonesian: "tidak ada baris \(table.indonesianName) dalam periode",
        english: "no \(table.rawValue) row in the period")
    case .noRowsInYearToDate(let table):
      return LocalizedText(
        indonesian: "tidak ada baris \(table.indonesianName) sejak Januari",
        english: "no \(table.rawValue) row since January")
    case .noSnapshot(let table):
      return LocalizedText(
        indonesian: "tidak ada baris \(table.indonesianName) dalam 12 bulan terakhir",
        english: "no \(table.rawValue) row in the last 12 months")
    case .valueNotGiven(let column):
      return LocalizedText(
        indonesian: "\(column) tidak diisi", english: "\(column) is empty")
    case .zeroDenominator(let what):
      return LocalizedText(indonesian: Self.indonesian(what), english: what)
    }
  }

  private static func indonesian(_ english: String) -> String {
    switch english {
    case "no open days": return "tidak ada hari buka"
    case "no visitors": return "tidak ada pengunjung"
    case "zero copies": return "jumlah eksemplar 0"
    case "nothing allocated": return "pagu 0"
    case "nothing spent": return "realisasi 0"
    default: return english
    }
  }
}
