import PustakaCore

/// The words the six detail sheets (trends to method) share: column captions for libraries and
/// places, totals, comparison rows, chart data blocks, month names and number text.
package struct DetailLabels: Sendable {
  /// "Jumlah" on a totals row.
  package var total: String
  /// The month column.
  package var month: String
  /// The library column.
  package var library: String
  /// The library id column.
  package var libraryID: String
  /// The village column.
  package var village: String
  /// The district column.
  package var district: String
  /// The number of libraries.
  package var libraries: String
  /// The number of reporting libraries.
  package var reporting: String
  /// The heading of a sheet's chart data block.
  package var chartDataHeading: String
  /// The note under it.
  package var chartDataNote: String
  /// The last printed line of a sheet whose last block stays on screen, from that block's
  /// heading.
  package var screenOnly: @Sendable (String) -> String
  /// The same line when the block is a per-library list.
  package var screenOnlyList: @Sendable (String) -> String
  /// The same line for the figures a chart above draws, then a per-library list, from the
  /// two headings.
  package var screenOnlyChartFiguresAndList: @Sendable (String, String) -> String
  /// The heading of the regency figures shown next to a district's, from the regency's title.
  package var comparisonHeading: @Sendable (String) -> String
  /// The label of the regency's row under a district's, from the regency's title.
  package var comparisonRow: @Sendable (String) -> String
  /// The label of a row of sums per library, from the place's title.
  package var perLibraryRow: @Sendable (String) -> String
  /// The caption of a column of sums per library, from the measure and the place's title.
  package var perLibraryColumn: @Sendable (String, String) -> String
  /// The value axis title of money charts, which draw millions of rupiah.
  package var moneyAxis: String
  /// The value axis title of count charts.
  package var countAxis: String
  /// Month names, January first, short enough for a chart axis.
  package var monthNames: [String]
  /// The thousands separator in text.
  package var groupingSeparator: String
  /// The decimal separator in text.
  package var decimalSeparator: String

  /// Bahasa Indonesia.
  package static let indonesian = DetailLabels(
    total: "Jumlah", month: "Bulan", library: "Perpustakaan", libraryID: "Kode",
    village: "Desa/Kelurahan", district: "Kecamatan", libraries: "Perpustakaan",
    reporting: "Melapor", chartDataHeading: "Data grafik",
    chartDataNote: "Angka sumber grafik di lembar ini (angka biasa, bukan rumus).",
    screenOnly: { "Tidak dicetak: \($0), di bawah ini di layar." },
    screenOnlyList: {
      "Tidak dicetak: \($0), di bawah ini di layar, sebagai tabel yang dapat disaring dan diurutkan."
    },
    screenOnlyChartFiguresAndList: {
      "Tidak dicetak: \($0) (angka grafik di atas) dan \($1), di bawah ini di layar, sebagai"
        + " tabel yang dapat disaring dan diurutkan."
    },
    comparisonHeading: { "Pembanding: \($0)" }, comparisonRow: { "\($0) (pembanding)" },
    perLibraryRow: { "\($0): per perpustakaan" },
    perLibraryColumn: { "\($0) per perpustakaan, \($1)" },
    moneyAxis: "juta Rp", countAxis: "Jumlah",
    monthNames: [
      "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ], groupingSeparator: ".", decimalSeparator: ",")

  /// English.
  package static let english = DetailLabels(
    total: "Total", month: "Month", library: "Library", libraryID: "ID", village: "Village",
    district: "District", libraries: "Libraries", reporting: "Reporting",
    chartDataHeading: "Chart data",
    chartDataNote: "The numbers the charts on this sheet draw (plain numbers, not formulas).",
    screenOnly: { "Not printed: \($0), below on screen." },
    screenOnlyList: { "Not printed: \($0), below on screen, as a table to filter and sort." },
    screenOnlyChartFiguresAndList: {
      "Not printed: \($0) (the figures of the chart above) and \($1), below on screen, as"
        + " tables to filter and sort."
    },
    comparisonHeading: { "For comparison: \($0)" }, comparisonRow: { "\($0) (for comparison)" },
    perLibraryRow: { "\($0): per library" },
    perLibraryColumn: { "\($0) per library, \($1)" },
    moneyAxis: "Rp million", countAxis: "Count",
    monthNames: [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ], groupingSeparator: ",", decimalSeparator: ".")

  /// A month for a chart axis: "Okt 2026" or "Oct 2026".
  package func monthLabel(_ month: Month) -> String {
    "\(monthNames[month.month - 1]) \(month.year)"
  }

  /// The months from January to the period's last month: "Jan-Okt 2026" ("Jan 2026" in
  /// January).
  package func yearToDate(_ period: Period) -> String {
    let last = period.lastMonth
    guard last.month > 1 else { return monthLabel(last) }
    return "\(monthNames[0])-\(monthNames[last.month - 1]) \(last.year)"
  }

  /// The period for a caption: "Okt 2026" for a month, "Nov 2025–Okt 2026" for a range of
  /// months, else its stable text ("2026-Q4").
  package func periodLabel(_ period: Period) -> String {
    switch period {
    case .month(let month): return monthLabel(month)
    case .months(let first, let last): return "\(monthLabel(first))–\(monthLabel(last))"
    case .quarter, .year: return period.description
    }
  }

  /// A number for running text, grouped and with at most `decimals` decimals: 1000 is
  /// "1.000" in Indonesian and "1,000" in English, 0.35 is "0,35" or "0.35".
  package func number(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
    // Beyond 15 digits grouping means nothing and the integer arithmetic below would overflow.
    guard abs(value) < 1e15 else { return value.description }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int64(scaled / scale)
    var fraction = String(Int64(scaled) - whole * Int64(scale))
    if decimals > 0 {
      fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
    } else {
      fraction = ""
    }
    var digits = Array(String(whole))
    var grouped = ""
    while digits.count > 3 {
      grouped = groupingSeparator + String(digits.suffix(3)) + grouped
      digits.removeLast(3)
    }
    grouped = String(digits) + grouped
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return sign + grouped + (fraction.isEmpty ? "" : decimalSeparator + fraction)
  }
}

extension ReportLabels {
  /// The words the detail sheets share.
  package var detail: DetailLabels { language == .indonesian ? .indonesian : .english }
}
