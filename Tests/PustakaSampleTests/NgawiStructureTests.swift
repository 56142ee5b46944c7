import PustakaCore
import Testing

@testable import PustakaSample

@Suite struct NgawiStructureTests {
  @Test("Ngawi has 19 districts with 213 desa and 4 kelurahan") func counts() {
    let districts = NgawiStructure.districts
    #expect(districts.count == 19)
    #expect(districts.map(\.desa).reduce(0, +) == 213)
    #expect(districts.map(\.kelurahan).reduce(0, +) == 4)
    #expect(Set(districts.map(\.name)).count == 19)
  }

  @Test("district populations add up to the 2020 census total of 870,057") func population() {
    let total = NgawiStructure.districts.map(NgawiStructure.population(of:)).reduce(0, +)
    #expect(total == 870_057)
  }

  @Test("districts without a census figure get about 4,450 people a village") func shares() {
    for district in NgawiStructure.districts where district.population2020 == nil {
      let perVillage = NgawiStructure.population(of: district) / district.villages
      #expect((4449...4451).contains(perVillage))
    }
  }

  @Test("Kecamatan Ngawi lists its 16 villages by name") func namedVillages() throws {
    let ngawi = try #require(NgawiStructure.districts.first { $0.name == "Ngawi" })
    #expect(NgawiStructure.namedDesa.count == ngawi.desa)
    #expect(NgawiStructure.namedKelurahan.count == ngawi.kelurahan)
  }
}
