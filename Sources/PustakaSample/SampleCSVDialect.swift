import PustakaCore

/// How the sample's CSV files are written: as a program exports them, or as Excel in an
/// Indonesian locale saves them.
package enum SampleCSVDialect: String, CaseIterable, Sendable {
  /// `,` between fields, English headers and keys, `.` decimals, ISO dates (`2026-10-05`),
  /// months as `2026-10`, plain whole rupiah, LF line ends.
  case comma
  /// `;` between fields, Indonesian headers and values, decimal commas (`1,5`), dates as
  /// `05/10/2026`, months as `Oktober 2026`, money as `Rp 1.500.000`, a byte-order mark and
  /// CRLF line ends.
  case semicolon

  /// The field delimiter.
  var delimiter: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }

  /// The line end.
  var lineEnd: [UInt8] { self == .comma ? [0x0A] : [0x0D, 0x0A] }

  /// The bytes a file starts with: nothing, or the UTF-8 byte-order mark.
  var preamble: [UInt8] { self == .comma ? [] : [0xEF, 0xBB, 0xBF] }

  /// The contract's columns the renderer writes, in the contract's order: all of them but
  /// attendance's `open`, since the sample records opening days only.
  static func columns(of table: TableName) -> [ContractColumn] {
    DataContract.table(table).columns.filter { !(table == .attendance && $0.key == "open") }
  }

  /// The column headers of `table`, in the order the renderer writes the fields: the
  /// contract's keys, or its Indonesian headers as an office spreadsheet writes them.
  func headers(for table: TableName) -> [String] {
    Self.columns(of: table).map { column in
      guard self == .semicolon else { return column.key }
      return Self.officeHeaders[column.key] ?? Self.titleCased(column.header.indonesian)
    }
  }

  /// How an enumerated value is written: its key, or its Indonesian name as an office types it.
  func name<Value: ContractEnumeration>(_ value: Value) -> String {
    guard self == .semicolon else { return value.rawValue }
    return Self.officeNames[value.rawValue] ?? Self.titleCased(value.displayName.indonesian)
  }

  /// Headers an office spreadsheet words otherwise than the contract's Indonesian header,
  /// each one of the contract's aliases, so the sample exercises them.
  private static let officeHeaders: [String: String] = [
    "regency": "Kabupaten/Kota", "floor_area_m2": "Luas m²", "title": "Judul Kegiatan",
  ]

  /// Values an office spells otherwise than their Indonesian display name, each an alias.
  private static let officeNames: [String: String] = [
    "dana_desa": "APBDes", "nonfiction": "Non-Fiksi", "periodical": "Majalah",
  ]

  /// `text` with the first letter of every word upper case: "Jumlah Penduduk".
  private static func titleCased(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false)
      .map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined(separator: " ")
  }

  /// Indonesian month names, January first.
  static let indonesianMonths = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]
}
