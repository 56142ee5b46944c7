import PustakaCore

extension ReportLabels {
  /// A month in words: "Oktober 2026" or "October 2026".
  package func monthInWords(_ month: Month) -> String {
    let index = month.month - 1
    let name = monthNames.indices.contains(index) ? monthNames[index] : "\(month.month)"
    return "\(name) \(month.year)"
  }

  /// A period in words for titles: "Oktober 2026", "Triwulan IV 2026", "2026", or a range
  /// as "November 2025 – Oktober 2026".
  package func periodInWords(_ period: Period) -> String {
    switch period {
    case .month(let month): return monthInWords(month)
    case .quarter(let year, let quarter): return quarterTitle(year, quarter)
    case .year(let year): return "\(year)"
    case .months(let first, let last): return "\(monthInWords(first)) – \(monthInWords(last))"
    }
  }
}
