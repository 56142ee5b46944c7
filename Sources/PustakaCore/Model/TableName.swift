/// One of the six tables of the data contract (*tabel*), with its Indonesian alias.
package enum TableName: String, ContractEnumeration, Comparable, Codable {
  /// The libraries register (*perpustakaan*): one row per village library.
  case libraries
  /// The budget ledger (*anggaran*): one row per library, month, category and source.
  case budget
  /// The month-end collection stock (*koleksi*): one row per library, month and category.
  case collection
  /// Daily attendance (*kunjungan*): one row per library and opening day.
  case attendance
  /// Activities (*kegiatan*): one row per event.
  case activities
  /// The month-end operations snapshot (*operasional*): one row per library and month.
  case operations

  /// The Indonesian name of the table, accepted in file and sheet names.
  package var indonesianName: String {
    switch self {
    case .libraries: return "perpustakaan"
    case .budget: return "anggaran"
    case .collection: return "koleksi"
    case .attendance: return "kunjungan"
    case .activities: return "kegiatan"
    case .operations: return "operasional"
    }
  }

  package var aliases: [String] { [indonesianName] }

  /// The table whose name or alias starts `fileName` (case-insensitive), or `nil` for none.
  ///
  /// `attendance-2026-10.csv` and `Kunjungan Oktober.csv` belong to `attendance`.
  package init?(fileNamePrefix fileName: String) {
    let lowered = fileName.lowercased()
    for table in Self.allCases
    where lowered.hasPrefix(table.rawValue) || lowered.hasPrefix(table.indonesianName) {
      self = table
      return
    }
    return nil
  }

  package static func < (lhs: TableName, rhs: TableName) -> Bool {
    guard let left = allCases.firstIndex(of: lhs), let right = allCases.firstIndex(of: rhs) else {
      return false
    }
    return left < right
  }

  /// Its name in the workbooks and on templates' lists, in both languages.
  package var displayName: LocalizedText {
    switch self {
    case .libraries: return LocalizedText(indonesian: "Perpustakaan", english: "Libraries")
    case .budget: return LocalizedText(indonesian: "Anggaran", english: "Budget")
    case .collection: return LocalizedText(indonesian: "Koleksi", english: "Collection")
    case .attendance: return LocalizedText(indonesian: "Kunjungan", english: "Attendance")
    case .activities: return LocalizedText(indonesian: "Kegiatan", english: "Activities")
    case .operations: return LocalizedText(indonesian: "Operasional", english: "Operations")
    }
  }

}
