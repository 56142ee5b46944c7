// MARK: - Defaults of the built-in rubric (kpi-rubric.md, version 1.1)

extension IndicatorKey {
  /// The area the built-in rubric puts the indicator in.
  package var defaultArea: KPIArea {
    switch self {
    case .titles, .copiesPerCapita, .acquisitionsPer1000, .collectionGrowthPercent, .floorArea:
      return .development
    case .openDays, .visitorsPerDay, .visitsPer1000, .loansPerVisit, .turnover:
      return .service
    case .budgetAbsorption, .collectionSpendShare, .costPerVisit, .trainedStaff, .volunteerHours:
      return .resources
    case .activities, .participantsPer1000, .membersPer100, .partners, .skillsParticipants:
      return .community
    }
  }

  /// The built-in rule: thresholds for 1 to 4 points, or bands for `budget_absorption`.
  package var defaultRule: ScoringRule {
    switch self {
    case .titles: return .higher(thresholds: [250, 500, 750, 1000])
    case .copiesPerCapita: return .higher(thresholds: [0.10, 0.20, 0.35, 0.50])
    case .acquisitionsPer1000: return .higher(thresholds: [0.5, 1, 2, 4])
    case .collectionGrowthPercent: return .higher(thresholds: [2, 5, 8, 10])
    case .floorArea: return .higher(thresholds: [20, 36, 48, 56])
    case .openDays: return .higher(thresholds: [8, 12, 16, 20])
    case .visitorsPerDay: return .higher(thresholds: [5, 10, 20, 30])
    case .visitsPer1000: return .higher(thresholds: [20, 50, 100, 150])
    case .loansPerVisit: return .higher(thresholds: [0.10, 0.20, 0.35, 0.50])
    case .turnover: return .higher(thresholds: [0.10, 0.25, 0.50, 1.00])
    case .budgetAbsorption:
      return .target(bands: [
        ScoreBand(from: 95, to: 105, points: 4), ScoreBand(from: 85, to: 95, points: 3),
        ScoreBand(from: 105, to: 115, points: 3), ScoreBand(from: 70, to: 85, points: 2),
        ScoreBand(from: 115, to: .infinity, points: 1), ScoreBand(from: 50, to: 70, points: 1),
      ])
    case .collectionSpendShare: return .higher(thresholds: [10, 20, 30, 40])
    case .costPerVisit: return .lower(thresholds: [50_000, 25_000, 15_000, 8_000])
    case .trainedStaff: return .higher(thresholds: [1, 1, 2, 2])
    case .volunteerHours: return .higher(thresholds: [5, 15, 30, 50])
    case .activities: return .higher(thresholds: [1, 2, 3, 4])
    case .participantsPer1000: return .higher(thresholds: [2, 5, 10, 20])
    case .membersPer100: return .higher(thresholds: [1, 3, 5, 10])
    case .partners: return .higher(thresholds: [1, 2, 3, 4])
    case .skillsParticipants: return .higher(thresholds: [5, 10, 20, 40])
    }
  }

  /// The built-in label in both languages.
  package var defaultLabel: LocalizedText {
    let (indonesian, english) = labelTexts
    return LocalizedText(indonesian: indonesian, english: english)
  }

  /// The formula in words, in both languages, for the report's method sheet.
  package var formula: LocalizedText {
    let (indonesian, english) = formulaTexts
    return LocalizedText(indonesian: indonesian, english: english)
  }

