import PustakaCore

extension TemplateLabels {
  /// Bahasa Indonesia.
  static let indonesian = TemplateLabels(
    instructionsSheet: "Petunjuk",
    title: "Laporan bulanan perpustakaan desa",
    libraryID: "Kode perpustakaan", libraryName: "Nama perpustakaan", village: "Desa/Kelurahan",
    district: "Kecamatan", regency: "Kabupaten", month: "Bulan laporan",
    newLibrary: "(perpustakaan baru: isi lembar perpustakaan)",
    steps: [
      "Isi sel berwarna kuning saja. Kode, tanggal, bulan dan judul kolom sudah terisi dan "
        + "dikunci.",
      "kunjungan: satu baris per hari. Isi jumlah pengunjung, pengunjung anak (tidak lebih dari "
        + "pengunjung), buku dipinjam dan anggota baru. Pada hari tutup pilih Buka = Tidak. "
        + "Baris yang dibiarkan kosong tidak dihitung.",
      "kegiatan: satu baris per kegiatan, dengan tanggal di bulan laporan. Pilih jenis "
        + "kegiatan dari daftar. Baris kosong tidak dihitung; tambah baris di bawah bila kurang.",
      "anggaran: pagu dan realisasi bulan ini dalam rupiah, per kategori dan sumber dana. "
        + "Untuk kategori atau sumber lain, tambah baris di bawah dengan kode dan bulan yang sama.",
      "koleksi: jumlah judul dan eksemplar pada akhir bulan, serta eksemplar baru dan yang "
        + "dihapus bulan ini. Angka bulan lalu ada di bawah sebagai pembanding.",
      "operasional: tenaga honor, relawan, jam relawan, tenaga terlatih dan jumlah anggota "
        + "pada akhir bulan.",
      "Jangan ganti nama lembar atau judul kolom. Simpan sebagai .xlsx (Excel, WPS atau "
        + "LibreOffice) dan kirim berkas ini ke Dinas Perpustakaan.",
      "Bila ada yang perlu diperbaiki, Dinas mengirim catatan berisi lembar, baris dan kolom. "
        + "Perbaiki di berkas ini lalu kirim lagi.",
    ],
    blankStep:
      "Perpustakaan baru: isi dulu satu baris di lembar perpustakaan. Kode perpustakaan di "
      + "lembar lain terisi sendiri dari sana.",
    lastCollectionHeading: "Koleksi akhir bulan lalu (pembanding)",
    noLastCollection: "Belum ada data koleksi bulan lalu.",
    lastMonthNote: "Akhir bulan lalu: ",
    stockLine: { titles, copies in "\(titles) judul, \(copies) eksemplar" },
    yes: "Ya", no: "Tidak",
    hint: { column, month in
      switch (column.key, column.type) {
      case ("child_visitors", _):
        return (
          "Pengunjung anak", "Bilangan bulat 0 atau lebih, tidak lebih dari jumlah pengunjung.",
          "Isi bilangan bulat dari 0 sampai jumlah pengunjung di baris ini."
        )
      case ("copies", _):
        return (
          "Eksemplar", "Bilangan bulat, tidak kurang dari jumlah judul.",
          "Jumlah eksemplar harus bilangan bulat dan tidak kurang dari jumlah judul."
        )
      case (_, .wholeNumber):
        return (
          "Bilangan bulat", "Bilangan bulat 0 atau lebih. Kosongkan bila tidak ada.",
          "Isi bilangan bulat dari 0 sampai 1.000.000.000, tanpa titik atau huruf."
        )
      case (_, .positiveWholeNumber):
        return (
          "Bilangan bulat", "Bilangan bulat 1 atau lebih.",
          "Isi bilangan bulat dari 1 sampai 1.000.000.000."
        )
      case (_, .number):
        return (
          "Angka", "Angka 0 atau lebih; boleh desimal, misalnya 2,5.",
          "Isi angka dari 0 sampai 1.000.000.000."
        )
      case (_, .rupiah):
        return (
          "Rupiah", "Jumlah rupiah 0 atau lebih, tanpa \"Rp\", misalnya 1500000.",
          "Isi jumlah rupiah dari 0 sampai 1.000.000.000.000, tanpa huruf."
        )
      case (_, .date):
        return (
          "Tanggal", "Tanggal yang jatuh di bulan \(month).",
          "Isi tanggal yang jatuh di bulan \(month)."
        )
      case (_, .boolean):
        return ("Buka", "Pilih Ya atau Tidak.", "Pilih Ya atau Tidak dari daftar.")
      case (_, .enumeration):
        return ("Pilih dari daftar", "Pilih salah satu dari daftar.", "Pilih dari daftar.")
      case (_, .id), (_, .text), (_, .month):
        return ("Teks", "Teks, paling banyak 1.000 huruf.", "Teks terlalu panjang.")
      }
    })

