import PustakaCore

extension ReportLabels {
  /// A regency's title from its name: "Kabupaten Ngawi" or "Ngawi Regency".
  package func regencyTitle(_ name: String) -> String {
    regencyWords.before + name + regencyWords.after
  }

  /// A grade with its name in words: "A (Sangat Baik)" or "A (Excellent)".
  package func gradeText(_ grade: GradeRule) -> String {
    "\(grade.grade) (\(grade.label.text(in: language)))"
  }

  /// A district's title from its name: "Kecamatan Paron" or "Paron District".
  package func districtTitle(_ name: String) -> String {
    districtWords.before + name + districtWords.after
  }

  /// A quarter in words: "Triwulan IV 2026" or "Q4 2026".
  package func quarterTitle(year: Int, quarter: Int) -> String {
    let index = quarter - 1
    let name = quarterNames.indices.contains(index) ? quarterNames[index] : "Q\(quarter)"
    return "\(name) \(year)"
  }

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
    case .quarter(let year, let quarter): return quarterTitle(year: year, quarter: quarter)
    case .year(let year): return "\(year)"
    case .months(let first, let last): return "\(monthInWords(first)) – \(monthInWords(last))"
    }
  }
}