  private var labelTexts: (String, String) {
    switch self {
    case .titles: return ("Jumlah judul koleksi", "Collection titles")
    case .copiesPerCapita: return ("Eksemplar per penduduk", "Copies per capita")
    case .acquisitionsPer1000:
      return ("Pengadaan per 1.000 penduduk per bulan", "Acquisitions per 1,000 people a month")
    case .collectionGrowthPercent:
      return ("Pertumbuhan koleksi (% per tahun)", "Collection growth (% a year)")
    case .floorArea: return ("Luas ruang baca (m²)", "Reading room floor area (m²)")
    case .openDays: return ("Hari buka per bulan", "Open days a month")
    case .visitorsPerDay: return ("Pengunjung per hari buka", "Visitors per open day")
    case .visitsPer1000:
      return ("Kunjungan per 1.000 penduduk per bulan", "Visits per 1,000 people a month")
    case .loansPerVisit: return ("Peminjaman per kunjungan", "Loans per visit")
    case .turnover: return ("Perputaran koleksi per tahun", "Collection turnover a year")
    case .budgetAbsorption: return ("Serapan anggaran (%)", "Budget absorption (%)")
    case .collectionSpendShare:
      return ("Belanja koleksi (% realisasi)", "Collection spending (% of spending)")
    case .costPerVisit: return ("Biaya per kunjungan (Rp)", "Cost per visit (Rp)")
    case .trainedStaff: return ("Tenaga terlatih", "Trained staff")
    case .volunteerHours: return ("Jam relawan per bulan", "Volunteer hours a month")
    case .activities: return ("Kegiatan per bulan", "Activities a month")
    case .participantsPer1000:
      return (
        "Peserta kegiatan per 1.000 penduduk per bulan", "Participants per 1,000 people a month"
      )
    case .membersPer100: return ("Anggota per 100 penduduk", "Members per 100 people")
    case .partners: return ("Jumlah mitra (12 bulan)", "Partners (12 months)")
    case .skillsParticipants:
      return ("Peserta pelatihan per bulan", "Training participants a month")
    }
  }

  private var formulaTexts: (String, String) {
    switch self {
    case .titles:
      return (
        "judul koleksi (stok terakhir, semua kategori)",
        "collection titles (latest stock, all categories)"
      )
    case .copiesPerCapita:
      return ("eksemplar (stok terakhir) / penduduk", "copies (latest stock) / population")
    case .acquisitionsPer1000:
      return (
        "eksemplar baru dalam periode / penduduk x 1000 / bulan",
        "copies acquired in the period / population x 1000 / months"
      )
    case .collectionGrowthPercent:
      return (
        "(eksemplar baru - dihapus) / eksemplar x 100 x 12 / bulan",
        "(copies acquired - weeded) / copies x 100 x 12 / months"
      )
    case .floorArea: return ("luas ruang baca dalam m2", "reading room floor area in m2")
    case .openDays: return ("hari buka / bulan", "open days / months")
    case .visitorsPerDay: return ("pengunjung / hari buka", "visitors / open days")
    case .visitsPer1000:
      return (
        "pengunjung / penduduk x 1000 / bulan", "visitors / population x 1000 / months"
      )
    case .loansPerVisit: return ("peminjaman / pengunjung", "loans / visitors")
    case .turnover:
      return ("peminjaman / eksemplar x 12 / bulan", "loans / copies x 12 / months")
    case .budgetAbsorption:
      return (
        "realisasi / pagu x 100, Januari s.d. akhir periode",
        "spent / allocated x 100, January to the end of the period"
      )
    case .collectionSpendShare:
      return (
        "belanja koleksi / seluruh realisasi x 100", "spent on collection / all spent x 100"
      )
    case .costPerVisit: return ("realisasi / pengunjung", "spent / visitors")
    case .trainedStaff:
      return ("tenaga terlatih (data operasional terakhir)", "trained staff (latest operations)")
    case .volunteerHours: return ("jam relawan / bulan", "volunteer hours / months")
    case .activities: return ("jumlah kegiatan / bulan", "activities / months")
    case .participantsPer1000:
      return (
        "peserta kegiatan / penduduk x 1000 / bulan",
        "activity participants / population x 1000 / months"
      )
    case .membersPer100:
      return (
        "anggota terdaftar (data operasional terakhir) / penduduk x 100",
        "registered members (latest operations) / population x 100"
      )
    case .partners:
      return (
        "mitra berbeda dalam 12 bulan terakhir", "distinct partners in the last 12 months"
      )
    case .skillsParticipants:
      return (
        "peserta pelatihan literasi dan keterampilan / bulan",
        "literacy and skills training participants / months"
      )
    }
  }
}
