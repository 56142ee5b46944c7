import Testing

@testable import PustakaCore

@Suite struct VillageLibraryTests {
  @Test("a library keeps its id and name") func keepsIdAndName() {
    let library = VillageLibrary(id: "NGW-01", name: "Perpustakaan Cemerlang")
    #expect(library.id == LibraryID("NGW-01"))
    #expect(library.name == "Perpustakaan Cemerlang")
  }

  @Test("optional columns take the contract's defaults") func defaults() {
    let library = VillageLibrary(id: "NGW-01", name: "Perpustakaan Cemerlang")
    #expect(library.villageType == .desa)
    #expect(library.accreditation == nil)
    #expect(library.opened == nil)
  }
}
