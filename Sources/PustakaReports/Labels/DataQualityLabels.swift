/// The texts of the data-quality sheet (*Kualitas Data*).
package struct DataQualityLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The note under the title: what each list means for the scores.
  package var note: String
  /// Shown instead of an empty list.
  package var none: String
  /// The heading of the summary.
  package var summaryHeading: String
  /// A district workbook's pointer to the regency workbook for the files and warnings, from
  /// its file name.
  package var regencyPointer: @Sendable (String) -> String
  /// The summary's item column.
  package var item: String
  /// The summary's count column.
  package var count: String
  /// Libraries in the data.
  package var registered: String
  /// Libraries reporting in the period.
  package var reporting: String
  /// Libraries not reporting.
  package var notReporting: String
  /// Missing indicator values.
  package var missingValues: String
  /// Values carried forward from an earlier month.
  package var carriedForward: String
  /// Warnings.
  package var warnings: String
  /// Rows rejected.
  package var rowsRejected: String
  /// Files skipped.
  package var skippedFiles: String
  /// Files that could not be read.
  package var unreadableFiles: String
  /// The heading of the libraries not reporting.
  package var notReportingHeading: String
  /// The heading of the missing values.
  package var missingHeading: String
  /// The indicator column.
  package var indicator: String
  /// The indicator key column.
  package var key: String
  /// The reason column.
  package var reason: String
  /// The heading of the carried-forward values.
  package var carriedHeading: String
  /// The month the carried value comes from.
  package var snapshotMonth: String
  /// The heading of the files read.
  package var filesHeading: String
  /// Where rejected rows are detailed.
  package var filesNote: String
  /// The file column.
  package var file: String
  /// The workbook sheet column.
  package var sheet: String
  /// The table column.
  package var table: String
  /// Rows read.
  package var rowsRead: String
  /// Rows accepted.
  package var accepted: String
  /// Rows rejected.
  package var rejected: String
  /// The heading of the files not read.
  package var otherFilesHeading: String
  /// The status column.
  package var status: String
  /// A file skipped on purpose.
  package var skipped: String
  /// A file that could not be read.
  package var unreadable: String
  /// The heading of the warnings.
  package var warningsHeading: String
  /// The location column.
  package var location: String
  /// The code column.
  package var code: String
  /// The message column.
  package var message: String
  /// The note when the warnings are cut, from the shown and total counts.
  package var warningsCut: @Sendable (_ shown: String, _ total: String) -> String
  /// The note on the warnings' language, when it is not the workbook's.
  package var warningsLanguage: String?

  /// Bahasa Indonesia.
  package static let indonesian = DataQualityLabels(
    title: "Kualitas data",
    note:
      "Perpustakaan yang tidak melapor (tanpa baris kunjungan dalam periode) tidak dinilai dan tidak diperingkat. Indikator yang"
      + " kosong mendapat 0 poin. Stok koleksi dan data operasional boleh diambil dari bulan"
      + " sebelumnya dalam 12 bulan terakhir (diteruskan). Daftar dengan jumlah 0 pada ringkasan"
      + " tidak ditampilkan.",
    none: "Tidak ada.", summaryHeading: "Ringkasan",
    regencyPointer: {
      "Berkas yang dibaca, dilewati atau tidak terbaca dan semua peringatan tentang data: lihat"
        + " lembar Kualitas Data di buku kerja \($0) (sama untuk semua kecamatan)."
    }, item: "Hal", count: "Jumlah",
    registered: "Perpustakaan terdaftar", reporting: "Perpustakaan melapor",
    notReporting: "Perpustakaan tidak melapor",
    missingValues: "Indikator kosong (perpustakaan x indikator)",
    carriedForward: "Nilai diteruskan dari bulan sebelumnya", warnings: "Peringatan",
    rowsRejected: "Baris ditolak (semua berkas)", skippedFiles: "Berkas dilewati",
    unreadableFiles: "Berkas tidak terbaca",
    notReportingHeading: "Perpustakaan yang tidak melapor",
    missingHeading: "Indikator kosong per perpustakaan", indicator: "Indikator", key: "Kunci",
    reason: "Alasan", carriedHeading: "Nilai yang diteruskan dari bulan sebelumnya",
    snapshotMonth: "Bulan data", filesHeading: "Baris per berkas",
    filesNote: "Rincian setiap baris yang ditolak (berkas, baris, kolom, alasan) ada di"
      + " rejected-rows.csv di folder laporan.",
    file: "Berkas", sheet: "Lembar", table: "Tabel", rowsRead: "Baris dibaca",
    accepted: "Diterima", rejected: "Ditolak", otherFilesHeading: "Berkas yang tidak dibaca",
    status: "Keterangan", skipped: "dilewati (bukan data masukan, misalnya laporan lama)",
    unreadable: "tidak terbaca", warningsHeading: "Peringatan", location: "Lokasi",
    code: "Kode", message: "Pesan",
    warningsCut: {
      "Menampilkan \($0) dari \($1) peringatan; semuanya dicetak 'pustaka validate'."
    },
    warningsLanguage: "Pesan peringatan dari pemeriksaan data ditulis dalam bahasa Inggris,"
      + " seperti keluaran 'pustaka validate'.")

  /// English.
  package static let english = DataQualityLabels(
    title: "Data quality",
    note:
      "Libraries that did not report (no attendance row in the period) are not scored or ranked. A missing indicator scores"
      + " 0 points. Collection stock and operations may come from an earlier month within the"
      + " last 12 (carried forward). Lists the summary counts as 0 are left out.",
    none: "None.", summaryHeading: "Summary",
    regencyPointer: {
      "The files read, skipped or unreadable and every warning about the data: see the Data"
        + " quality sheet of the workbook \($0) (the same for every district)."
    }, item: "Item", count: "Count",
    registered: "Libraries registered", reporting: "Libraries reporting",
    notReporting: "Libraries not reporting",
    missingValues: "Missing indicator values (library x indicator)",
    carriedForward: "Values carried forward from an earlier month", warnings: "Warnings",
    rowsRejected: "Rows rejected (all files)", skippedFiles: "Files skipped",
    unreadableFiles: "Files that could not be read",
    notReportingHeading: "Libraries not reporting",
    missingHeading: "Missing indicator values by library", indicator: "Indicator", key: "Key",
    reason: "Reason", carriedHeading: "Values carried forward from an earlier month",
    snapshotMonth: "Month of the data", filesHeading: "Rows by file",
    filesNote: "Every rejected row (file, line, column, reason) is listed in rejected-rows.csv"
      + " in the report folder.",
    file: "File", sheet: "Sheet", table: "Table", rowsRead: "Rows read", accepted: "Accepted",
    rejected: "Rejected", otherFilesHeading: "Files not read", status: "Status",
    skipped: "skipped (not input data, such as an earlier report)",
    unreadable: "could not be read", warningsHeading: "Warnings", location: "Location",
    code: "Code", message: "Message",
    warningsCut: { "Showing \($0) of \($1) warnings; 'pustaka validate' prints them all." },
    warningsLanguage: nil)
}

extension ReportLabels {
  /// The texts of the data-quality sheet.
  package var dataQuality: DataQualityLabels {
    language == .indonesian ? .indonesian : .english
  }
}
