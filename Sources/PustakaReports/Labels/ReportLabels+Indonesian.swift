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
    regencyWords: ("Kabupaten ", ""),
    districtWords: ("Kecamatan ", ""),
    periodPrefix: "Periode",
    monthNames: [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ],
    quarterNames: ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
    page: "Halaman",
    pageOf: "dari",
    missing: "-",
    yes: "ya",
    no: "tidak"
  )
}
