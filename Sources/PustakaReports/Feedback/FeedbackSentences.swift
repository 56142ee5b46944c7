import PustakaCore

/// What to correct, in a manager's words, for each kind of problem the loader reports.
///
/// The loader's codes end with the problem (`attendance.visitors.notWholeNumber`); each gets
/// one sentence per language that says what is wrong and what to type instead. A code with no
/// sentence of its own (a problem added to the loader later) is shown with the loader's own
/// message, so nothing is left out.
enum FeedbackSentences {
  /// The sentence for `diagnostic`, whose cell `value` is already quoted and whose column is
  /// `column` (its header in the letter's language), for a submission of `month` (in words).
  static func sentence(
    _ diagnostic: Diagnostic, value: String, column: String, month: String?,
    language: ReportLanguage
  ) -> String {
    let problem = diagnostic.code.split(separator: ".").last.map(String.init) ?? diagnostic.code
    let id = language == .indonesian
    switch problem {
    case "missing":
      return id
        ? "\(column) kosong; kolom ini wajib diisi."
        : "\(column) is empty; it must be filled in."
    case "notWholeNumber":
      return id
        ? "\(value) bukan bilangan bulat. Tulis angka saja, tanpa titik atau huruf, misalnya 12."
        : "\(value) is not a whole number. Type digits only, such as 12."
    case "notNumber":
      return id
        ? "\(value) bukan angka. Tulis angka saja, misalnya 2,5."
        : "\(value) is not a number. Type a number only, such as 2.5."
    case "notMoney":
      return id
        ? "\(value) bukan jumlah rupiah. Tulis angka saja, tanpa \"Rp\", misalnya 1500000."
        : "\(value) is not an amount in rupiah. Type digits only, such as 1500000."
    case "negative":
      return id
        ? "\(value) kurang dari 0. Isi 0 atau lebih." : "\(value) is below 0. Enter 0 or more."
    case "tooLarge":
      return id
        ? "\(value) terlalu besar. Periksa apakah ada angka yang terketik dua kali."
        : "\(value) is far too large. Check for digits typed twice."
    case "tooLong":
      return id
        ? "Teks di \(column) terlalu panjang; paling banyak 1.000 huruf."
        : "The text in \(column) is too long; at most 1,000 characters."
    case "notDate", "notInCalendar", "yearOutOfRange":
      return id
        ? "\(value) bukan tanggal yang benar. Tulis tanggalnya seperti 15/11/2026."
        : "\(value) is not a real date. Type the date like 15/11/2026."
    case "notMonth":
      return id
        ? "\(value) bukan bulan. Tulis bulannya seperti 2026-11."
        : "\(value) is not a month. Type the month like 2026-11."
    case "notBoolean":
      return id
        ? "\(value) bukan Ya atau Tidak. Pilih Ya atau Tidak dari daftar."
        : "\(value) is not Yes or No. Choose Yes or No from the list."
    case "unknownValue":
      return id
        ? "\(value) tidak ada di daftar \(column). Pilih dari daftar di sel itu."
        : "\(value) is not on the list of \(column). Choose from the cell's list."
    case "unknownLibrary":
      return id
        ? "Kode perpustakaan \(value) tidak terdaftar. Periksa kodenya, atau minta Dinas "
          + "mendaftarkan perpustakaan ini."
        : "The library ID \(value) is not registered. Check it, or ask the office to register "
          + "the library."
    case "otherLibrary":
      return id
        ? "Kode perpustakaan \(value) bukan kode perpustakaan ini. Isi kode yang ada di lembar "
          + "Petunjuk."
        : "The library ID \(value) is not this library's. Use the ID on the Instructions sheet."
    case "otherMonth":
      let inMonth = month.map { id ? " di bulan \($0)" : " in \($0)" } ?? ""
      return id
        ? "Tanggal \(value) bukan bulan laporan ini. Isi tanggal\(inMonth); data bulan lain "
          + "kirim dalam berkas bulan itu."
        : "The date \(value) is outside this report's month. Enter a date\(inMonth); send "
          + "another month's figures in that month's file."
    case "moreThanVisitors":
      return id
        ? "Pengunjung anak lebih banyak dari jumlah pengunjung. Pengunjung anak termasuk dalam "
          + "jumlah pengunjung."
        : "Child visitors are more than the visitors. Child visitors are part of the visitors."
    case "fewerThanTitles":
      return id
        ? "Eksemplar lebih sedikit dari judul. Setiap judul punya sedikitnya satu eksemplar."
        : "Copies are fewer than titles. Every title has at least one copy."
    case "notPositive":
      return id ? "Jumlah penduduk harus lebih dari 0." : "The population must be more than 0."
    case "duplicate", "conflict":
      return id
        ? "Baris ini mengulang baris lain (tanggal, bulan atau kategori yang sama). Gabungkan "
          + "keduanya menjadi satu baris."
        : "This row repeats another (same date, month or category). Merge the two into one row."
    case "missingColumn":
      return id
        ? "Kolom \(column) tidak ada. Jangan hapus atau ganti judul kolom; pakai berkas asli."
        : "The column \(column) is missing. Do not delete or rename headers; use the original file."
    case "unknownColumn", "repeatedColumn":
      return id
        ? "Kolom \(value) tidak dikenal dan tidak dibaca. Jangan tambah atau ganti judul kolom."
        : "The column \(value) is not known and was not read. Do not add or rename headers."
    case "unreadable", "binary", "empty", "noHeader":
      return id
        ? "Berkas tidak bisa dibaca. Buka di Excel, WPS atau LibreOffice, simpan sebagai .xlsx, "
          + "lalu kirim lagi."
        : "The file cannot be read. Open it in Excel, WPS or LibreOffice, save it as .xlsx and "
          + "send it again."
    case "emptySheet":
      return id
        ? "Lembar ini kosong. Isi lembarnya, atau abaikan bila memang tidak ada data."
        : "This sheet is empty. Fill it in, or ignore this if there is nothing to report."
    case "onClosedDay":
      return id
        ? "Ada pengunjung pada hari yang ditandai tutup. Periksa kolom Buka."
        : "Visitors are recorded on a day marked closed. Check the Open column."
    case "aboveShareOfPopulation":
      return id
        ? "Jumlah pengunjung sangat besar dibanding jumlah penduduk desa. Periksa angkanya."
        : "The visitors are very many for the village's population. Check the figure."
    default:
      return diagnostic.message
    }
  }
}
