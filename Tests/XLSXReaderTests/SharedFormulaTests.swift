import Testing

@testable import XLSXReader

@Suite struct SharedFormulaTests {
  @Test(
    "moves relative references and keeps anchored ones",
    arguments: [
      ("A1+B1", 1, 0, "A2+B2"),
      ("A1+B1", 0, 2, "C1+D1"),
      ("$A1+A$1+$A$1", 2, 2, "$A3+C$1+$A$1"),
      ("SUM(A1:B3)*2", 4, 1, "SUM(B5:C7)*2"),
      ("Data!A1+'My Sheet'!B2", 1, 0, "Data!A2+'My Sheet'!B3"),
      (#"IF(A1="A1",LOG10(A1),0)"#, 1, 0, #"IF(A2="A1",LOG10(A2),0)"#),
      ("Sheet2019!A1*Table1[Skor]", 1, 0, "Sheet2019!A2*Table1[Skor]"),
      ("ROUND(SUM(C5:F5)/80*100,4)", 3, 0, "ROUND(SUM(C8:F8)/80*100,4)"),
      ("XFD1+A1", 0, 1, "#REF!+B1"),
    ])
  func shifts(_ formula: String, _ rows: Int, _ columns: Int, _ expected: String) {
    #expect(SharedFormula.shift(formula, rows: rows, columns: columns) == expected)
  }

  @Test("gives up on whole-row and whole-column references", arguments: ["SUM(A:A)", "SUM(1:3)"])
  func wholeLines(_ formula: String) {
    #expect(SharedFormula.shift(formula, rows: 1, columns: 1) == nil)
  }
}
