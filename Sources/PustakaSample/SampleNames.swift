import PustakaCore

/// The word lists the sample generator builds plausible names from: Javanese village-name
/// syllables, library names, East Java's regencies, activity titles and partners.
enum SampleNames {
  /// First parts of Javanese place names (*Karang-*, *Sumber-*, *Wono-*).
  static let placeStarts = [
    "Karang", "Sumber", "Banyu", "Tanjung", "Watu", "Sido", "Mojo", "Kedung", "Wono", "Tegal",
    "Guna", "Jati", "Pandan", "Kali", "Ngadi", "Sugih", "Tawang", "Gondang", "Krajan", "Tanggung",
    "Giri", "Purwo", "Wates", "Sambi", "Doro", "Gedong", "Kebon", "Lego", "Pagu", "Randu",
    "Sawo", "Tirto", "Widang", "Ngringin", "Sumo", "Kerto", "Bangun", "Dadap", "Tambak", "Rejo",
  ]

  /// Second parts of Javanese place names (*-rejo*, *-mulyo*, *-harjo*).
  static let placeEnds = [
    "rejo", "mulyo", "harjo", "sari", "agung", "asri", "jati", "wangi", "kerto", "joyo",
    "tengah", "anyar", "urip", "makmur", "arum", "kidul", "wetan", "kulon", "lor", "dadi",
    "kusumo", "puro", "santren", "tani", "ombo", "sono", "kembang", "winong", "gede", "batur",
  ]

  /// Words added to a place name when the two-part names run out (*Lor*, *Kidul*).
  static let placeQualifiers = ["Lor", "Kidul", "Wetan", "Kulon", "Tengah", "Baru"]

  /// Words for libraries with names of their own (*Taman Baca Cahaya*).
  static let libraryWords = [
    "Cahaya", "Pelita", "Cendekia", "Sinar Ilmu", "Mutiara", "Bina Ilmu", "Tunas Harapan",
    "Gemilang", "Mekar Sari", "Jendela Dunia", "Sekar Arum", "Lentera", "Bintang", "Cerdas",
    "Ceria", "Melati", "Harapan Bangsa", "Widya", "Aksara", "Pustaka Ceria", "Sumber Ilmu",
    "Kartini", "Bougenvil", "Rumah Pintar",
  ]

  /// Kinds of reading places with names of their own.
  static let libraryKinds = ["Perpustakaan", "Taman Baca", "Taman Baca Masyarakat", "Rumah Baca"]

  /// East Java's 38 regencies and cities after Ngawi, for samples of several regencies.
  static let eastJavaRegencies = [
    "Madiun", "Magetan", "Ponorogo", "Pacitan", "Bojonegoro", "Tuban", "Lamongan", "Nganjuk",
    "Jombang", "Kediri", "Tulungagung", "Trenggalek", "Blitar", "Malang", "Lumajang", "Jember",
    "Banyuwangi", "Bondowoso", "Situbondo", "Probolinggo", "Pasuruan", "Sidoarjo", "Mojokerto",
    "Gresik", "Bangkalan", "Sampang", "Pamekasan", "Sumenep", "Kota Madiun", "Kota Kediri",
    "Kota Blitar", "Kota Malang", "Kota Probolinggo", "Kota Pasuruan", "Kota Mojokerto",
    "Kota Surabaya", "Kota Batu",
  ]

  /// Titles of activities by type, in Indonesian.
  static func titles(for type: ActivityType) -> [String] {
    switch type {
    case .literacyTraining:
      return [
        "Pelatihan literasi digital", "Kelas membaca untuk lansia", "Pelatihan menulis cerita",
        "Literasi keuangan keluarga", "Kelas calistung anak", "Pelatihan literasi informasi",
      ]
    case .skillsTraining:
      return [
        "Pelatihan membatik", "Pelatihan budidaya lele", "Pelatihan anyaman bambu",
        "Pelatihan olahan keripik tempe", "Pelatihan menjahit", "Pelatihan pemasaran daring UMKM",
        "Pelatihan hidroponik", "Pelatihan pembuatan pupuk organik",
      ]
    case .talk:
      return [
        "Sosialisasi gemar membaca", "Sosialisasi pencegahan stunting", "Ceramah parenting",
        "Sosialisasi literasi kesehatan", "Sosialisasi perpustakaan desa",
      ]
    case .bookClub:
      return ["Klub buku remaja", "Bedah buku", "Diskusi buku bulanan", "Klub baca ibu-ibu"]
    case .storytelling:
      return ["Mendongeng untuk anak", "Dongeng ceria akhir pekan", "Mendongeng bersama PAUD"]
    case .other:
      return ["Lomba mewarnai", "Pameran buku", "Pojok baca keliling", "Wisata literasi"]
    }
  }

  /// The title of the activities around Independence Day (17 August).
  static let independenceDayTitle = "Lomba 17 Agustus"

  /// The title of the talks held during the fasting month.
  static let ramadanTitle = "Kajian Ramadan dan tadarus"

  /// Partner organisations a library of `village` in `district` and `regency` may work with.
  static func partners(village: String, district: String, regency: String) -> [String] {
    [
      "PKK Desa \(village)", "Karang Taruna \(village)", "SDN 1 \(village)",
      "PAUD Tunas \(village)", "Puskesmas \(district)", "BUMDes \(village)",
      "Dinas Perpustakaan Kabupaten \(regency)", "Posyandu Melati \(village)",
      "KUA Kecamatan \(district)", "Kelompok Tani Sido Makmur", "Gerakan Pramuka \(district)",
      "Bank BRI Unit \(district)",
    ]
  }
}
