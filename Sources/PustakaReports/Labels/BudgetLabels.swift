import PustakaCore

/// The texts of the budget sheet (*Anggaran*).
package struct BudgetLabels: Sendable {
  /// The language of the texts, which also names the contract's enumeration values
  /// (`ContractEnumeration.displayName`).
  package var language: ReportLanguage
  /// The sheet's title.
  package var title: String
  /// The note above the tables: what absorption is and which months each column covers.
  package var note: String
  /// The heading of the table by category.
  package var byCategory: String
  /// The heading of the table by funding source.
  package var bySource: String
  /// The heading of the table by district (or, in a district workbook, the district).
  package var byDistrict: String
  /// The heading of spending by category per district, from the period's text.
  package var spendingByDistrict: @Sendable (String) -> String
  /// The heading of spending by category per library (a district workbook).
  package var spendingByLibrary: @Sendable (String) -> String
  /// The heading of the table by library.
  package var byLibrary: String
  /// The category column.
  package var category: String
  /// The source column.
  package var source: String
  /// Money allocated in the period, from the period's text.
  package var allocated: @Sendable (String) -> String
  /// Money spent in the period, from the period's text.
  package var spent: @Sendable (String) -> String
  /// Absorption in the period, from the period's text.
  package var absorption: @Sendable (String) -> String
  /// The regency's absorption, beside a district's, from the months' text.
  package var regencyAbsorption: @Sendable (String) -> String
  /// Spending per visit.
  package var costPerVisit: String
  /// Spending per loan.
  package var costPerLoan: String
  /// The chart of spending by category per district.
  package var spendingChart: @Sendable (String) -> String
  /// The chart of absorption per district or library, from the months' text.
  package var absorptionChart: @Sendable (String) -> String
  /// The chart of allocated and spent money by category.
  package var categoryChart: @Sendable (String) -> String
  /// The chart of each funding source's share of the money allocated and spent (100 %
  /// stacked, so that small sources show beside Dana Desa).
  package var sourceChart: @Sendable (String) -> String
  /// The value axis of shares.
  package var shareAxis: String
  /// The value axis of absorption.
  package var absorptionAxis: String

  /// Bahasa Indonesia.
  package static let indonesian = BudgetLabels(
    language: .indonesian,
    title: "Anggaran",
    note: "Serapan = realisasi / pagu. Kolom periode memuat bulan-bulan periode laporan; kolom"
      + " Januari s.d. akhir periode memuat tahun berjalan, seperti indikator serapan anggaran."
      + " Biaya per kunjungan dan per peminjaman memakai realisasi periode.",
    byCategory: "Menurut kategori belanja", bySource: "Menurut sumber dana",
    byDistrict: "Per kecamatan",
    spendingByDistrict: { "Realisasi \($0) per kategori, per kecamatan" },
    spendingByLibrary: { "Realisasi \($0) per kategori, per perpustakaan" },
    byLibrary: "Per perpustakaan", category: "Kategori", source: "Sumber dana",
    allocated: { "Pagu \($0) (Rp)" }, spent: { "Realisasi \($0) (Rp)" },
    absorption: { "Serapan \($0)" }, regencyAbsorption: { "Serapan kabupaten \($0)" },
    costPerVisit: "Biaya per kunjungan (Rp)", costPerLoan: "Biaya per peminjaman (Rp)",
    spendingChart: { "Realisasi \($0) per kategori" },
    absorptionChart: { "Serapan anggaran \($0)" },
    categoryChart: { "Pagu dan realisasi \($0) per kategori" },
    sourceChart: { "Porsi sumber dana dalam pagu dan realisasi \($0)" }, shareAxis: "Porsi",
    absorptionAxis: "Serapan")

  /// English.
  package static let english = BudgetLabels(
    language: .english,
    title: "Budget",
    note: "Absorption = spent / allocated. Period columns cover the months of the reported"
      + " period; January-to-date columns cover the year so far, as the budget absorption"
      + " indicator does. Cost per visit and per loan use the period's spending.",
    byCategory: "By spending category", bySource: "By funding source",
    byDistrict: "By district",
    spendingByDistrict: { "Spending \($0) by category, by district" },
    spendingByLibrary: { "Spending \($0) by category, by library" },
    byLibrary: "By library", category: "Category", source: "Source",
    allocated: { "Allocated \($0) (Rp)" }, spent: { "Spent \($0) (Rp)" },
    absorption: { "Absorption \($0)" }, regencyAbsorption: { "Regency absorption \($0)" },
    costPerVisit: "Cost per visit (Rp)", costPerLoan: "Cost per loan (Rp)",
    spendingChart: { "Spending \($0) by category" },
    absorptionChart: { "Budget absorption \($0)" },
    categoryChart: { "Allocated and spent \($0) by category" },
    sourceChart: { "Funding sources' shares of allocated and spent \($0)" },
    shareAxis: "Share",
    absorptionAxis: "Absorption")

  /// The name of `category`.
  package func name(_ category: BudgetCategory) -> String {
    category.displayName.text(in: language)
  }

  /// The name of `source`.
  package func name(_ source: FundingSource) -> String {
    source.displayName.text(in: language)
  }
}

extension ReportLabels {
  /// The texts of the budget sheet.
  package var budget: BudgetLabels { language == .indonesian ? .indonesian : .english }
}
