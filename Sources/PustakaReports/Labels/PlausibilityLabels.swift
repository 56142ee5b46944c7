import PustakaCore

/// The texts of the data-quality sheet's plausibility flags.
package struct PlausibilityLabels: Sendable {
  /// The section's heading.
  package var heading: String
  /// The note under the heading: the rules, and that a flag is a question to check.
  package var note: String
  /// Column captions.
  package var flag: String, value: String, limit: String
  /// What each kind of flag says.
  package var kinds: [PlausibilityFlag.Kind: String]
  /// The caption of the budget list's flag column (*Anggaran*).
  package var budgetColumn: String
  /// Each budget flag in a few words, for the budget list's flag column.
  package var shortKinds: [PlausibilityFlag.Kind: String]
  /// The caption of the count of libraries with a flag.
  package var libraries: String
  /// The note pointing from the counts to the budget list, which shows each library's
  /// budget flags.
  package var budgetPointer: @Sendable (String) -> String
  /// The heading of the outliers' list.
  package var outliersHeading: String

  /// The words of `kind`.
  package func name(_ kind: PlausibilityFlag.Kind) -> String { kinds[kind] ?? "\(kind)" }

  /// The few words of `kind` in the budget list's flag column.
  package func shortName(_ kind: PlausibilityFlag.Kind) -> String {
    shortKinds[kind] ?? name(kind)
  }

  /// Bahasa Indonesia.
  package static let indonesian = PlausibilityLabels(
    heading: "Angka yang perlu dicek",
    note: "Mungkin benar, tetapi perlu dikonfirmasi dengan perpustakaan sebelum rapat; skor"
      + " tidak diubah. Laju: bulan / 12. Jauh dari yang lain: lebih dari 3 kali jarak"
      + " antarkuartil di luar kuartil.",
    flag: "Tanda", value: "Nilai", limit: "Batas",
    kinds: [
      .absorptionHigh: "Serapan periode di atas 110 %",
      .absorptionLow: "Serapan periode di bawah 50 %",
      .behindPace: "Serapan sejak Januari tertinggal dari laju",
      .costPerVisitOutlier: "Biaya per kunjungan jauh dari yang lain (Rp)",
      .turnoverOutlier: "Perputaran koleksi jauh dari yang lain",
    ],
    budgetColumn: "Perlu dicek",
    shortKinds: [
      .absorptionHigh: "serapan > 110 %", .absorptionLow: "serapan < 50 %",
      .behindPace: "di bawah laju", .costPerVisitOutlier: "biaya per kunjungan",
    ],
    libraries: "Perpustakaan",
    budgetPointer: { sheet in
      "Perpustakaan mana saja: kolom \"Perlu dicek\" pada daftar per perpustakaan di lembar"
        + " \(sheet) (saring kolom itu)."
    },
    outliersHeading: "Biaya per kunjungan dan perputaran yang jauh dari yang lain")

  /// English.
  package static let english = PlausibilityLabels(
    heading: "Figures to check",
    note: "They may be right, but confirm them with the library before the meeting; scores are"
      + " not changed. Pace: month / 12. Far from the others: more than 3 interquartile ranges"
      + " beyond the quartiles.",
    flag: "Flag", value: "Value", limit: "Limit",
    kinds: [
      .absorptionHigh: "Absorption in the period above 110 %",
      .absorptionLow: "Absorption in the period below 50 %",
      .behindPace: "Absorption from January behind pace",
      .costPerVisitOutlier: "Cost per visit far from the others (Rp)",
      .turnoverOutlier: "Collection turnover far from the others",
    ],
    budgetColumn: "To check",
    shortKinds: [
      .absorptionHigh: "absorption > 110 %", .absorptionLow: "absorption < 50 %",
      .behindPace: "behind pace", .costPerVisitOutlier: "cost per visit",
    ],
    libraries: "Libraries",
    budgetPointer: { sheet in
      "Which libraries: the \"To check\" column of the per-library list on the \(sheet)"
        + " sheet (filter that column)."
    },
    outliersHeading: "Cost per visit and turnover far from the others")
}

extension ReportLabels {
  /// The plausibility flags' texts in this language.
  package var plausibility: PlausibilityLabels {
    language == .indonesian ? .indonesian : .english
  }
}
