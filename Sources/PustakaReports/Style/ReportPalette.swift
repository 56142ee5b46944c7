import XLSXWriter

/// The colours every workbook uses, so an area or a grade looks the same in the regency
/// summary, the district workbooks and the report cards.
///
/// Chosen to stay apart on a projector and for the common forms of colour blindness (after
/// the Okabe-Ito palette), with dark text readable on every fill.
package enum ReportPalette {
  /// Library development (*Pengembangan Perpustakaan*): blue.
  package static let development = Color(rgb: 0x00_72B2)
  /// Service (*Peningkatan Layanan*): bluish green.
  package static let service = Color(rgb: 0x00_9E73)
  /// Budget and resources (*Pengelolaan Anggaran dan Sumber Daya*): orange.
  package static let resources = Color(rgb: 0xE6_9F00)
  /// Community empowerment (*Pemberdayaan Masyarakat*): reddish purple.
  package static let community = Color(rgb: 0xCC_79A7)

  /// Grade A (*Sangat Baik*): green.
  package static let gradeA = Color(rgb: 0x1B_7837)
  /// Grade B (*Baik*): light green.
  package static let gradeB = Color(rgb: 0x7F_BC41)
  /// Grade C (*Cukup*): amber.
  package static let gradeC = Color(rgb: 0xF1_A340)
  /// Grade D (*Perlu Pembinaan*): red.
  package static let gradeD = Color(rgb: 0xD7_301F)

  /// Header rows: dark blue with white text.
  package static let headerFill = Color(rgb: 0x1F_3864)
  /// Title text.
  package static let title = Color(rgb: 0x1F_3864)
  /// Light band behind totals and the regency's comparison figures.
  package static let band = Color(rgb: 0xDD_EBF7)
  /// Grey for notes and missing values.
  package static let muted = Color(rgb: 0x7F_7F7F)
  /// The district a district workbook is about, among the bars of all districts.
  package static let highlight = Color(rgb: 0xE6_9F00)
  /// Visitors in trend charts.
  package static let visitors = Color(rgb: 0x00_72B2)
  /// Loans in trend charts.
  package static let loans = Color(rgb: 0xD5_5E00)
  /// Links to other workbooks, in the blue Excel gives hyperlinks.
  package static let link = Color(rgb: 0x05_63C1)

  /// The colour scale for scores: low red, middle yellow, high green.
  package static let scaleLow = Color(rgb: 0xF8_696B)
  /// The middle of the score colour scale.
  package static let scaleMiddle = Color(rgb: 0xFF_EB84)
  /// The top of the score colour scale.
  package static let scaleHigh = Color(rgb: 0x63_BE7B)
}
