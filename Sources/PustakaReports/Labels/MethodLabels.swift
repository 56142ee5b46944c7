import PustakaCore

/// The texts of the method sheet (*Metodologi*).
package struct MethodLabels: Sendable {
  /// The sheet's title.
  package var title: String
  /// The note under the title.
  package var note: String
  /// The heading of the periods.
  package var periodHeading: String
  /// The item column of the key-value tables.
  package var item: String
  /// The value column of the key-value tables.
  package var value: String
  /// The reported period.
  package var period: String
  /// The months the sums run over.
  package var periodMonths: String
  /// The previous period compared.
  package var previousPeriod: String
  /// Shown when the data has no previous period.
  package var noPreviousData: String
  /// A district workbook's pointer to the regency workbook's method sheet, from its file name.
  package var regencyPointer: @Sendable (String) -> String
  /// The window of snapshots and partners.
  package var snapshotWindow: String
  /// The window of budget absorption.
  package var absorptionWindow: String
  /// "2025-11 to 2026-10", from the first and last months.
  package var monthRange: @Sendable (String, String) -> String
  /// The heading of the KPI formula.
  package var kpiHeading: String
  /// The formula and its rules, from the scale, the number of indicators and the full
  /// points.
  package var kpiRules: @Sendable (_ scale: String, _ count: String, _ total: String) -> [String]
  /// The heading of the grades.
  package var gradesHeading: String
  /// The grade column.
  package var grade: String
  /// The grade's words.
  package var gradeLabel: String
  /// The lowest KPI of a grade.
  package var minimumKPI: String
  /// The heading of the indicators.
  package var indicatorsHeading: String
  /// The indicator column.
  package var indicator: String
  /// The key column.
  package var key: String
  /// The formula column.
  package var formula: String
  /// The kind column.
  package var kind: String
  /// A threshold column, from the points.
  package var pointsThreshold: @Sendable (String) -> String
  /// The weight column.
  package var weight: String
  /// The area band row, from the area's name and its indicators' total weight.
  package var areaRow: @Sendable (_ area: String, _ weight: String) -> String
  /// The kinds in words.
  package var kinds: [IndicatorKind: String]
  /// A target band, from its start, its end and its points: "95 - <105: 4".
  package var band: @Sendable (_ from: String, _ to: String, _ points: String) -> String
  /// The heading of the input files.
  package var filesHeading: String
  /// The file column.
  package var file: String
  /// The table column.
  package var table: String
  /// The rows-read column.
  package var rows: String
  /// The checksum column.
  package var checksum: String
  /// In the checksum column of a file that could not be read again to hash it.
  package var checksumUnavailable: String
  /// The heading of the rubric and tool.
  package var provenanceHeading: String
  /// The rubric's name.
  package var rubricName: String
  /// Where the rubric comes from.
  package var rubricSource: String
  /// The rubric's checksum.
  package var rubricChecksum: String
  /// The built-in rubric, in words.
  package var builtIn: String
  /// The tool's version.
  package var toolVersion: String

  /// Bahasa Indonesia.
  package static let indonesian = MethodLabels(
    title: "Metodologi",
    note: "Cara nilai di buku kerja ini dihitung: rubrik KPI yang dipakai, periode, dan berkas"
      + " data yang dibaca. Dengan data, rubrik dan versi yang sama, hasilnya selalu sama.",
    periodHeading: "Periode", item: "Hal", value: "Keterangan", period: "Periode laporan",
    periodMonths: "Bulan yang dijumlahkan", previousPeriod: "Periode pembanding",
    noPreviousData: "tidak ada data",
    regencyPointer: {
      "Indikator rubrik (rumus, ambang, bobot) dan berkas data beserta checksum: lihat lembar"
        + " Metodologi di buku kerja \($0). Keduanya sama untuk semua kecamatan."
    }, snapshotWindow: "Jendela stok dan mitra (12 bulan)",
    absorptionWindow: "Jendela serapan anggaran", monthRange: { "\($0) s.d. \($1)" },
    kpiHeading: "Rumus KPI",
    kpiRules: { scale, count, total in
      [
        "Setiap indikator diberi 0 sampai \(scale) poin; \(count) indikator, \(total) poin.",
        "KPI = jumlah (poin x bobot) / (\(scale) x jumlah bobot) x 100; skor bidang memakai"
          + " rumus yang sama atas indikator bidang itu.",
        "Nilai dibulatkan ke 4 desimal sebelum dibandingkan dengan ambang. Ambang jenis"
          + " \"makin tinggi\" adalah batas bawah (>=), jenis \"makin rendah\" batas atas (<=).",
        "Nilai yang kosong mendapat 0 poin. Perpustakaan tanpa baris kunjungan dalam periode"
          + " tidak dinilai.",
        "Peringkat: KPI tertinggi lebih dulu; KPI sama mendapat peringkat sama (1, 2, 2, 4).",
      ]
    },
    gradesHeading: "Predikat", grade: "Predikat", gradeLabel: "Keterangan",
    minimumKPI: "KPI minimal", indicatorsHeading: "Indikator", indicator: "Indikator",
    key: "Kunci", formula: "Rumus", kind: "Jenis", pointsThreshold: { "\($0) poin" },
    weight: "Bobot", areaRow: { "\($0) (bobot \($1))" },
    kinds: [
      .higher: "makin tinggi makin baik (>=)", .lower: "makin rendah makin baik (<=)",
      .target: "rentang sasaran",
    ],
    band: { "\($0) s.d. <\($1): \($2) poin" },
    filesHeading: "Berkas data", file: "Berkas", table: "Tabel", rows: "Baris dibaca",
    checksum: "SHA-256", checksumUnavailable: "(berkas tidak dapat dibaca ulang)",
    provenanceHeading: "Rubrik dan versi", rubricName: "Rubrik",
    rubricSource: "Sumber rubrik", rubricChecksum: "SHA-256 rubrik (YAML)",
    builtIn: "bawaan pustaka", toolVersion: "Versi pustaka")

  /// English.
  package static let english = MethodLabels(
    title: "Method",
    note: "How the figures in this workbook are computed: the KPI rubric used, the period, and"
      + " the data files read. The same data, rubric and version always give the same results.",
    periodHeading: "Period", item: "Item", value: "Value", period: "Reported period",
    periodMonths: "Months summed", previousPeriod: "Previous period compared",
    noPreviousData: "no data",
    regencyPointer: {
      "The rubric's indicators (formulas, thresholds, weights) and the data files with their"
        + " checksums: see the Method sheet of the workbook \($0). Both are the same for every"
        + " district."
    }, snapshotWindow: "Window of stock and partners (12 months)",
    absorptionWindow: "Window of budget absorption", monthRange: { "\($0) to \($1)" },
    kpiHeading: "KPI formula",
    kpiRules: { scale, count, total in
      [
        "Each indicator scores 0 to \(scale) points; \(count) indicators, \(total) points.",
        "KPI = sum(points x weight) / (\(scale) x sum of weights) x 100; an area's sub-score"
          + " uses the same formula over the area's indicators.",
        "Values are rounded to 4 decimals before they meet the thresholds. Thresholds of a"
          + " \"higher\" indicator are minimums (>=), of a \"lower\" one maximums (<=).",
        "A missing value scores 0 points. A library with no attendance row in the period is"
          + " not scored.",
        "Ranking: highest KPI first; equal KPIs share a rank (1, 2, 2, 4).",
      ]
    },
    gradesHeading: "Grades", grade: "Grade", gradeLabel: "Meaning", minimumKPI: "Lowest KPI",
    indicatorsHeading: "Indicators", indicator: "Indicator", key: "Key", formula: "Formula",
    kind: "Kind", pointsThreshold: { "\($0) points" }, weight: "Weight",
    areaRow: { "\($0) (weight \($1))" },
    kinds: [
      .higher: "higher is better (>=)", .lower: "lower is better (<=)", .target: "target band",
    ],
    band: { "\($0) to <\($1): \($2) points" },
    filesHeading: "Data files", file: "File", table: "Table", rows: "Rows read",
    checksum: "SHA-256", checksumUnavailable: "(the file could not be read again)",
    provenanceHeading: "Rubric and version", rubricName: "Rubric",
    rubricSource: "Rubric source", rubricChecksum: "Rubric SHA-256 (YAML)",
    builtIn: "built into pustaka", toolVersion: "pustaka version")
}

extension ReportLabels {
  /// The texts of the method sheet.
  package var method: MethodLabels { language == .indonesian ? .indonesian : .english }
}
