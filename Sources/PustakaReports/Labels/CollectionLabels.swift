import PustakaCore

/// The texts of the collection sheet (*Koleksi*).
package struct CollectionLabels: Sendable {
  /// The language of the texts, which also names the contract's enumeration values
  /// (`ContractEnumeration.displayName`).
  package var language: ReportLanguage
  /// The sheet's title.
  package var title: String
  /// The note above the tables: where stock and flows come from, and what the ratios mean.
  package var note: String
  /// The heading of the table by category.
  package var byCategory: String
  /// The heading of the table by district.
  package var byDistrict: String
  /// The heading of the table by library.
  package var byLibrary: String
  /// The category column.
  package var category: String
  /// Titles held.
  package var titles: String
  /// Copies held.
  package var copies: String
  /// Copies acquired in the period.
  package var acquired: String
  /// Copies weeded in the period.
  package var weeded: String
  /// Titles per person.
  package var titlesPerCapita: String
  /// Copies per person.
  package var copiesPerCapita: String
  /// Loans per copy a year.
  package var turnover: String
  /// The titles a library lacks for the full points, from the points and the threshold.
  package var titlesGap: @Sendable (_ points: String, _ threshold: String) -> String
  /// The explanation of the gap, from the points, the threshold and the indicator's label.
  package var titlesGapNote:
    @Sendable (_ points: String, _ threshold: String, _ label: String)
      -> String
  /// The chart of titles and copies by category.
  package var categoryChart: String
  /// The chart of copies per person.
  package var copiesChart: String

  /// Bahasa Indonesia.
  package static let indonesian = CollectionLabels(
    language: .indonesian,
    title: "Koleksi",
    note: "Judul dan eksemplar: stok bulan terakhir yang ada datanya dalam 12 bulan sampai akhir"
      + " periode. Eksemplar baru dan dihapus: selama periode. Perputaran = peminjaman /"
      + " eksemplar x 12 / jumlah bulan.",
    byCategory: "Menurut kategori", byDistrict: "Per kecamatan", byLibrary: "Per perpustakaan",
    category: "Kategori", titles: "Judul", copies: "Eksemplar", acquired: "Eksemplar baru",
    weeded: "Eksemplar dihapus", titlesPerCapita: "Judul per penduduk",
    copiesPerCapita: "Eksemplar per penduduk", turnover: "Perputaran per tahun",
    titlesGap: { "Kekurangan judul untuk \($0) poin (\($1))" },
    titlesGapNote: {
      "Kekurangan judul: berapa judul lagi agar indikator \"\($2)\" mendapat \($0) poin"
        + " (minimal \($1) judul menurut rubrik); 0 bila sudah tercapai."
    },
    categoryChart: "Judul dan eksemplar per kategori", copiesChart: "Eksemplar per penduduk")

  /// English.
  package static let english = CollectionLabels(
    language: .english,
    title: "Collection",
    note: "Titles and copies: the stock of the latest month with data within the 12 months to"
      + " the end of the period. Copies acquired and weeded: during the period. Turnover ="
      + " loans / copies x 12 / months.",
    byCategory: "By category", byDistrict: "By district", byLibrary: "By library",
    category: "Category", titles: "Titles", copies: "Copies", acquired: "Copies acquired",
    weeded: "Copies weeded",
    titlesPerCapita: "Titles per person", copiesPerCapita: "Copies per person",
    turnover: "Turnover a year", titlesGap: { "Titles lacking for \($0) points (\($1))" },
    titlesGapNote: {
      "Titles lacking: how many more titles the indicator \"\($2)\" needs for \($0) points"
        + " (at least \($1) titles in the rubric); 0 once reached."
    },
    categoryChart: "Titles and copies by category", copiesChart: "Copies per person")

  /// The name of `category`.
  package func name(_ category: CollectionCategory) -> String {
    category.displayName.text(in: language)
  }
}

extension ReportLabels {
  /// The texts of the collection sheet.
  package var collection: CollectionLabels { language == .indonesian ? .indonesian : .english }
}
