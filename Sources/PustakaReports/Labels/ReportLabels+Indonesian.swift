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
    regencyPrefix: "Kabupaten",
    districtPrefix: "Kecamatan",
    periodPrefix: "Periode",
    page: "Halaman",
    pageOf: "dari",
    missing: "-",
    yes: "ya",
    no: "tidak"
  )
}
