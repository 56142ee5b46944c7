/// An RGB colour, written as `0xRRGGBB`.
package struct Color: Hashable, Sendable {
  /// The red, green and blue bytes packed as `0xRRGGBB`.
  package var rgb: UInt32

  /// Creates a colour from its packed `0xRRGGBB` value.
  package init(rgb: UInt32) {
    precondition(rgb <= 0xFF_FFFF, "colour must be 0xRRGGBB")
    self.rgb = rgb
  }

  /// Black.
  package static let black = Color(rgb: 0x00_0000)
  /// White.
  package static let white = Color(rgb: 0xFF_FFFF)
}
