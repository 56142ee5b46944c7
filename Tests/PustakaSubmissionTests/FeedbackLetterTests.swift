import Foundation
import PustakaCore
import PustakaIngest
import PustakaReports
import TestSupport
import Testing

/// Issue 12.5: a feedback note in Indonesian, from the problems the loader reports on a filled
/// template, and its file name.
@Suite("Feedback notes")
struct FeedbackLetterTests {
  @Test("an Indonesian note names sheet, row, column and header, and says what to type")
  func indonesian() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    try writeRegister(SmallRegency.dataSet(), into: folder.url)
    var (form, _) = try TemplateRoundTripTests.filled()
    try form.fill(
      "kunjungan", .attendance, row: 10, ["library_id": .string("L2"), "visitors": .number(3)])
    try form.fill(
      "kunjungan", .attendance, row: 11, ["visitors": .number(4), "child_visitors": .number(6)])
    try form.fill("koleksi", .collection, row: 2, ["titles": .number(50)])
    _ = try form.write(into: folder.url)
    let result = try DataSetLoader().load(from: folder.url)
    let file = "L1-2026-11.xlsx"
    let problems = result.diagnostics.filter { $0.file == file }
    let identity = try #require(result.submissions[file])
    #expect(identity.language == "id")
    let letter = FeedbackLetter(
      file: file, problems: problems, identity: identity,
      library: result.dataSet.library(LibraryID("L1")), language: .indonesian)
    #expect(letter.fileName == "L1-2026-11.txt")
    #expect(
      letter.text == """
        Catatan pemeriksaan laporan perpustakaan

        Berkas: L1-2026-11.xlsx
        Perpustakaan: Perpustakaan Cemerlang (L1), Desa Watualang, Kecamatan Ngawi
        Bulan: November 2026

        3 hal perlu diperbaiki. Baris yang salah belum dihitung. Perbaiki di berkas yang sama, \
        simpan, lalu kirim lagi ke Dinas Perpustakaan.

        Perlu diperbaiki:
        1. Lembar kunjungan, baris 11, kolom A (Kode): Kode perpustakaan "L2" bukan kode \
        perpustakaan ini. Isi kode yang ada di lembar Petunjuk.
        2. Lembar kunjungan, baris 12, kolom D (Pengunjung anak): Pengunjung anak lebih banyak \
        dari jumlah pengunjung. Pengunjung anak termasuk dalam jumlah pengunjung.
        3. Lembar koleksi, baris 3, kolom E (Eksemplar): Eksemplar kosong; kolom ini wajib diisi.

        """)
  }

  @Test("a note's name stays inside the feedback folder whatever the file's path")
  func fileNames() {
    #expect(FeedbackLetter.fileName(for: "2026-11/L1-2026-11.xlsx") == "2026-11_L1-2026-11.txt")
    #expect(!FeedbackLetter.fileName(for: "../../etc/passwd.csv").contains("/"))
    #expect(FeedbackLetter.fileName(for: "budget.csv") == "budget.txt")
  }
}