  /// English.
  static let english = TemplateLabels(
    instructionsSheet: "Instructions",
    title: "Village library monthly report",
    libraryID: "Library ID", libraryName: "Library name", village: "Village",
    district: "District", regency: "Regency", month: "Month reported",
    newLibrary: "(new library: fill in the libraries sheet)",
    steps: [
      "Fill in the yellow cells only. IDs, dates, months and column headers are filled in and "
        + "locked.",
      "attendance: one row per day. Enter visitors, child visitors (no more than visitors), "
        + "loans and new members. On a closed day choose Open = No. Rows left empty are not "
        + "counted.",
      "activities: one row per event, dated in the month reported. Choose the type from the "
        + "list. Empty rows are not counted; add rows below if you need more.",
      "budget: this month's allocation and spending in rupiah, per category and source. For "
        + "another category or source, add a row below with the same ID and month.",
      "collection: titles and copies held at the end of the month, and copies added and "
        + "removed this month. Last month's figures are below for comparison.",
      "operations: paid staff, volunteers, volunteer hours, trained staff and registered "
        + "members at the end of the month.",
      "Do not rename sheets or column headers. Save as .xlsx (Excel, WPS or LibreOffice) and "
        + "send this file to the library office.",
      "If anything needs correcting, the office sends a note naming sheet, row and column. "
        + "Correct it in this file and send it again.",
    ],
    blankStep:
      "New library: first fill in one row on the libraries sheet. The library ID on the other "
      + "sheets is taken from there.",
    lastCollectionHeading: "Collection at the end of last month (for comparison)",
    noLastCollection: "No collection figures for last month yet.",
    lastMonthNote: "End of last month: ",
    stockLine: { titles, copies in "\(titles) titles, \(copies) copies" },
    yes: "Yes", no: "No",
    hint: { column, month in
      switch (column.key, column.type) {
      case ("child_visitors", _):
        return (
          "Child visitors", "A whole number of 0 or more, no more than the visitors.",
          "Enter a whole number from 0 up to this row's visitors."
        )
      case ("copies", _):
        return (
          "Copies", "A whole number, no fewer than the titles.",
          "Copies must be a whole number no smaller than the titles."
        )
      case (_, .wholeNumber):
        return (
          "Whole number", "A whole number of 0 or more. Leave empty if none.",
          "Enter a whole number from 0 to 1,000,000,000, without separators or letters."
        )
      case (_, .positiveWholeNumber):
        return (
          "Whole number", "A whole number of 1 or more.",
          "Enter a whole number from 1 to 1,000,000,000."
        )
      case (_, .number):
        return (
          "Number", "A number of 0 or more; decimals allowed, such as 2.5.",
          "Enter a number from 0 to 1,000,000,000."
        )
      case (_, .rupiah):
        return (
          "Rupiah", "An amount in rupiah, 0 or more, without \"Rp\", such as 1500000.",
          "Enter an amount from 0 to 1,000,000,000,000, without letters."
        )
      case (_, .date):
        return (
          "Date", "A date in \(month).", "Enter a date that falls in \(month)."
        )
      case (_, .boolean):
        return ("Open", "Choose Yes or No.", "Choose Yes or No from the list.")
      case (_, .enumeration):
        return ("Choose from the list", "Choose one entry of the list.", "Choose from the list.")
      case (_, .id), (_, .text), (_, .month):
        return ("Text", "Text of at most 1,000 characters.", "The text is too long.")
      }
    })
}
