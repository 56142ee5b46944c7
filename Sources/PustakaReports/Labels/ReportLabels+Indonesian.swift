extension ReportLabels {
  /// Bahasa Indonesia, the default.
  package static let indonesian = ReportLabels(
    language: .indonesian,
    summarySheet: "Ringkasan",
    rankingSheet: "Peringkat",
    districtsSheet: "Kecamatan",
    indicatorsSheet: "Indikator",
    trendsSheet: "Tren",
    budgetSheet: "Anggaran",
    collectionSheet: "Koleksi",
    activitiesSheet: "Kegiatan",
    dataQualitySheet: "Kualitas Data",
    methodSheet: "Metodologi",
    cardSheet: "Rapor",
    cardDataSheet: "Data Grafik",
    workbookTitle: "Rekap KPI Perpustakaan Desa:",
    regencyTitle: { "Kabupaten \($0)" },
    districtTitle: { "Kecamatan \($0)" },
    periodPrefix: "Periode",
    monthNames: [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ],
    quarterTitle: { year, quarter in
      let numerals = ["I", "II", "III", "IV"]
      let numeral = numerals.indices.contains(quarter - 1) ? numerals[quarter - 1] : "\(quarter)"
      return "Triwulan \(numeral) \(year)"
    },
    page: "Halaman",
    pageOf: "dari",
    missing: "-",
    yes: "ya",
    no: "tidak"
  )
}
