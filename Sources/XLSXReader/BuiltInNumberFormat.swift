/// The number formats Excel knows by id without writing them into `styles.xml`.
///
/// The codes are spelled as libxlsxwriter spells them, so a format our writer turned into a
/// built-in id reads back as the code it was given.
enum BuiltInNumberFormat {
  /// The format code of built-in id `id`; "General" for 0 and for ids with no fixed code (the
  /// locale-dependent ones).
  static func code(for id: Int) -> String {
    codes[id] ?? "General"
  }

  /// Whether built-in id `id` is a date or time format (14-22 and 45-47).
  static func isDate(_ id: Int) -> Bool {
    (14...22).contains(id) || (45...47).contains(id)
  }

  private static let codes: [Int: String] = [
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: "($#,##0_);($#,##0)",
    6: "($#,##0_);[Red]($#,##0)",
    7: "($#,##0.00_);($#,##0.00)",
    8: "($#,##0.00_);[Red]($#,##0.00)",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    14: "m/d/yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    37: "(#,##0_);(#,##0)",
    38: "(#,##0_);[Red](#,##0)",
    39: "(#,##0.00_);(#,##0.00)",
    40: "(#,##0.00_);[Red](#,##0.00)",
    41: "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
    42: "_($* #,##0_);_($* (#,##0);_($* \"-\"_);_(@_)",
    43: "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)",
    44: "_($* #,##0.00_);_($* (#,##0.00);_($* \"-\"??_);_(@_)",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mm:ss.0",
    48: "##0.0E+0",
    49: "@",
  ]
}
