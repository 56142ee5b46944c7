import Testing

@testable import PustakaCore

@Suite struct VillageLibraryTests {
  @Test("a library keeps its id and name") func keepsIdAndName() {
    let library = VillageLibrary(id: "NGW-01", name: "Perpustakaan Cemerlang")
    #expect(library.id == "NGW-01")
    #expect(library.name == "Perpustakaan Cemerlang")
  }
}
